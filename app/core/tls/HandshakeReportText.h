#pragma once

// The handshake report as sections of labelled rows (Connection, Server chain, Client certificate request, HTTP,
// TLS alerts), so that the dialog (rich text) and the command line (plain text) show the same things in the
// same words.

#include "tls/HandshakeProbe.h"

namespace mtlsdesk::tls {

struct ReportRow
{
    enum class Tone
    {
        Normal,
        Good,
        Bad
    };
    QString label;
    QString value;
    Tone tone = Tone::Normal;
    int indent = 0; // 1: belongs to the row above (e.g. a certificate's issuer)
};

struct ReportSection
{
    QString title;
    QList<ReportRow> rows;
};

QList<ReportSection> reportSections(const HandshakeReport& report);
// Summary line, then every section; what `mtls-desk-cli handshake` prints.
QString reportText(const HandshakeReport& report);

} // namespace mtlsdesk::tls
