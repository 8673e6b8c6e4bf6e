#include "P12Corpus.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mtlsdesk::test {

namespace {

constexpr int ProcessTimeoutMs = 60000;

// openssl ca's -startdate / -enddate form.
QString caDate(const QDateTime& utc)
{
    return utc.toString(QStringLiteral("yyyyMMddHHmmss")) + u'Z';
}

// Our own configuration, so that the system's openssl.cnf does not shape the certificates.
const char ConfigTemplate[] = R"([ req ]
distinguished_name = req_dn
prompt = no

[ req_dn ]
CN = unused

[ ca ]
default_ca = test_ca

[ test_ca ]
database = @DIR@/index.txt
new_certs_dir = @DIR@/newcerts
serial = @DIR@/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
email_in_dn = no

[ policy_any ]
commonName = supplied

[ v3_root ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ v3_intermediate ]
basicConstraints = critical, CA:true, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always

[ v3_client ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_server ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:server.mtlsdesk.test
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[ v3_self ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
)";

} // namespace

P12Corpus::P12Corpus() = default;

P12Corpus::~P12Corpus() = default;

QString P12Corpus::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

std::optional<P12Sample> P12Corpus::sample(const QString& name) const
{
    for (const P12Sample& sample : m_samples) {
        if (sample.name == name)
            return sample;
    }
    return std::nullopt;
}

QString P12Corpus::file(const QString& name) const
{
    return m_dir->filePath(name);
}

bool P12Corpus::writeFile(const QString& name, const QByteArray& data)
{
    QFile out(file(name));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

QByteArray P12Corpus::readFile(const QString& name)
{
    QFile in(file(name));
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(in.fileName(), in.errorString());
        return {};
    }
    return in.readAll();
}

bool P12Corpus::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir->path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPENSSL_CONF"), file(QStringLiteral("openssl.cnf")));
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForFinished(ProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        m_error =
            QStringLiteral("%1 %2: did not finish (%3)").arg(program, arguments.join(u' '), process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2: exit %3: %4")
                      .arg(program, arguments.join(u' '))
                      .arg(process.exitCode())
                      .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool P12Corpus::openssl(const QStringList& arguments)
{
    return run(m_openssl, arguments);
}

bool P12Corpus::generate()
{
    m_samples.clear();
    m_error.clear();
    m_keytoolUsed = false;
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty()) {
        m_error = QStringLiteral("openssl is not on PATH");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    return writeConfig() && makeKeys() && makeCa() && makeP12Samples() && makeKeytoolSample() && makeBrokenSamples();
}

bool P12Corpus::writeConfig()
{
    QByteArray config(ConfigTemplate);
    config.replace("@DIR@", QDir(m_dir->path()).absolutePath().toUtf8());
    return QDir(m_dir->path()).mkpath(QStringLiteral("newcerts")) && writeFile(QStringLiteral("openssl.cnf"), config) &&
           writeFile(QStringLiteral("index.txt"), {}) && writeFile(QStringLiteral("serial"), "1000\n");
}

bool P12Corpus::makeKeys()
{
    // The RSA 4096 key takes about a second; start it first and let the others run beside it.
    QProcess rsa4096;
    rsa4096.setWorkingDirectory(m_dir->path());
    rsa4096.start(m_openssl, {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                              QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:4096"),
                              QStringLiteral("-out"), QStringLiteral("rsa4096.key")});

    auto rsa = [this](int bits, const QString& out) {
        return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:%1").arg(bits),
                        QStringLiteral("-out"), out});
    };
    auto ec = [this](const QString& curve, const QString& out) {
        return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:") + curve,
                        QStringLiteral("-out"), out});
    };
    const bool ok = rsa(2048, QStringLiteral("root.key")) && rsa(2048, QStringLiteral("intermediate.key")) &&
                    rsa(2048, QStringLiteral("leaf.key")) && rsa(2048, QStringLiteral("other.key")) &&
                    rsa(1024, QStringLiteral("rsa1024.key")) &&
                    ec(QStringLiteral("P-256"), QStringLiteral("p256.key")) &&
                    ec(QStringLiteral("P-384"), QStringLiteral("p384.key")) &&
                    openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ED25519"),
                             QStringLiteral("-out"), QStringLiteral("ed25519.key")});

    if (!rsa4096.waitForFinished(ProcessTimeoutMs) || rsa4096.exitStatus() != QProcess::NormalExit ||
        rsa4096.exitCode() != 0) {
        if (rsa4096.state() != QProcess::NotRunning) {
            rsa4096.kill();
            rsa4096.waitForFinished();
        }
        if (ok)
            m_error = QStringLiteral("openssl genpkey (RSA 4096) failed: %1")
                          .arg(QString::fromLocal8Bit(rsa4096.readAllStandardError()).trimmed());
        return false;
    }
    return ok;
}

