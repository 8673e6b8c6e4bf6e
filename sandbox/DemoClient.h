#pragma once

// The demo client identity for the mTLS target: DIR/demo-client.p12 (0600), an RSA 2048 key with a certificate
// "CN=mTLS Desk demo client" (EKU clientAuth, 2 years) signed by the partner CA, the CA included, protected by a
// random 20-character password that is kept in sandbox.db so that it stays the same across restarts. The file is
// made again when it is missing, does not open with the stored password, would not load in Java, was not issued by
// the current partner CA, or comes within 30 days of expiry.

#include <QByteArray>
#include <QString>

namespace mtlsdesk::sandbox {

class Pki;
class Store;

class DemoClient
{
public:
    // Throws std::runtime_error when the file cannot be made or written.
    static DemoClient loadOrCreate(const QString& directory, const Pki& pki, Store& store);

    QString file() const { return m_file; }
    QByteArray password() const { return m_password; }
    bool created() const { return m_created; }

private:
    static bool usable(const QByteArray& p12, const QByteArray& password, const Pki& pki);

    QString m_file;
    QByteArray m_password;
    bool m_created = false;
};

} // namespace mtlsdesk::sandbox
