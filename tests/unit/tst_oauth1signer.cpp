#include "net/OAuth1.h"

#include <QTest>

using namespace mtlsdesk;

class TestOAuth1Signer : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
    void knownVector();
    void queryParametersAreSigned();
    void headerShape();
};

void TestOAuth1Signer::encode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << QByteArray("AZaz09-._~") << QByteArray("AZaz09-._~");
    QTest::newRow("space") << QByteArray("a b") << QByteArray("a%20b");
    QTest::newRow("plus and equals") << QByteArray("a+b=c") << QByteArray("a%2Bb%3Dc");
    QTest::newRow("slash colon") << QByteArray("https://x/") << QByteArray("https%3A%2F%2Fx%2F");
    QTest::newRow("utf8") << QByteArray("\xc3\xa9") << QByteArray("%C3%A9");
    QTest::newRow("star") << QByteArray("*") << QByteArray("%2A");
}

void TestOAuth1Signer::encode()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(OAuth1Signer::encode(input), expected);
}

// OAuth Core 1.0, Appendix A.5: the photos.example.net example with its published signature.
void TestOAuth1Signer::knownVector()
{
    const OAuth1Credentials credentials{QStringLiteral("dpf43f3p2l4k3l03"), QStringLiteral("kd94hf93k423kf44"),
                                        QStringLiteral("nnch734d00sl2jdk"), QStringLiteral("pfkkdhi9sl3r4s00")};
    const QUrl url(QStringLiteral("http://photos.example.net/photos?file=vacation.jpg&size=original"));
    const QList<std::pair<QByteArray, QByteArray>> oauth{
        {"oauth_consumer_key", "dpf43f3p2l4k3l03"}, {"oauth_nonce", "kllo9940pd9333jh"},
        {"oauth_signature_method", "HMAC-SHA1"},   {"oauth_timestamp", "1191242096"},
        {"oauth_token", "nnch734d00sl2jdk"},        {"oauth_version", "1.0"},
    };
    const QByteArray base = OAuth1Signer::signatureBaseString("GET", url, oauth);
    QCOMPARE(base, QByteArray("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%"
                              "3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-"
                              "SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%"
                              "3D1.0%26size%3Doriginal"));
    QCOMPARE(OAuth1Signer::sign(base, credentials.consumerSecret, credentials.accessTokenSecret),
             QByteArray("tR3+Ty81lMeYAr/Fid0kMTYa/WM="));
    const QByteArray header = OAuth1Signer::authorizationHeader("GET", url, credentials, "kllo9940pd9333jh", 1191242096);
    QVERIFY(header.contains("oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\""));
}

void TestOAuth1Signer::queryParametersAreSigned()
{
    const OAuth1Credentials credentials{QStringLiteral("ck"), QStringLiteral("cs"), QStringLiteral("at"),
                                        QStringLiteral("ats")};
    const QUrl v3(QStringLiteral("https://127.0.0.1:8443/api/account/1/configuration/ac-common/mtls?v=3.0"));
    const QUrl v2(QStringLiteral("https://127.0.0.1:8443/api/account/1/configuration/ac-common/mtls?v=2.0"));
    QVERIFY(OAuth1Signer::authorizationHeader("GET", v3, credentials, "n", 1) !=
            OAuth1Signer::authorizationHeader("GET", v2, credentials, "n", 1));
    // The default port is left out of the base string, a non-default one is kept.
    const QList<std::pair<QByteArray, QByteArray>> none;
    QVERIFY(OAuth1Signer::signatureBaseString("get", QUrl(QStringLiteral("https://Example.com:443/a")), none)
                .startsWith("GET&https%3A%2F%2Fexample.com%2Fa&"));
    QVERIFY(OAuth1Signer::signatureBaseString("GET", v3, none).contains("127.0.0.1%3A8443"));
    // RFC 5849 §3.4.1.3.1: '+' in a query is a form-encoded space; an empty path is sent as "/".
    QCOMPARE(OAuth1Signer::signatureBaseString("GET", QUrl(QStringLiteral("https://h?q=a+b&r=c%2Bd")), none),
             QByteArray("GET&https%3A%2F%2Fh%2F&q%3Da%2520b%26r%3Dc%252Bd"));
}

void TestOAuth1Signer::headerShape()
{
    const OAuth1Credentials credentials{QStringLiteral("ck"), QStringLiteral("cs"), QStringLiteral("at"),
                                        QStringLiteral("ats")};
    const QByteArray header =
        OAuth1Signer::authorizationHeader("POST", QUrl(QStringLiteral("https://h/p")), credentials);
    QVERIFY(header.startsWith("OAuth "));
    for (const char* key : {"oauth_consumer_key=\"ck\"", "oauth_token=\"at\"", "oauth_signature_method=\"HMAC-SHA1\"",
                            "oauth_version=\"1.0\"", "oauth_nonce=\"", "oauth_timestamp=\"", "oauth_signature=\""})
        QVERIFY2(header.contains(key), key);
    QVERIFY(!header.contains('\n'));
    // A fresh nonce every time: a replayed request would be refused.
    QVERIFY(header != OAuth1Signer::authorizationHeader("POST", QUrl(QStringLiteral("https://h/p")), credentials));
}

QTEST_GUILESS_MAIN(TestOAuth1Signer)
#include "tst_oauth1signer.moc"