bool P12Corpus::makeCa()
{
    // openssl ca -selfsign lets the root start in the past, which plain req -x509 cannot.
    const QString start = QStringLiteral("20190101000000Z");
    const QString end = QStringLiteral("21100101000000Z");
    const QString config = file(QStringLiteral("openssl.cnf"));
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config,
                    QStringLiteral("-key"), QStringLiteral("root.key"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=mTLS Desk Test Root CA"), QStringLiteral("-out"),
                    QStringLiteral("root.csr")}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                    QStringLiteral("-config"), config, QStringLiteral("-selfsign"), QStringLiteral("-keyfile"),
                    QStringLiteral("root.key"), QStringLiteral("-in"), QStringLiteral("root.csr"),
                    QStringLiteral("-extensions"), QStringLiteral("v3_root"), QStringLiteral("-startdate"), start,
                    QStringLiteral("-enddate"), end, QStringLiteral("-out"), QStringLiteral("root.crt")}) &&
           openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config,
                    QStringLiteral("-key"), QStringLiteral("intermediate.key"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=mTLS Desk Test Intermediate CA"), QStringLiteral("-out"),
                    QStringLiteral("intermediate.csr")}) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                    QStringLiteral("-config"), config, QStringLiteral("-cert"), QStringLiteral("root.crt"),
                    QStringLiteral("-keyfile"), QStringLiteral("root.key"), QStringLiteral("-in"),
                    QStringLiteral("intermediate.csr"), QStringLiteral("-extensions"),
                    QStringLiteral("v3_intermediate"), QStringLiteral("-startdate"), start, QStringLiteral("-enddate"),
                    end, QStringLiteral("-out"), QStringLiteral("intermediate.crt")}) &&
           writeFile(QStringLiteral("chain.pem"),
                     readFile(QStringLiteral("intermediate.crt")) + readFile(QStringLiteral("root.crt")));
}

bool P12Corpus::makeLeaf(const QString& name, const QString& key, const QString& extensions, const QString& startDate,
                         const QString& endDate, const QString& digest)
{
    const QString config = file(QStringLiteral("openssl.cnf"));
    const QString csr = name + QStringLiteral(".csr");
    const QString crt = name + QStringLiteral(".crt");
    return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config,
                    QStringLiteral("-key"), key, QStringLiteral("-subj"), QStringLiteral("/CN=mtlsdesk-test-") + name,
                    QStringLiteral("-out"), csr}) &&
           openssl({QStringLiteral("ca"),
                    QStringLiteral("-batch"),
                    QStringLiteral("-notext"),
                    QStringLiteral("-config"),
                    config,
                    QStringLiteral("-cert"),
                    QStringLiteral("intermediate.crt"),
                    QStringLiteral("-keyfile"),
                    QStringLiteral("intermediate.key"),
                    QStringLiteral("-md"),
                    digest,
                    QStringLiteral("-in"),
                    csr,
                    QStringLiteral("-extensions"),
                    extensions,
                    QStringLiteral("-startdate"),
                    startDate,
                    QStringLiteral("-enddate"),
                    endDate,
                    QStringLiteral("-out"),
                    crt});
}

bool P12Corpus::exportP12(const QString& name, const QStringList& arguments, const QByteArray& password)
{
    return openssl(QStringList{QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-name"),
                               QStringLiteral("mtlsdesk-") + name, QStringLiteral("-passout"),
                               QStringLiteral("pass:") + QString::fromUtf8(password), QStringLiteral("-out"),
                               name + QStringLiteral(".p12")} +
                   arguments);
}

