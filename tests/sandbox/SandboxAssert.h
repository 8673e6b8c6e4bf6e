#pragma once

// Shared checks for the sandbox tests: every error answer of mtls-sandbox must be the documented JSON shape
// {"error":{"message","responseStatus","internalCode","time"}}.

#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace mtlsdesk::test {

inline QJsonObject jsonObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

inline QJsonObject errorOf(const HttpResult& result)
{
    return jsonObject(result.body).value(QLatin1String("error")).toObject();
}

// Empty when `result` is an error answer with `status` and (unless -1) `internalCode`; otherwise what is wrong.
inline QString jsonErrorProblem(const HttpResult& result, int status, int internalCode = -1)
{
    const QString seen =
        QStringLiteral(" (got HTTP %1: %2)").arg(result.status).arg(QString::fromUtf8(result.body.left(400)));
    if (result.status != status)
        return QStringLiteral("expected HTTP %1").arg(status) + seen;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("the body is not a JSON object") + seen;
    if (!result.header("Content-Type").startsWith("application/json"))
        return QStringLiteral("Content-Type is not application/json") + seen;
    const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    if (error.value(QLatin1String("message")).toString().isEmpty())
        return QStringLiteral("error.message is missing") + seen;
    if (error.value(QLatin1String("responseStatus")).toString().isEmpty())
        return QStringLiteral("error.responseStatus is missing") + seen;
    if (!error.value(QLatin1String("time")).isString())
        return QStringLiteral("error.time is missing") + seen;
    if (!error.value(QLatin1String("internalCode")).isDouble())
        return QStringLiteral("error.internalCode is missing") + seen;
    if (internalCode >= 0 && error.value(QLatin1String("internalCode")).toInt() != internalCode)
        return QStringLiteral("expected internalCode %1").arg(internalCode) + seen;
    return {};
}

} // namespace mtlsdesk::test

#define MTLS_VERIFY_JSON_ERROR(result, status, internalCode)                                                           \
    do {                                                                                                               \
        const QString problem_ = mtlsdesk::test::jsonErrorProblem((result), (status), (internalCode));                 \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                            \
    } while (false)
