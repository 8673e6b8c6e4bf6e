#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mtlsdesk;

// Against the real Secret Service (scripts/test runs this inside dbus-run-session with gnome-keyring).
class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void keyShape();
    void roundTrip();
    void missingEntry();
    void noBackendIsReported();

private:
    SecretStore::Status write(SecretStore& store, const QString& key, const QByteArray& secret);
    std::pair<SecretStore::Status, QByteArray> read(SecretStore& store, const QString& key);
    SecretStore::Status remove(SecretStore& store, const QString& key);
};

SecretStore::Status TestSecretStore::write(SecretStore& store, const QString& key, const QByteArray& secret)
{
    std::optional<SecretStore::Status> result;
    store.write(key, secret, [&result](SecretStore::Status status, const QString&) { result = status; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(SecretStore::Status::Failed);
}

std::pair<SecretStore::Status, QByteArray> TestSecretStore::read(SecretStore& store, const QString& key)
{
    std::optional<std::pair<SecretStore::Status, QByteArray>> result;
    store.read(key, [&result](SecretStore::Status status, QByteArray secret, const QString&) {
        result = std::make_pair(status, secret);
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(std::make_pair(SecretStore::Status::Failed, QByteArray()));
}

SecretStore::Status TestSecretStore::remove(SecretStore& store, const QString& key)
{
    std::optional<SecretStore::Status> result;
    store.remove(key, [&result](SecretStore::Status status, const QString&) { result = status; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(SecretStore::Status::Failed);
}

void TestSecretStore::keyShape()
{
    QCOMPARE(SecretStore::key(QStringLiteral("sandbox"), QStringLiteral("12345678"), SecretStore::PasswordKind),
             QStringLiteral("mtls-desk/sandbox/12345678/password"));
}

void TestSecretStore::roundTrip()
{
    if (qEnvironmentVariableIsSet("MTLSDESK_EXPECT_NO_KEYCHAIN"))
        QSKIP("this run has no Secret Service on purpose");
    SecretStore store;
    store.setServiceName(QStringLiteral("mTLS Desk tests ") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSignalSpy backend(&store, &SecretStore::backendChanged);
    const QString key = SecretStore::key(QStringLiteral("sandbox"), QStringLiteral("42"), SecretStore::PasswordKind);
    const QByteArray secret = QStringLiteral("pässwörd with spaces & ünïcode").toUtf8();

    QCOMPARE(write(store, key, secret), SecretStore::Status::Ok);
    QCOMPARE(store.backend(), SecretStore::Backend::Available);
    QCOMPARE(backend.count(), 1);
    const auto [status, value] = read(store, key);
    QCOMPARE(status, SecretStore::Status::Ok);
    QCOMPARE(value, secret);

    // Overwrite, then remove.
    QCOMPARE(write(store, key, "second"), SecretStore::Status::Ok);
    QCOMPARE(read(store, key).second, QByteArray("second"));
    QCOMPARE(remove(store, key), SecretStore::Status::Ok);
    QCOMPARE(read(store, key).first, SecretStore::Status::NotFound);
}

void TestSecretStore::missingEntry()
{
    if (qEnvironmentVariableIsSet("MTLSDESK_EXPECT_NO_KEYCHAIN"))
        QSKIP("this run has no Secret Service on purpose");
    SecretStore store;
    store.setServiceName(QStringLiteral("mTLS Desk tests ") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(read(store, QStringLiteral("mtls-desk/sandbox/none/password")).first, SecretStore::Status::NotFound);
    // Removing what is not there is not an error.
    QCOMPARE(remove(store, QStringLiteral("mtls-desk/sandbox/none/password")), SecretStore::Status::Ok);
}

// CTest runs this executable a second time with no session bus (tst_secretstore_nobackend): the store must say
// "no keychain", not a vague failure, so the app can tell the user and keep secrets in memory only.
void TestSecretStore::noBackendIsReported()
{
    if (!qEnvironmentVariableIsSet("MTLSDESK_EXPECT_NO_KEYCHAIN"))
        QSKIP("needs a run without a Secret Service (tst_secretstore_nobackend)");
    SecretStore store;
    QSignalSpy backend(&store, &SecretStore::backendChanged);
    QCOMPARE(write(store, QStringLiteral("mtls-desk/sandbox/1/password"), "secret"), SecretStore::Status::NoBackend);
    QCOMPARE(store.backend(), SecretStore::Backend::Unavailable);
    QCOMPARE(backend.count(), 1);
    QCOMPARE(read(store, QStringLiteral("mtls-desk/sandbox/1/password")).first, SecretStore::Status::NoBackend);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