void P12Corpus::add(P12Sample sample)
{
    if (sample.path.isEmpty())
        sample.path = file(sample.name + QStringLiteral(".p12"));
    // A Java verdict that is false is a finding too. Where even JDK 17 fails, only java-incompatible is required
    // (an older JDK failing as well goes without saying).
    if (sample.readable && !sample.javaLoads)
        sample.expectedFindingCodes.append(QStringLiteral("java-incompatible"));
    else if (sample.readable && !sample.olderJavaLoads)
        sample.expectedFindingCodes.append(QStringLiteral("older-java-incompatible"));
    m_samples.append(sample);
}

bool P12Corpus::makeP12Samples()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString validFrom = caDate(now.addDays(-1));
    const QString validTo = caDate(now.addDays(365));
    const QString client = QStringLiteral("v3_client");
    const QByteArray password = defaultPassword();

    // Leaves; "leaf.key" is shared by every RSA 2048 sample.
    if (!makeLeaf(QStringLiteral("leaf"), QStringLiteral("leaf.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("other"), QStringLiteral("other.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("ec-p256"), QStringLiteral("p256.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("ec-p384"), QStringLiteral("p384.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("rsa-4096"), QStringLiteral("rsa4096.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("rsa-1024"), QStringLiteral("rsa1024.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("ed25519"), QStringLiteral("ed25519.key"), client, validFrom, validTo) ||
        !makeLeaf(QStringLiteral("expired"), QStringLiteral("leaf.key"), client, QStringLiteral("20200101000000Z"),
                  QStringLiteral("20210101000000Z")) ||
        !makeLeaf(QStringLiteral("not-yet-valid"), QStringLiteral("leaf.key"), client,
                  QStringLiteral("20990101000000Z"), QStringLiteral("21000101000000Z")) ||
        !makeLeaf(QStringLiteral("expiring-soon"), QStringLiteral("leaf.key"), client, validFrom,
                  caDate(now.addDays(10))) ||
        !makeLeaf(QStringLiteral("server-eku"), QStringLiteral("leaf.key"), QStringLiteral("v3_server"), validFrom,
                  validTo) ||
        !makeLeaf(QStringLiteral("sha1-signature"), QStringLiteral("leaf.key"), client, validFrom, validTo,
                  QStringLiteral("sha1")))
        return false;
    if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-config"),
                  file(QStringLiteral("openssl.cnf")), QStringLiteral("-extensions"), QStringLiteral("v3_self"),
                  QStringLiteral("-key"), QStringLiteral("leaf.key"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=mtlsdesk-test-self-signed"), QStringLiteral("-days"), QStringLiteral("365"),
                  QStringLiteral("-sha256"), QStringLiteral("-out"), QStringLiteral("self-signed.crt")}))
        return false;

    const QString chain = QStringLiteral("chain.pem");
    // key, certificate, chain file, then what the sample's profile adds.
    auto withChain = [&](const QString& key, const QString& crt) {
        return QStringList{QStringLiteral("-inkey"),    key,  QStringLiteral("-in"), crt,
                           QStringLiteral("-certfile"), chain};
    };
    const QString leafCrt = QStringLiteral("leaf.crt");
    const QString leafKey = QStringLiteral("leaf.key");

    struct Export
    {
        QString name;
        QStringList arguments;
        QByteArray password;
    };
    const QByteArray nonAscii = QStringLiteral("pässwörd").toUtf8();
    const QList<Export> exports = {
        {QStringLiteral("modern"), withChain(leafKey, leafCrt), password},
        {QStringLiteral("legacy-rc2"), withChain(leafKey, leafCrt) << QStringLiteral("-legacy"), password},
        {QStringLiteral("3des-sha1"),
         withChain(leafKey, leafCrt) << QStringLiteral("-keypbe") << QStringLiteral("PBE-SHA1-3DES")
                                     << QStringLiteral("-certpbe") << QStringLiteral("PBE-SHA1-3DES")
                                     << QStringLiteral("-macalg") << QStringLiteral("sha1"),
         password},
        {QStringLiteral("ec-p256"), withChain(QStringLiteral("p256.key"), QStringLiteral("ec-p256.crt")), password},
        {QStringLiteral("ec-p384"), withChain(QStringLiteral("p384.key"), QStringLiteral("ec-p384.crt")), password},
        {QStringLiteral("rsa-4096"), withChain(QStringLiteral("rsa4096.key"), QStringLiteral("rsa-4096.crt")),
         password},
        {QStringLiteral("rsa-1024"), withChain(QStringLiteral("rsa1024.key"), QStringLiteral("rsa-1024.crt")),
         password},
        {QStringLiteral("ed25519"), withChain(QStringLiteral("ed25519.key"), QStringLiteral("ed25519.crt")), password},
        {QStringLiteral("expired"), withChain(leafKey, QStringLiteral("expired.crt")), password},
        {QStringLiteral("not-yet-valid"), withChain(leafKey, QStringLiteral("not-yet-valid.crt")), password},
        {QStringLiteral("expiring-soon"), withChain(leafKey, QStringLiteral("expiring-soon.crt")), password},
        {QStringLiteral("sha1-signature"), withChain(leafKey, QStringLiteral("sha1-signature.crt")), password},
        {QStringLiteral("camellia"),
         withChain(leafKey, leafCrt) << QStringLiteral("-keypbe") << QStringLiteral("camellia-256-cbc")
                                     << QStringLiteral("-certpbe") << QStringLiteral("camellia-256-cbc"),
         password},
        {QStringLiteral("pbes2-3des"),
         withChain(leafKey, leafCrt) << QStringLiteral("-keypbe") << QStringLiteral("des-ede3-cbc"), password},
        {QStringLiteral("no-mac"), withChain(leafKey, leafCrt) << QStringLiteral("-nomac"), password},
        {QStringLiteral("empty-password"), withChain(leafKey, leafCrt), QByteArray()},
        {QStringLiteral("non-ascii-password"), withChain(leafKey, leafCrt), nonAscii},
        {QStringLiteral("no-chain"), {QStringLiteral("-inkey"), leafKey, QStringLiteral("-in"), leafCrt}, password},
        {QStringLiteral("cert-only"),
         {QStringLiteral("-nokeys"), QStringLiteral("-in"), leafCrt, QStringLiteral("-certfile"), chain},
         password},
        {QStringLiteral("server-eku"), withChain(leafKey, QStringLiteral("server-eku.crt")), password},
        {QStringLiteral("self-signed"),
         {QStringLiteral("-inkey"), leafKey, QStringLiteral("-in"), QStringLiteral("self-signed.crt")},
         password},
    };
    for (const Export& e : exports) {
        if (!exportP12(e.name, e.arguments, e.password))
            return false;
    }
    // OpenSSL will not pair a key with a certificate it does not match (-inkey a -in b fails), but with -nocerts
    // it still adds the -certfile certificates: other.key beside leaf.crt and its chain.
    if (!writeFile(QStringLiteral("mismatch-certs.pem"), readFile(leafCrt) + readFile(chain)) ||
        !exportP12(QStringLiteral("key-mismatch"),
                   {QStringLiteral("-nocerts"), QStringLiteral("-inkey"), QStringLiteral("other.key"),
                    QStringLiteral("-certfile"), QStringLiteral("mismatch-certs.pem")},
                   password))
        return false;

    auto rsaWithChain = [&](const QString& name, int bits = 2048) {
        P12Sample s;
        s.name = name;
        s.password = password;
        s.readable = true;
        s.hasPrivateKey = true;
        s.certificateCount = 3;
        s.leafKeyType = QStringLiteral("RSA");
        s.leafKeyBits = bits;
        s.javaLoads = true;
        s.olderJavaLoads = false; // OpenSSL 3 defaults: PBES2/AES-256 bags, HMAC-SHA256 MAC
        return s;
    };

    add(rsaWithChain(QStringLiteral("modern")));
    {
        P12Sample s = rsaWithChain(QStringLiteral("legacy-rc2"));
        s.olderJavaLoads = true;
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("3des-sha1"));
        s.olderJavaLoads = true;
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("ec-p256"));
        s.leafKeyType = QStringLiteral("EC");
        s.leafKeyBits = 256;
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("ec-p384"));
        s.leafKeyType = QStringLiteral("EC");
        s.leafKeyBits = 384;
        add(s);
    }
    add(rsaWithChain(QStringLiteral("rsa-4096"), 4096));
    {
        P12Sample s = rsaWithChain(QStringLiteral("rsa-1024"), 1024);
        s.expectedFindingCodes = {QStringLiteral("weak-key")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("ed25519"));
        s.leafKeyType = QStringLiteral("Ed25519");
        s.leafKeyBits = 0;
        s.javaLoads = true; // EdDSA keys since JDK 15
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("expired"));
        s.expectedFindingCodes = {QStringLiteral("expired")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("not-yet-valid"));
        s.expectedFindingCodes = {QStringLiteral("not-yet-valid")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("expiring-soon"));
        s.expectedFindingCodes = {QStringLiteral("expires-soon")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("sha1-signature"));
        s.expectedFindingCodes = {QStringLiteral("sha1-signature")};
        add(s);
    }
    {
        // PBES2 with a cipher other than AES: OpenSSL reads both; JDK 17 fails with "PBE parameter parsing error:
        // expecting the object identifier for AES cipher".
        P12Sample s = rsaWithChain(QStringLiteral("camellia"));
        s.javaLoads = false;
        add(s);
        s = rsaWithChain(QStringLiteral("pbes2-3des")); // keys PBES2 + DES-EDE3-CBC, certificates AES-256
        s.javaLoads = false;
        add(s);
    }
    {
        // OpenSSL 3.0 leaves the certificates unencrypted with -nomac; only the key bag is (PBES2). JDK 17 reads
        // a MAC-less file with the right password (it cannot check integrity; a wrong or empty password fails on
        // the key bag's padding instead).
        P12Sample s = rsaWithChain(QStringLiteral("no-mac"));
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("empty-password"));
        s.password = QByteArray();
        add(s);
    }
    {
        // SunJCE's PBE keys accept printable ASCII only: JDK 17 fails with "getSecretKey failed: Password is not
        // ASCII" (the same for -legacy files), although OpenSSL and the MAC handle UTF-8 fine.
        P12Sample s = rsaWithChain(QStringLiteral("non-ascii-password"));
        s.password = nonAscii;
        s.javaLoads = false;
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("no-chain"));
        s.certificateCount = 1;
        s.expectedFindingCodes = {QStringLiteral("incomplete-chain")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("cert-only"));
        s.hasPrivateKey = false;
        s.expectedFindingCodes = {QStringLiteral("no-private-key")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("server-eku"));
        s.expectedFindingCodes = {QStringLiteral("no-client-auth")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("self-signed"));
        s.certificateCount = 1;
        s.expectedFindingCodes = {QStringLiteral("self-signed")};
        add(s);
    }
    {
        P12Sample s = rsaWithChain(QStringLiteral("key-mismatch"));
        s.expectedFindingCodes = {QStringLiteral("key-mismatch")};
        add(s);
    }
    return true;
}

