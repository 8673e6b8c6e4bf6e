<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDiagram</name>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) point at no certificate</source>
        <translation>
            <numerusform>%n mapping points at no certificate</numerusform>
            <numerusform>%n mappings point at no certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1 · %n mapping(s)</source>
        <translation>
            <numerusform>Service %1 · %n mapping</numerusform>
            <numerusform>Service %1 · %n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 (%2): %n mapping(s) checked in %3 s, with %4.</source>
        <translation>
            <numerusform>Account %1 (%2): %n mapping checked in %3 s, with %4.</numerusform>
            <numerusform>Account %1 (%2): %n mappings checked in %3 s, with %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingAudit</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <comment>in %n service(s)</comment>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingValidator</name>
    <message numerus="yes">
        <source>Certificate &quot;%1&quot; expires in %n day(s).</source>
        <translation>
            <numerusform>Certificate &quot;%1&quot; expires in %n day.</numerusform>
            <numerusform>Certificate &quot;%1&quot; expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>P12Inspector</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>The certificate expires in %n day, on %1.</numerusform>
            <numerusform>The certificate expires in %n days, on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuntimeStatus</name>
    <message numerus="yes">
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Certificate expires in %n day</numerusform>
            <numerusform>Certificate expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::AuditView</name>
    <message numerus="yes">
        <source>Certificates: %n</source>
        <translation>
            <numerusform>Certificates: %n</numerusform>
            <numerusform>Certificates: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings: %n</source>
        <translation>
            <numerusform>Mappings: %n</numerusform>
            <numerusform>Mappings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphan certificates: %n</source>
        <translation>
            <numerusform>Orphan certificates: %n</numerusform>
            <numerusform>Orphan certificates: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings with a missing certificate: %n</source>
        <translation>
            <numerusform>Mappings with a missing certificate: %n</numerusform>
            <numerusform>Mappings with a missing certificate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring or expired certificates: %n</source>
        <translation>
            <numerusform>Expiring or expired certificates: %n</numerusform>
            <numerusform>Expiring or expired certificates: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesModel</name>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in less than %n day(s): replace it before then.</source>
        <translation>
            <numerusform>This certificate expires in less than %n day: replace it before then.</numerusform>
            <numerusform>This certificate expires in less than %n days: replace it before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesPage</name>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n certificate.</numerusform>
            <numerusform>%n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) use this certificate: calls to their URLs will go out without a client certificate and will fail once the service&apos;s cache refreshes (about 5 minutes).</source>
        <translation>
            <numerusform>%n mapping uses this certificate: calls to their URLs will go out without a client certificate and will fail once the service&apos;s cache refreshes (about 5 minutes).</numerusform>
            <numerusform>%n mappings use this certificate: calls to their URLs will go out without a client certificate and will fail once the service&apos;s cache refreshes (about 5 minutes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DashboardPage</name>
    <message numerus="yes">
        <source>Checked %n enabled mapping(s) with the gateway.</source>
        <translation>
            <numerusform>Checked %n enabled mapping with the gateway.</numerusform>
            <numerusform>Checked %n enabled mappings with the gateway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsView</name>
    <message numerus="yes">
        <source>%n domain(s) discovered for account %1.</source>
        <translation>
            <numerusform>%n domain discovered for account %1.</numerusform>
            <numerusform>%n domains discovered for account %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::LoginForm</name>
    <message numerus="yes">
        <source>The service asked us to slow down; trying again in %n second(s)…</source>
        <translation>
            <numerusform>The service asked us to slow down; trying again in %n second…</numerusform>
            <numerusform>The service asked us to slow down; trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>The service did not answer; trying again in %n second…</numerusform>
            <numerusform>The service did not answer; trying again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MainWindow</name>
    <message numerus="yes">
        <source>Logged in as %1 · token valid for %n minute(s) (until %2)</source>
        <translation>
            <numerusform>Logged in as %1 · token valid for %n minute (until %2)</numerusform>
            <numerusform>Logged in as %1 · token valid for %n minutes (until %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingDiffDialog</name>
    <message numerus="yes">
        <source>&amp;Save %n change(s)</source>
        <translation>
            <numerusform>&amp;Save %n change</numerusform>
            <numerusform>&amp;Save %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingEditor</name>
    <message numerus="yes">
        <source>%n mapping(s) have errors; fix them before saving (the service would refuse them).</source>
        <translation>
            <numerusform>%n mapping has errors; fix them before saving (the service would refuse them).</numerusform>
            <numerusform>%n mappings have errors; fix them before saving (the service would refuse them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingPage</name>
    <message numerus="yes">
        <source>• The Mappings section has %n other unsaved change(s); they are saved too.</source>
        <translation>
            <numerusform>• The Mappings section has %n other unsaved change; they are saved too.</numerusform>
            <numerusform>• The Mappings section has %n other unsaved changes; they are saved too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsModel</name>
    <message numerus="yes">
        <source>Duplicate %n mapping(s)</source>
        <translation>
            <numerusform>Duplicate %n mapping</numerusform>
            <numerusform>Duplicate %n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)</source>
        <translation>
            <numerusform>Delete %n mapping</numerusform>
            <numerusform>Delete %n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n mapping(s)</source>
        <translation>
            <numerusform>Enable %n mapping</numerusform>
            <numerusform>Enable %n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n mapping(s)</source>
        <translation>
            <numerusform>Disable %n mapping</numerusform>
            <numerusform>Disable %n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsPage</name>
    <message numerus="yes">
        <source>Restored %n unsaved edit(s) from your last session.</source>
        <translation>
            <numerusform>Restored %n unsaved edit from your last session.</numerusform>
            <numerusform>Restored %n unsaved edits from your last session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) loaded.</source>
        <translation>
            <numerusform>%n mapping loaded.</numerusform>
            <numerusform>%n mappings loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The service&apos;s runtime uses them in about 5 minutes.</source>
        <translation>
            <numerusform>Saved %n change. The service&apos;s runtime uses them in about 5 minutes.</numerusform>
            <numerusform>Saved %n changes. The service&apos;s runtime uses them in about 5 minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n unsaved change</numerusform>
            <numerusform>%n unsaved changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) have errors: fix them first (Show: With problems).</source>
        <translation>
            <numerusform>%n mapping has errors: fix them first (Show: With problems).</numerusform>
            <numerusform>%n mappings have errors: fix them first (Show: With problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review and save %n change(s) (%1)</source>
        <translation>
            <numerusform>Review and save %n change (%1)</numerusform>
            <numerusform>Review and save %n changes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n unsaved change(s) and go back to what the service has? This cannot be undone.</source>
        <translation>
            <numerusform>Throw away %n unsaved change and go back to what the service has? This cannot be undone.</numerusform>
            <numerusform>Throw away %n unsaved changes and go back to what the service has? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s)</source>
        <translation>
            <numerusform>Import %n mapping</numerusform>
            <numerusform>Import %n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1 as new rows. Review them, then save.</source>
        <translation>
            <numerusform>Imported %n mapping from %1 as new rows. Review them, then save.</numerusform>
            <numerusform>Imported %n mappings from %1 as new rows. Review them, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) (the working copy, unsaved edits included) to %1.</source>
        <translation>
            <numerusform>Exported %n mapping (the working copy, unsaved edits included) to %1.</numerusform>
            <numerusform>Exported %n mappings (the working copy, unsaved edits included) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mappings changed on the service meanwhile (%n change(s)). Your edits are kept on top of the current state: review them and save again.</source>
        <translation>
            <numerusform>The mappings changed on the service meanwhile (%n change). Your edits are kept on top of the current state: review them and save again.</numerusform>
            <numerusform>The mappings changed on the service meanwhile (%n changes). Your edits are kept on top of the current state: review them and save again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::StatusSummary</name>
    <message numerus="yes">
        <source>Mappings: %n —</source>
        <translation>
            <numerusform>Mappings: %n —</numerusform>
            <numerusform>Mappings: %n —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n shown)</numerusform>
            <numerusform>(%n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n live</numerusform>
            <numerusform>%n live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not live yet</source>
        <translation>
            <numerusform>%n not live yet</numerusform>
            <numerusform>%n not live yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n not found</numerusform>
            <numerusform>%n not found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing a certificate</source>
        <translation>
            <numerusform>%n missing a certificate</numerusform>
            <numerusform>%n missing a certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <translation>
            <numerusform>%n with an expired certificate</numerusform>
            <numerusform>%n with an expired certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expiring certificate</source>
        <translation>
            <numerusform>%n with an expiring certificate</numerusform>
            <numerusform>%n with an expiring certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a duplicate risk</source>
        <translation>
            <numerusform>%n with a duplicate risk</numerusform>
            <numerusform>%n with a duplicate risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n not checked</numerusform>
            <numerusform>%n not checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed check</source>
        <translation>
            <numerusform>%n with a failed check</numerusform>
            <numerusform>%n with a failed check</numerusform>
        </translation>
    </message>
</context>
</TS>
