// mtls-sandbox keeps its state in the data directory: a restart on the same directory serves the same account,
// the same CA and every session issued before it. Also the files' protection and the single-instance lock.

#include "SandboxAssert.h"
#include "SandboxFixture.h"

#include "net/OAuth1.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mtlsdesk;
using namespace mtlsdesk::test;

namespace {

QByteArray fileContents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QFileDevice::Permissions ownerOnly(bool executable)
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    return permissions;
}

// The permission bits for group and others, which must all be clear.
QFileDevice::Permissions otherBits(const QString& path)
{
    return QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

} // namespace

class TestSandboxPersistence : public QObject
{
    Q_OBJECT
private slots:
    void restartKeepsAccountCaAndSessions();
    void dataDirIsPrivate();
    void secondInstanceIsRefused();

private:
    HttpResult whoAmI(SandboxFixture& sandbox, const QByteArray& authorization, const QString& accountId);
};

HttpResult TestSandboxPersistence::whoAmI(SandboxFixture& sandbox, const QByteArray& authorization,
                                          const QString& accountId)
{
    return sandbox.get(QStringLiteral("/sandbox/account/%1/whoami").arg(accountId), {{"Authorization", authorization}});
}

void TestSandboxPersistence::restartKeepsAccountCaAndSessions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxInfo before;
    QByteArray caBefore;
    QByteArray bearer;
    {
        SandboxFixture first({}, dir.path());
        QVERIFY2(first.start(), qPrintable(first.failure()));
        before = first.info();
        caBefore = fileContents(before.caFile);
        QVERIFY(caBefore.startsWith("-----BEGIN CERTIFICATE-----"));
        bearer = first.loginBearer();
        QVERIFY(!bearer.isEmpty());
        QCOMPARE(whoAmI(first, "Bearer " + bearer, before.accountId).status, 200);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("ready.json"))));
        first.stop();
        // A clean stop withdraws ready.json, so the app does not try to attach to a dead sandbox.
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("ready.json"))));
    }

    SandboxFixture second({}, dir.path());
    QVERIFY2(second.start(), qPrintable(second.failure()));
    const SandboxInfo& after = second.info();
    QCOMPARE(after.accountId, before.accountId);
    QCOMPARE(after.username, before.username);
    QCOMPARE(after.password, before.password);
    QVERIFY(after.appKey == before.appKey);
    QCOMPARE(after.caFile, before.caFile);
    QCOMPARE(fileContents(after.caFile), caBefore);
    QVERIFY(after.pid != before.pid);

    // The bearer issued before the restart still works, and so does the unchanged AppKey.
    const HttpResult bearerAnswer = whoAmI(second, "Bearer " + bearer, after.accountId);
    QCOMPARE(bearerAnswer.status, 200);
    QCOMPARE(jsonObject(bearerAnswer.body).value(QLatin1String("auth")).toString(), QStringLiteral("bearer"));
    const QString path = QStringLiteral("/sandbox/account/%1/whoami").arg(after.accountId);
    const QByteArray signature = OAuth1Signer::authorizationHeader("GET", second.url(path), after.appKey);
    QCOMPARE(whoAmI(second, signature, after.accountId).status, 200);
}

void TestSandboxPersistence::dataDirIsPrivate()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.failure()));
    const QDir dir(sandbox.info().dataDir);
    QCOMPARE(QFileInfo(dir.path()).canonicalFilePath(), QFileInfo(sandbox.dataDir()).canonicalFilePath());
    QCOMPARE(otherBits(dir.path()), QFileDevice::Permissions());
    QVERIFY((QFileInfo(dir.path()).permissions() & ownerOnly(true)) == ownerOnly(true));
    for (const char* name : {"ca-key.pem", "server-key.pem", "ready.json", "sandbox.db"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QVERIFY2(QFile::exists(path), name);
        QVERIFY2(otherBits(path) == QFileDevice::Permissions(), name);
    }
    for (const char* name : {"ca.pem", "server.pem"})
        QVERIFY2(QFile::exists(dir.filePath(QLatin1String(name))), name);

    // ready.json holds the same line as stdout.
    const std::optional<SandboxInfo> fromFile =
        SandboxInfo::fromReadyLine(fileContents(dir.filePath(QStringLiteral("ready.json"))).trimmed());
    QVERIFY(fromFile.has_value());
    QCOMPARE(fromFile->baseUrl, sandbox.info().baseUrl);
    QCOMPARE(fromFile->password, sandbox.info().password);
    QCOMPARE(fromFile->pid, sandbox.info().pid);
}

void TestSandboxPersistence::secondInstanceIsRefused()
{
    SandboxFixture first;
    QVERIFY2(first.start(), qPrintable(first.failure()));
    SandboxFixture second({}, first.dataDir());
    QVERIFY(!second.start());
    QVERIFY2(second.failure().contains(QLatin1String("already serves")), qPrintable(second.failure()));
    // The refused instance did not disturb the running one or its ready.json.
    QVERIFY(QFile::exists(QDir(first.dataDir()).filePath(QStringLiteral("ready.json"))));
    QCOMPARE(first.get(QStringLiteral("/api/account/%1/service/baseURI.json?version=1.0").arg(first.info().accountId))
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandbox_persistence.moc"