bool P12Corpus::makeKeytoolSample()
{
    const QString keytool = QStandardPaths::findExecutable(QStringLiteral("keytool"));
    if (keytool.isEmpty())
        return true;
    const QString password = QString::fromUtf8(defaultPassword());
    if (!run(keytool, {QStringLiteral("-genkeypair"), QStringLiteral("-noprompt"),
                       QStringLiteral("-storetype"),  QStringLiteral("PKCS12"),
                       QStringLiteral("-keystore"),   file(QStringLiteral("keytool.p12")),
                       QStringLiteral("-storepass"),  password,
                       QStringLiteral("-keypass"),    password,
                       QStringLiteral("-alias"),      QStringLiteral("mtlsdesk-keytool"),
                       QStringLiteral("-keyalg"),     QStringLiteral("RSA"),
                       QStringLiteral("-keysize"),    QStringLiteral("2048"),
                       QStringLiteral("-sigalg"),     QStringLiteral("SHA256withRSA"),
                       QStringLiteral("-validity"),   QStringLiteral("365"),
                       QStringLiteral("-dname"),      QStringLiteral("CN=mtlsdesk-test-keytool"),
                       QStringLiteral("-ext"),        QStringLiteral("EKU=clientAuth"),
                       QStringLiteral("-ext"),        QStringLiteral("KU=digitalSignature")}))
        return false;
    m_keytoolUsed = true;
    P12Sample s;
    s.name = QStringLiteral("keytool");
    s.password = defaultPassword();
    s.readable = true;
    s.hasPrivateKey = true;
    s.certificateCount = 1;
    s.leafKeyType = QStringLiteral("RSA");
    s.leafKeyBits = 2048;
    s.expectedFindingCodes = {QStringLiteral("self-signed")};
    s.javaLoads = true;
    s.olderJavaLoads = false; // JDK 12+ / 11.0.12+ / 8u301+ write PBES2 and an HMAC-SHA256 MAC
    add(s);
    return true;
}

