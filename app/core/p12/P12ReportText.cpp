#include "p12/P12ReportText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mtlsdesk::p12 {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(P12ReportText)
};
} // namespace

QString verdictText(const Report& report)
{
    if (!report.readable)
        return Text::tr("Unreadable: %1").arg(report.errorMessage);
    if (report.hasErrors())
        return Text::tr("Not usable for mutual TLS: fix the errors below.");
    return Text::tr("Usable for mutual TLS.");
}

QString reportText(const Report& report, const QString& fileName)
{
    QString text;
    QTextStream out(&text);
    out << fileName << '\n' << verdictText(report) << '\n';
    if (!report.readable) {
        out << Text::tr("Error kind: %1").arg(errorKindKey(report.error)) << '\n';
        return text;
    }
    const Encryption& e = report.encryption;
    out << Text::tr("Encryption: keys %1; certificates %2; MAC %3; %4 iterations")
               .arg(e.keys, e.certificates, e.mac)
               .arg(e.iterations);
    if (e.needsLegacyProvider)
        out << Text::tr(" (legacy algorithms, read with OpenSSL's legacy provider)");
    out << '\n';
    out << Text::tr("Java 17+: %1; Java 8 before 8u301: %2")
               .arg(report.java.loads ? Text::tr("loads") : Text::tr("does not load"),
                    report.java.olderJavaLoads ? Text::tr("loads") : Text::tr("does not load"))
        << '\n';
    if (!report.hasPrivateKey)
        out << Text::tr("Private key: none") << '\n';
    else
        out << Text::tr("Private key: %1, %2")
                   .arg(report.keyType, report.keyMatchesLeaf ? Text::tr("matches the first certificate")
                                                              : Text::tr("matches no certificate"))
            << '\n';
    out << Text::tr("Certificates (leaf first):") << '\n';
    for (const CertificateInfo& c : report.certificates) {
        out << "  - " << c.subject << '\n'
            << "    " << Text::tr("issuer %1").arg(c.issuer) << '\n'
            << "    " << Text::tr("valid %1 to %2").arg(c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate))
            << '\n'
            << "    " << Text::tr("%1 %2 bits, %3").arg(c.keyType).arg(c.keyBits).arg(c.signatureAlgorithm);
        if (!c.extendedKeyUsage.isEmpty())
            out << Text::tr(", EKU %1").arg(c.extendedKeyUsage.join(QStringLiteral(", ")));
        if (c.isCA)
            out << Text::tr(", CA");
        out << '\n' << "    SHA-256 " << c.sha256 << '\n';
    }
    if (!report.findings.isEmpty())
        out << Text::tr("Findings:") << '\n';
    for (const Finding& f : report.findings) {
        const QString severity = f.severity == Finding::Severity::Error     ? Text::tr("ERROR")
                                 : f.severity == Finding::Severity::Warning ? Text::tr("WARNING")
                                                                            : Text::tr("INFO");
        out << "  [" << severity << "] " << f.message << " (" << f.code << ")\n";
    }
    return text;
}

} // namespace mtlsdesk::p12
