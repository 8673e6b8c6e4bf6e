#include "DemoClient.h"

#include "ClientIssuer.h"
#include "P12Identity.h"
#include "P12Verdict.h"
#include "Pki.h"
#include "Random.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/err.h>

#include <stdexcept>

namespace mtlsdesk::sandbox {

namespace {

constexpr int DemoDays = 730;
constexpr qint64 RenewBeforeMs = 30LL * 24 * 3600 * 1000;
const char* const PasswordSetting = "demo_p12_password";

} // namespace

DemoClient DemoClient::loadOrCreate(const QString& directory, const Pki& pki, Store& store)
{
    DemoClient demo;
    demo.m_file = QDir(directory).filePath(QStringLiteral("demo-client.p12"));
    const std::optional<QByteArray> stored = store.setting(QLatin1String(PasswordSetting));
    QFile existing(demo.m_file);
    if (stored && !stored->isEmpty() && existing.open(QIODevice::ReadOnly) &&
        usable(existing.readAll(), *stored, pki)) {
        demo.m_password = *stored;
        return demo;
    }

    demo.m_password = Random::password(20).toLatin1();
    const IssuedP12 issued = ClientIssuer::issue(QStringLiteral("mTLS Desk demo client"), DemoDays,
                                                 pki.partnerCaCertificate(), pki.partnerCaKey(), demo.m_password);
    // The password first: a crash between the two leaves a file that does not open, which is made again.
    store.setSetting(QLatin1String(PasswordSetting), demo.m_password);
    QSaveFile file(demo.m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(issued.p12) != issued.p12.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        throw std::runtime_error("cannot write " + demo.m_file.toStdString() + ": " + file.errorString().toStdString());
    demo.m_created = true;
    return demo;
}

bool DemoClient::usable(const QByteArray& p12, const QByteArray& password, const Pki& pki)
{
    const P12Verdict verdict = P12Verdict::of(p12, password);
    if (!verdict.ok || verdict.expiresMs - QDateTime::currentMSecsSinceEpoch() < RenewBeforeMs)
        return false;
    const std::optional<P12Identity> identity = P12Identity::open(p12, password);
    const bool issuedByPartner =
        identity && X509_check_issued(pki.partnerCaCertificate(), identity->certificate.get()) == X509_V_OK &&
        X509_verify(identity->certificate.get(), pki.partnerCaKey()) == 1;
    ERR_clear_error();
    return issuedByPartner;
}

} // namespace mtlsdesk::sandbox