bool P12Corpus::makeBrokenSamples()
{
    const QByteArray modern = readFile(QStringLiteral("modern.p12"));
    if (modern.size() < 1024) {
        m_error = QStringLiteral("modern.p12 is unexpectedly small (%1 bytes)").arg(modern.size());
        return false;
    }
    // The middle of an OpenSSL 3 export lies inside the encrypted certificate bag (about 3 KiB of the 4.3 KiB):
    // the DER structure stays intact, the MAC fails and the certificates decrypt to garbage, while the key bag
    // still decrypts with the right password, so the password is known to be good.
    QByteArray damaged = modern;
    for (qsizetype i = damaged.size() / 2; i < damaged.size() / 2 + 8; ++i)
        damaged[i] = char(damaged[i] ^ 0xA5);

    QByteArray random(12 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240601);
    generator.fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / sizeof(quint32));

    if (!writeFile(QStringLiteral("empty.p12"), {}) ||
        !writeFile(QStringLiteral("truncated.p12"), modern.left(modern.size() / 2)) ||
        !writeFile(QStringLiteral("damaged.p12"), damaged) || !writeFile(QStringLiteral("random-12mb.p12"), random) ||
        // The key bag must still decrypt, or "corrupt" would not be knowable.
        !openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), QStringLiteral("damaged.p12"),
                  QStringLiteral("-nomacver"), QStringLiteral("-nocerts"), QStringLiteral("-noenc"),
                  QStringLiteral("-passin"), QStringLiteral("pass:") + QString::fromUtf8(defaultPassword()),
                  QStringLiteral("-out"), QStringLiteral("damaged-key.pem")}) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.crt"), QStringLiteral("-out"),
                  QStringLiteral("pem.p12")}) ||
        !openssl({QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("leaf.crt"), QStringLiteral("-outform"),
                  QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("der-cert.p12")}))
        return false;

    auto broken = [this](const QString& name, const QString& errorKind) {
        P12Sample s;
        s.name = name;
        s.password = defaultPassword();
        s.readable = false;
        s.errorKind = errorKind;
        add(s);
    };
    broken(QStringLiteral("empty"), QStringLiteral("empty"));
    broken(QStringLiteral("truncated"), QStringLiteral("corrupt"));
    broken(QStringLiteral("damaged"), QStringLiteral("corrupt"));
    broken(QStringLiteral("pem"), QStringLiteral("not-pkcs12"));
    broken(QStringLiteral("der-cert"), QStringLiteral("not-pkcs12"));
    broken(QStringLiteral("random-12mb"), QStringLiteral("not-pkcs12"));

    P12Sample wrong;
    wrong.name = QStringLiteral("wrong-password");
    wrong.path = file(QStringLiteral("modern.p12"));
    wrong.password = QByteArrayLiteral("not-the-password");
    wrong.readable = false;
    wrong.errorKind = QStringLiteral("bad-password");
    add(wrong);
    return true;
}

} // namespace mtlsdesk::test
