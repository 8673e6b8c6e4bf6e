#include "secrets/Wipe.h"

#include <QTest>

using namespace mtlsdesk;

class TestWipe : public QObject
{
    Q_OBJECT
private slots:
    void wipesSharedBufferInPlace();
    void rawDataIsLeftAlone();
};

void TestWipe::wipesSharedBufferInPlace()
{
    QByteArray secret = QStringLiteral("hunter2-secret").toUtf8();
    const QByteArray sharedHandle = secret; // e.g. a copy a request still holds
    wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(sharedHandle, QByteArray(14, '\0'));

    QString text = QStringLiteral("pässword");
    text.detach();
    const QString alias = text;
    wipe(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(alias, QString(8, QChar(0)));
}

void TestWipe::rawDataIsLeftAlone()
{
    static const char literal[] = "constant";
    QByteArray raw = QByteArray::fromRawData(literal, 8);
    wipe(raw); // must not write into read-only memory
    QVERIFY(raw.isEmpty());
    QCOMPARE(QByteArray(literal), QByteArray("constant"));
}

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
