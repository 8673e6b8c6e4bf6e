#include "tls/HandshakeReportText.h"

#include <QCoreApplication>

namespace mtlsdesk::tls {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeReportText)
};

using Tone = ReportRow::Tone;

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QString dateText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : Text::tr("unknown");
}

void addCertificate(QList<ReportRow>& rows, const QString& label, const PeerCertificate& certificate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool current = certificate.notBefore <= now && now <= certificate.notAfter;
    rows << ReportRow{label, certificate.subject, Tone::Normal, 0};
    rows << ReportRow{Text::tr("issued by"), certificate.issuer, Tone::Normal, 1};
    QString validity = Text::tr("%1 to %2").arg(dateText(certificate.notBefore), dateText(certificate.notAfter));
    if (certificate.notAfter.isValid() && certificate.notAfter < now)
        validity = Text::tr("%1 (expired)").arg(validity);
    else if (certificate.notBefore.isValid() && certificate.notBefore > now)
        validity = Text::tr("%1 (not valid yet)").arg(validity);
    rows << ReportRow{Text::tr("valid"), validity, current ? Tone::Normal : Tone::Bad, 1};
}

} // namespace

QList<ReportSection> reportSections(const HandshakeReport& report)
{
    QList<ReportSection> sections;

    ReportSection connection{Text::tr("Connection"), {}};
    connection.rows << ReportRow{Text::tr("Server"),
                                 report.address.isEmpty() || report.address.startsWith(report.host + QLatin1Char(':'))
                                     ? QStringLiteral("%1:%2").arg(report.host).arg(report.port)
                                     : Text::tr("%1:%2 (%3)").arg(report.host).arg(report.port).arg(report.address)};
    // TLS 1.3: the client finishes its side before the server has judged the client certificate.
    const bool endedByServer = report.handshakeCompleted && report.httpStatus == 0 && report.serverAlert();
    connection.rows << ReportRow{Text::tr("Handshake"),
                                 endedByServer ? Text::tr("completed on this side, then ended by the server")
                                 : report.handshakeCompleted ? Text::tr("completed")
                                                             : Text::tr("not completed"),
                                 report.handshakeCompleted && !endedByServer ? Tone::Good : Tone::Bad};
    if (!report.tlsVersion.isEmpty())
        connection.rows << ReportRow{Text::tr("TLS version"), report.tlsVersion};
    if (!report.cipher.isEmpty())
        connection.rows << ReportRow{Text::tr("Cipher"), report.cipher};
    connection.rows << ReportRow{Text::tr("Time"), Text::tr("%1 ms").arg(report.elapsedMs)};
    sections << connection;

    ReportSection server{Text::tr("Server chain"), {}};
    if (report.serverVerified)
        server.rows << ReportRow{Text::tr("Verified"), Text::tr("yes: trusted, valid and issued for this host"),
                                 Tone::Good};
    else if (report.verifyError != 0)
        server.rows << ReportRow{Text::tr("Verified"), report.verifyErrorSentence, Tone::Bad};
    else
        server.rows << ReportRow{Text::tr("Verified"), Text::tr("not reached")};
    for (qsizetype i = 0; i < report.serverChain.size(); ++i)
        addCertificate(server.rows, i == 0 ? Text::tr("Certificate") : Text::tr("Chain %1").arg(i),
                       report.serverChain.at(i));
    if (report.serverChain.isEmpty())
        server.rows << ReportRow{Text::tr("Certificates"), Text::tr("none received")};
    sections << server;

    ReportSection client{Text::tr("Client certificate request"), {}};
    const bool reached = report.handshakeCompleted || report.clientCertificateRequested;
    client.rows << ReportRow{Text::tr("Requested by the server"),
                             reached ? yesNo(report.clientCertificateRequested) : Text::tr("not reached"),
                             reached && !report.clientCertificateRequested ? Tone::Bad : Tone::Normal};
    if (report.clientCertificateRequested) {
        if (report.acceptedCaNames.isEmpty())
            client.rows << ReportRow{Text::tr("Accepted CAs"), Text::tr("the server named none (any CA may be tried)")};
        for (qsizetype i = 0; i < report.acceptedCaNames.size(); ++i)
            client.rows << ReportRow{i == 0 ? Text::tr("Accepted CAs") : QString(), report.acceptedCaNames.at(i)};
        if (!report.clientCertificate.subject.isEmpty() && !report.acceptedCaNames.isEmpty())
            client.rows << ReportRow{Text::tr("Our chain matches"),
                                     report.chainMatchesAcceptedCa
                                         ? Text::tr("yes (%1)").arg(report.matchedCaName)
                                         : Text::tr("no: the certificate's issuer is not among the accepted CAs"),
                                     report.chainMatchesAcceptedCa ? Tone::Good : Tone::Bad};
        client.rows << ReportRow{Text::tr("Certificate sent"), yesNo(report.clientCertificateSent)};
    }
    if (!report.clientCertificate.subject.isEmpty()) {
        addCertificate(client.rows, Text::tr("Our certificate"), report.clientCertificate);
        for (const QString& subject : report.clientChainSubjects)
            client.rows << ReportRow{Text::tr("with"), subject, Tone::Normal, 1};
    }
    sections << client;

    ReportSection http{Text::tr("HTTP"), {}};
    http.rows << ReportRow{Text::tr("Status"),
                           report.httpStatus > 0
                               ? QStringLiteral("%1 %2").arg(report.httpStatus).arg(report.httpReason).trimmed()
                               : Text::tr("no answer"),
                           report.httpStatus >= 200 && report.httpStatus < 400 ? Tone::Good
                           : report.httpStatus > 0                             ? Tone::Bad
                                                                               : Tone::Normal};
    sections << http;

    if (!report.alerts.isEmpty() || !report.detail.isEmpty()) {
        ReportSection alerts{Text::tr("TLS alerts"), {}};
        for (const TlsAlert& alert : report.alerts)
            alerts.rows << ReportRow{alert.direction == TlsAlert::Direction::Received ? Text::tr("From the server")
                                                                                      : Text::tr("From this computer"),
                                     alert.sentence(), alert.fatal ? Tone::Bad : Tone::Normal};
        if (!report.detail.isEmpty())
            alerts.rows << ReportRow{Text::tr("Detail"), report.detail};
        sections << alerts;
    }
    return sections;
}

QString reportText(const HandshakeReport& report)
{
    QString text =
        (report.isOk() ? Text::tr("OK: %1") : Text::tr("PROBLEM: %1")).arg(report.summary) + QLatin1Char('\n');
    for (const ReportSection& section : reportSections(report)) {
        text += QLatin1Char('\n') + section.title + QLatin1Char('\n');
        for (const ReportRow& row : section.rows) {
            const QString indent(2 + 2 * row.indent, QLatin1Char(' '));
            text += row.label.isEmpty() ? indent + QStringLiteral("  ") + row.value
                                        : indent + row.label + QStringLiteral(": ") + row.value;
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace mtlsdesk::tls
