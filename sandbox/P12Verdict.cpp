#include "P12Verdict.h"

#include "p12/P12Inspector.h"

namespace mtlsdesk::sandbox {

namespace {

P12Verdict refused(ErrorCode code, const QString& message)
{
    P12Verdict verdict;
    verdict.code = code;
    verdict.message = message;
    return verdict;
}

} // namespace

P12Verdict P12Verdict::of(const QByteArray& p12, const QByteArray& password)
{
    using p12::ErrorKind;
    const p12::Report report = p12::P12Inspector::inspect(p12, password);
    if (!report.readable) {
        switch (report.error) {
        case ErrorKind::BadPassword:
            return refused(ErrorCode::P12BadPassword, QStringLiteral("The password does not open the P12 file."));
        case ErrorKind::Empty:
            return refused(ErrorCode::P12Unreadable, QStringLiteral("The P12 file is empty."));
        default:
            return refused(
                ErrorCode::P12Unreadable,
                QStringLiteral("The file is not a readable PKCS#12 (P12) file: %1").arg(report.errorMessage));
        }
    }
    if (!report.hasPrivateKey) {
        return refused(ErrorCode::P12KeyProblem,
                       QStringLiteral("The P12 file holds no private key; an mTLS client needs the key with its "
                                      "certificate."));
    }
    if (report.certificates.isEmpty())
        return refused(ErrorCode::P12KeyProblem, QStringLiteral("The P12 file holds no certificate."));
    if (!report.keyMatchesLeaf) {
        return refused(ErrorCode::P12KeyProblem,
                       QStringLiteral("The private key in the P12 file does not match its certificate."));
    }
    if (!report.java.loads) {
        return refused(ErrorCode::P12NotJavaLoadable,
                       QStringLiteral("Java cannot load this P12 file, so the service could not use it: %1")
                           .arg(report.java.reason));
    }
    P12Verdict verdict;
    verdict.ok = true;
    verdict.expiresMs = report.certificates.first().notAfter.toMSecsSinceEpoch();
    return verdict;
}

} // namespace mtlsdesk::sandbox
