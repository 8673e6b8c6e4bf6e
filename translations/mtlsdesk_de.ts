<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditDiagram</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Mappings by service</source>
        <translation>Zuordnungen nach Dienst</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>no mapping</source>
        <translation>keine Zuordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (id %2): %3.</source>
        <translation>Zertifikat „%1“ (ID %2): %3.</translation>
    </message>
    <message>
        <source>Missing certificate</source>
        <translation>Fehlendes Zertifikat</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) point at no certificate</source>
        <translation>
            <numerusform>%n Zuordnung verweist auf kein Zertifikat</numerusform>
            <numerusform>%n Zuordnungen verweisen auf kein Zertifikat</numerusform>
        </translation>
    </message>
    <message>
        <source>These mappings name a certificate id that is not in the account: the runtime cannot use them.</source>
        <translation>Diese Zuordnungen nennen eine Zertifikats-ID, die es im Konto nicht gibt: Die Laufzeitumgebung kann sie nicht verwenden.</translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation>Keine Zertifikate</translation>
    </message>
    <message numerus="yes">
        <source>Service %1 · %n mapping(s)</source>
        <translation>
            <numerusform>Dienst %1 · %n Zuordnung</numerusform>
            <numerusform>Dienst %1 · %n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; (%2) → %3. %4</source>
        <translation>Zuordnung „%1“ (%2) → %3. %4</translation>
    </message>
    <message>
        <source>missing certificate %1</source>
        <translation>fehlendes Zertifikat %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot;</source>
        <translation>Zertifikat „%1“</translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>Keine Zuordnungen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>audit needs --format json, csv, html or pdf.</source>
        <translation>audit braucht --format json, csv, html oder pdf.</translation>
    </message>
    <message>
        <source>audit --format pdf needs --out FILE.</source>
        <translation>audit --format pdf braucht --out FILE.</translation>
    </message>
    <message>
        <source>--check-api takes auto, current, v2 or v1.</source>
        <translation>--check-api erwartet auto, current, v2 oder v1.</translation>
    </message>
    <message>
        <source>--environment custom needs --discovery-host HOST.</source>
        <translation>--environment custom braucht --discovery-host HOST.</translation>
    </message>
    <message>
        <source>--environment takes sandbox, production or custom.</source>
        <translation>--environment erwartet sandbox, production oder custom.</translation>
    </message>
    <message>
        <source>The environment is not available: %1</source>
        <translation>Die Umgebung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No account: use --account ID or set MTLSDESK_ACCOUNT.</source>
        <translation>Kein Konto: Verwenden Sie --account ID oder setzen Sie MTLSDESK_ACCOUNT.</translation>
    </message>
    <message>
        <source>No AppKey for account %1: set MTLSDESK_APPKEY (JSON) or the four MTLSDESK_APPKEY_* variables, or log in once in mTLS Desk with &quot;Remember&quot; checked (keychain: %2).</source>
        <translation>Kein AppKey für Konto %1: Setzen Sie MTLSDESK_APPKEY (JSON) oder die vier Variablen MTLSDESK_APPKEY_*, oder melden Sie sich einmal in mTLS Desk mit aktiviertem „Speichern“ an (Schlüsselbund: %2).</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Could not discover the domains of account %1: %2</source>
        <translation>Die Domänen von Konto %1 konnten nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Usage:
  mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]
  mtls-desk-cli csr --key-type rsa2048|rsa3072|rsa4096|ec-p256|ec-p384 --cn NAME [--org O] [--ou OU]
                    [--country CC] --key-out FILE --csr-out FILE [--key-password-env VAR]
  mtls-desk-cli build --key FILE [--key-password-env VAR] --cert FILE [--chain FILE]... --out FILE
                      [--profile java17|widest] (--password-stdin | --password-env VAR)
  mtls-desk-cli rewrap FILE --out FILE [--profile java17|widest] (--password-stdin | --password-env VAR)
                       --new-password-env VAR
  mtls-desk-cli handshake URL --p12 FILE [--password-stdin | --password-env VAR] [--ca FILE]...
                          [--no-system-cas] [--no-client-certificate] [--timeout SECONDS] [--json]
                          (the P12 password may also come from MTLSDESK_P12_PASSWORD)
  mtls-desk-cli check [ENV] [--account ID] [--batch-size N] [--check-api auto|current|v2|v1] [--json]
  mtls-desk-cli audit [ENV] [--account ID] --format json|csv|html|pdf [--out FILE] [--no-check]
      ENV: --environment production (default) | sandbox [--sandbox-dir DIR] |
           custom --discovery-host HOST
      The AppKey comes from MTLSDESK_APPKEY (JSON) or MTLSDESK_APPKEY_CONSUMER_KEY,
      MTLSDESK_APPKEY_CONSUMER_SECRET, MTLSDESK_APPKEY_ACCESS_TOKEN and
      MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET, or from the keychain entry the app remembered;
      the account from --account or MTLSDESK_ACCOUNT.
      Exit status: 0 nothing broken, 1 something broken, 2 could not check, 64 usage.</source>
        <translation>Aufruf:
  mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]
  mtls-desk-cli csr --key-type rsa2048|rsa3072|rsa4096|ec-p256|ec-p384 --cn NAME [--org O] [--ou OU]
                    [--country CC] --key-out FILE --csr-out FILE [--key-password-env VAR]
  mtls-desk-cli build --key FILE [--key-password-env VAR] --cert FILE [--chain FILE]... --out FILE
                      [--profile java17|widest] (--password-stdin | --password-env VAR)
  mtls-desk-cli rewrap FILE --out FILE [--profile java17|widest] (--password-stdin | --password-env VAR)
                       --new-password-env VAR
  mtls-desk-cli handshake URL --p12 FILE [--password-stdin | --password-env VAR] [--ca FILE]...
                          [--no-system-cas] [--no-client-certificate] [--timeout SECONDS] [--json]
                          (das P12-Passwort kann auch aus MTLSDESK_P12_PASSWORD kommen)
  mtls-desk-cli check [ENV] [--account ID] [--batch-size N] [--check-api auto|current|v2|v1] [--json]
  mtls-desk-cli audit [ENV] [--account ID] --format json|csv|html|pdf [--out FILE] [--no-check]
      ENV: --environment production (Standard) | sandbox [--sandbox-dir DIR] |
           custom --discovery-host HOST
      Der AppKey kommt aus MTLSDESK_APPKEY (JSON) oder aus MTLSDESK_APPKEY_CONSUMER_KEY,
      MTLSDESK_APPKEY_CONSUMER_SECRET, MTLSDESK_APPKEY_ACCESS_TOKEN und
      MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET oder aus dem Schlüsselbund-Eintrag, den die App gespeichert hat;
      das Konto aus --account oder MTLSDESK_ACCOUNT.
      Exit-Status: 0 nichts defekt, 1 etwas defekt, 2 Prüfung nicht möglich, 64 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Inspect and build PKCS#12 files for mutual TLS, and test them against a server.</source>
        <translation>PKCS#12-Dateien für mTLS untersuchen und erstellen und gegen einen Server testen.</translation>
    </message>
    <message>
        <source>inspect, csr, build, rewrap, handshake, check or audit</source>
        <translation>inspect, csr, build, rewrap, handshake, check oder audit</translation>
    </message>
    <message>
        <source>Read the (P12) password from the first line of standard input.</source>
        <translation>Das (P12-)Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the (P12) password from this environment variable.</source>
        <translation>Das (P12-)Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>The private key&apos;s password, from this environment variable.</source>
        <translation>Das Passwort des privaten Schlüssels, aus dieser Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>rewrap: the new password, from this environment variable.</source>
        <translation>rewrap: das neue Passwort, aus dieser Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>inspect, handshake, check: print one JSON object.</source>
        <translation>inspect, handshake, check: ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>handshake: the client&apos;s PKCS#12 file.</source>
        <translation>handshake: die PKCS#12-Datei des Clients.</translation>
    </message>
    <message>
        <source>handshake: also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>handshake: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>handshake: trust only the --ca files, not the system&apos;s CAs.</source>
        <translation>handshake: nur den --ca-Dateien vertrauen, nicht den CAs des Systems.</translation>
    </message>
    <message>
        <source>handshake: answer the server&apos;s certificate request with no certificate.</source>
        <translation>handshake: die Zertifikatsanforderung des Servers ohne Zertifikat beantworten.</translation>
    </message>
    <message>
        <source>handshake: give up after this many seconds (default 10).</source>
        <translation>handshake: nach so vielen Sekunden aufgeben (Standard: 10).</translation>
    </message>
    <message>
        <source>csr: the key to generate.</source>
        <translation>csr: der zu erzeugende Schlüssel.</translation>
    </message>
    <message>
        <source>csr: the subject&apos;s common name.</source>
        <translation>csr: der allgemeine Name (CN) des Antragstellers.</translation>
    </message>
    <message>
        <source>csr: organization.</source>
        <translation>csr: Organisation.</translation>
    </message>
    <message>
        <source>csr: organizational unit.</source>
        <translation>csr: Organisationseinheit.</translation>
    </message>
    <message>
        <source>csr: two-letter country code.</source>
        <translation>csr: Ländercode aus zwei Buchstaben.</translation>
    </message>
    <message>
        <source>csr: where to write the key.</source>
        <translation>csr: wohin der Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>csr: where to write the request.</source>
        <translation>csr: wohin die Anforderung geschrieben wird.</translation>
    </message>
    <message>
        <source>build: the private key (PEM or DER).</source>
        <translation>build: der private Schlüssel (PEM oder DER).</translation>
    </message>
    <message>
        <source>build: the signed certificate.</source>
        <translation>build: das signierte Zertifikat.</translation>
    </message>
    <message>
        <source>build: intermediate/root certificates (repeatable).</source>
        <translation>build: Zwischen- und Stammzertifikate (wiederholbar).</translation>
    </message>
    <message>
        <source>build, rewrap: the P12 file to write; audit: the report file.</source>
        <translation>build, rewrap: die zu schreibende P12-Datei; audit: die Berichtsdatei.</translation>
    </message>
    <message>
        <source>build, rewrap: java17 (AES-256, SHA-256 MAC; default) or widest (3DES, SHA-1 MAC).</source>
        <translation>build, rewrap: java17 (AES-256, SHA-256-MAC; Standard) oder widest (3DES, SHA-1-MAC).</translation>
    </message>
    <message>
        <source>check, audit: production (default), sandbox or custom.</source>
        <translation>check, audit: production (Standard), sandbox oder custom.</translation>
    </message>
    <message>
        <source>check, audit: the sandbox&apos;s data directory (attached to when it runs, else started).</source>
        <translation>check, audit: das Datenverzeichnis der Sandbox (läuft sie bereits, wird sie verwendet, sonst gestartet).</translation>
    </message>
    <message>
        <source>check, audit: the Domain API host of a custom environment.</source>
        <translation>check, audit: der Domain-API-Host einer benutzerdefinierten Umgebung.</translation>
    </message>
    <message>
        <source>check, audit: the account id.</source>
        <translation>check, audit: die Konto-ID.</translation>
    </message>
    <message>
        <source>check, audit: mappings per check request (default 200).</source>
        <translation>check, audit: Zuordnungen pro Prüfanfrage (Standard: 200).</translation>
    </message>
    <message>
        <source>check, audit: which check-mapping endpoint to use: auto (default), current, v2 or v1.</source>
        <translation>check, audit: der zu verwendende check-mapping-Endpunkt: auto (Standard), current, v2 oder v1.</translation>
    </message>
    <message>
        <source>audit: json, csv, html or pdf.</source>
        <translation>audit: json, csv, html oder pdf.</translation>
    </message>
    <message>
        <source>audit: do not run check-mapping first (statuses say &quot;not checked&quot;).</source>
        <translation>audit: check-mapping nicht vorher ausführen (als Status steht dann „Nicht geprüft“).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides its options.</source>
        <translation>%1 erwartet außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--batch-size takes 1 to 1000.</source>
        <translation>--batch-size erwartet einen Wert von 1 bis 1000.</translation>
    </message>
    <message>
        <source>Use either --password-stdin or --password-env, not both.</source>
        <translation>Verwenden Sie entweder --password-stdin oder --password-env, nicht beides.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use java17 or widest.</source>
        <translation>Unbekanntes Profil &quot;%1&quot;: Verwenden Sie java17 oder widest.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE.</source>
        <translation>inspect erwartet genau ein FILE-Argument.</translation>
    </message>
    <message>
        <source>csr takes no FILE argument.</source>
        <translation>csr erwartet kein FILE-Argument.</translation>
    </message>
    <message>
        <source>csr needs --key-type rsa2048, rsa3072, rsa4096, ec-p256 or ec-p384.</source>
        <translation>csr braucht --key-type rsa2048, rsa3072, rsa4096, ec-p256 oder ec-p384.</translation>
    </message>
    <message>
        <source>csr needs --cn, --key-out and --csr-out.</source>
        <translation>csr braucht --cn, --key-out und --csr-out.</translation>
    </message>
    <message>
        <source>Warning: the key is written without a password (use --key-password-env).</source>
        <translation>Warnung: Der Schlüssel wird ohne Passwort geschrieben (verwenden Sie --key-password-env).</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>%1 braucht --out FILE.</translation>
    </message>
    <message>
        <source>%1 needs the P12 password: --password-stdin or --password-env VAR.</source>
        <translation>%1 braucht das P12-Passwort: --password-stdin oder --password-env VAR.</translation>
    </message>
    <message>
        <source>build needs --key FILE and --cert FILE (and no other argument).</source>
        <translation>build braucht --key FILE und --cert FILE (und kein weiteres Argument).</translation>
    </message>
    <message>
        <source>rewrap takes exactly one FILE.</source>
        <translation>rewrap erwartet genau ein FILE-Argument.</translation>
    </message>
    <message>
        <source>rewrap needs --new-password-env VAR.</source>
        <translation>rewrap braucht --new-password-env VAR.</translation>
    </message>
    <message>
        <source>handshake takes exactly one URL.</source>
        <translation>handshake erwartet genau eine URL.</translation>
    </message>
    <message>
        <source>handshake needs an https:// URL.</source>
        <translation>handshake braucht eine https://-URL.</translation>
    </message>
    <message>
        <source>handshake needs --p12 FILE (or --no-client-certificate).</source>
        <translation>handshake braucht --p12 FILE (oder --no-client-certificate).</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout erwartet 1 bis 600 Sekunden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 (%2): %n mapping(s) checked in %3 s, with %4.</source>
        <translation>
            <numerusform>Konto %1 (%2): %n Zuordnung in %3 s geprüft, mit %4.</numerusform>
            <numerusform>Konto %1 (%2): %n Zuordnungen in %3 s geprüft, mit %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of account %1: %2, %3; SHA-256 %4</source>
        <comment>counts: certificates, mappings</comment>
        <translation>Prüfbericht für Konto %1: %2, %3; SHA-256 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandshakeDialog</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>HandshakeProbe</name>
    <message>
        <source>Enter an https:// URL, for example https://api.example.com/health.</source>
        <translation>Geben Sie eine https://-URL ein, zum Beispiel https://api.example.com/health.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No PKCS#12 file was given.</source>
        <translation>Es wurde keine PKCS#12-Datei angegeben.</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be read with this password.</source>
        <translation>Die PKCS#12-Datei kann mit diesem Passwort nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate for its private key.</source>
        <translation>Die PKCS#12-Datei enthält kein Zertifikat zu ihrem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file does not belong to its certificate.</source>
        <translation>Der private Schlüssel in der PKCS#12-Datei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up TLS: %1.</source>
        <translation>OpenSSL konnte TLS nicht einrichten: %1.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server did not accept the connection within %1 seconds: a firewall may drop it, or the host or port is wrong.</source>
        <translation>Der Server hat die Verbindung nicht innerhalb von %1 Sekunden angenommen: Möglicherweise verwirft eine Firewall sie, oder Host oder Port sind falsch.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer the HTTP request within %1 seconds.</source>
        <translation>Der Server hat die HTTP-Anfrage nicht innerhalb von %1 Sekunden beantwortet.</translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port.</source>
        <translation>%1 hat die Verbindung abgelehnt: An diesem Port lauscht kein Dienst.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1 möglich: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server closed the connection without an HTTP answer; with TLS 1.3 that can mean it rejected the client certificate without saying why.</source>
        <translation>Der TLS-Handshake war erfolgreich, aber der Server hat die Verbindung ohne HTTP-Antwort geschlossen; bei TLS 1.3 kann das bedeuten, dass er das Client-Zertifikat ohne Angabe von Gründen abgelehnt hat.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server closed the connection without an HTTP answer.</source>
        <translation>Der TLS-Handshake war erfolgreich, aber der Server hat die Verbindung ohne HTTP-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection during the handshake, after the client certificate was sent; it may not accept it.</source>
        <translation>Der Server hat die Verbindung während des Handshakes geschlossen, nachdem das Client-Zertifikat gesendet wurde; möglicherweise akzeptiert er es nicht.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake; it may not speak TLS on this port.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen; möglicherweise spricht er auf diesem Port kein TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server accepted the client certificate and answered HTTP %1.</source>
        <translation>Der Server hat das Client-Zertifikat akzeptiert und mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate but went on without one and answered HTTP %1.</source>
        <translation>Der Server hat ein Client-Zertifikat angefordert, ist aber auch ohne eines fortgefahren und hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate: mutual TLS is not enforced at this URL (HTTP %1).</source>
        <translation>Der Server hat kein Client-Zertifikat angefordert: mTLS wird für diese URL nicht erzwungen (HTTP %1).</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent: the certificate&apos;s key does not suit the signature algorithms the server accepts.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet: Der Schlüssel des Zertifikats passt nicht zu den Signaturalgorithmen, die der Server akzeptiert.</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>Der Test ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>HandshakeReportText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>ausgestellt von</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>completed on this side, then ended by the server</source>
        <translation>auf dieser Seite abgeschlossen, dann vom Server beendet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server chain</source>
        <translation>Serverkette</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>yes: trusted, valid and issued for this host</source>
        <translation>ja: vertrauenswürdig, gültig und für diesen Host ausgestellt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Kette %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>keine empfangen</translation>
    </message>
    <message>
        <source>Client certificate request</source>
        <translation>Anforderung eines Client-Zertifikats</translation>
    </message>
    <message>
        <source>Requested by the server</source>
        <translation>Vom Server angefordert</translation>
    </message>
    <message>
        <source>Accepted CAs</source>
        <translation>Akzeptierte CAs</translation>
    </message>
    <message>
        <source>the server named none (any CA may be tried)</source>
        <translation>der Server hat keine genannt (jede CA kann versucht werden)</translation>
    </message>
    <message>
        <source>Our chain matches</source>
        <translation>Unsere Kette passt</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>no: the certificate&apos;s issuer is not among the accepted CAs</source>
        <translation>nein: Der Aussteller des Zertifikats ist nicht unter den akzeptierten CAs</translation>
    </message>
    <message>
        <source>Certificate sent</source>
        <translation>Zertifikat gesendet</translation>
    </message>
    <message>
        <source>Our certificate</source>
        <translation>Unser Zertifikat</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>TLS alerts</source>
        <translation>TLS-Warnmeldungen</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>Vom Server</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>Von diesem Computer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in as an administrator of the account. mTLS configuration calls need a Bearer token from the Login Service; checking mappings and forwarding need AppKey (OAuth1) credentials.</source>
        <translation>Melden Sie sich als Administrator des Kontos an. Aufrufe zur mTLS-Konfiguration brauchen ein Bearer-Token vom Login-Dienst; das Prüfen von Zuordnungen und das Weiterleiten brauchen AppKey-Anmeldedaten (OAuth1).</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>&amp;Konto-ID:</translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation>z. B. 12345678</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>The LivePerson account (site) id</source>
        <translation>Die ID des LivePerson-Kontos (Site-ID)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>An administrator user of the account</source>
        <translation>Ein Administrator-Benutzer des Kontos</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password and AppKey in the system keychain</source>
        <translation>Passwort und AppKey im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <source>Remember the password and AppKey in the system keychain</source>
        <translation>Passwort und AppKey im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Off: they are kept in memory only and typed again next time</source>
        <translation>Aus: Sie werden nur im Arbeitsspeicher gehalten und beim nächsten Mal erneut eingegeben</translation>
    </message>
    <message>
        <source>AppKey (OAuth1) credentials — optional, for check mapping and forward</source>
        <translation>AppKey-Anmeldedaten (OAuth1) – optional, für das Prüfen von Zuordnungen und das Weiterleiten</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>App-K&amp;ey:</translation>
    </message>
    <message>
        <source>App key (consumer key)</source>
        <translation>App-Key (Consumer Key)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>App key secret (consumer secret)</source>
        <translation>App-Key-Geheimnis (Consumer Secret)</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation>Zugr&amp;iffstoken-Geheimnis:</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>Zugriffstoken-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>mTLS Desk</source>
        <translation>mTLS Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Set-up &amp;wizard…</source>
        <translation>Einrichtungs&amp;assistent…</translation>
    </message>
    <message>
        <source>&amp;Open P12…</source>
        <translation>P12 ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About mTLS Desk</source>
        <translation>&amp;Über mTLS Desk</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>MappingAudit</name>
    <message>
        <source>Account %1 · %2 · %3 · SHA-256 of the content (the CSV export): %4</source>
        <translation>Konto %1 · %2 · %3 · SHA-256 des Inhalts (des CSV-Exports): %4</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>No mapping uses it</source>
        <translation>Von keiner Zuordnung verwendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Service status: %1</source>
        <translation>Dienststatus: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>fehlt (%1)</translation>
    </message>
    <message>
        <source>Orphan certificates: %1. Mappings with a missing certificate: %2. Expiring or expired certificates: %3. Mappings with problems: %4.</source>
        <translation>Verwaiste Zertifikate: %1. Zuordnungen mit fehlendem Zertifikat: %2. Ablaufende oder abgelaufene Zertifikate: %3. Zuordnungen mit Problemen: %4.</translation>
    </message>
    <message>
        <source>mTLS mapping audit — account %1 (%2)</source>
        <translation>mTLS-Zuordnungs-Prüfbericht – Konto %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Could not write the PDF to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1, %2 in %3.</source>
        <comment>counts: certificates, mappings, services</comment>
        <translation>%1, %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <comment>in %n service(s)</comment>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Diensten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingValidator</name>
    <message>
        <source>Enter the full URL the service calls, e.g. https://partner.example/api/token.</source>
        <translation>Geben Sie die vollständige URL ein, die der Dienst aufruft, z. B. https://partner.example/api/token.</translation>
    </message>
    <message>
        <source>The URL has spaces at its start or end; the service compares the whole text.</source>
        <translation>Die URL hat Leerzeichen am Anfang oder Ende; der Dienst vergleicht den gesamten Text.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The URL must be absolute and start with https://.</source>
        <translation>Die URL muss absolut sein und mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The URL must use https:// (mutual TLS), not %1://.</source>
        <translation>Die URL muss https:// (mTLS) verwenden, nicht %1://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The URL has a #fragment, which is never sent to a server.</source>
        <translation>Die URL hat ein #Fragment, das nie an einen Server gesendet wird.</translation>
    </message>
    <message>
        <source>Give the mapping a name (unique in the account).</source>
        <translation>Geben Sie der Zuordnung einen Namen (im Konto eindeutig).</translation>
    </message>
    <message>
        <source>Another mapping (%1) already has the name &quot;%2&quot;: names are unique per account.</source>
        <translation>Eine andere Zuordnung (%1) hat bereits den Namen „%2“: Namen sind pro Konto eindeutig.</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>eine neue Zeile</translation>
    </message>
    <message>
        <source>Choose the service that makes the call.</source>
        <translation>Wählen Sie den Dienst, der den Aufruf ausführt.</translation>
    </message>
    <message>
        <source>Service id %1 is not one of the documented services (TEST_SERVICE, IDP, WEBHOOKS).</source>
        <translation>Die Dienst-ID %1 gehört zu keinem der dokumentierten Dienste (TEST_SERVICE, IDP, WEBHOOKS).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; already maps this service and URL: the service allows one certificate per service and URL.</source>
        <translation>Die Zuordnung „%1“ ordnet diesen Dienst und diese URL bereits zu: Der Dienst erlaubt ein Zertifikat pro Dienst und URL.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; has almost the same URL (%2). The service compares the whole URL as written (trailing slash, letter case and query order included), so these are two different mappings.</source>
        <translation>Die Zuordnung „%1“ hat fast dieselbe URL (%2). Der Dienst vergleicht die gesamte URL genau wie geschrieben (einschließlich abschließendem Schrägstrich, Groß-/Kleinschreibung und Reihenfolge der Query-Parameter), daher sind dies zwei verschiedene Zuordnungen.</translation>
    </message>
    <message>
        <source>Choose the certificate to use.</source>
        <translation>Wählen Sie das zu verwendende Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate id must be a number, not &quot;%1&quot;.</source>
        <translation>Die Zertifikats-ID muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The account has no certificate with id %1.</source>
        <translation>Das Konto hat kein Zertifikat mit der ID %1.</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; has expired: calls with this mapping fail.</source>
        <translation>Zertifikat „%1“ ist abgelaufen: Aufrufe mit dieser Zuordnung schlagen fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate &quot;%1&quot; expires in %n day(s).</source>
        <translation>
            <numerusform>Zertifikat „%1“ läuft in %n Tag ab.</numerusform>
            <numerusform>Zertifikat „%1“ läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>This mapping is disabled: the runtime ignores it until it is enabled.</source>
        <translation>Diese Zuordnung ist deaktiviert: Die Laufzeitumgebung ignoriert sie, bis sie aktiviert wird.</translation>
    </message>
</context>
<context>
    <name>MappingsIo</name>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Die Datei ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of mappings, as the service returns them.</source>
        <translation>Die Datei muss ein JSON-Array von Zuordnungen enthalten, wie der Dienst sie zurückgibt.</translation>
    </message>
    <message>
        <source>Entry %1 is not a mapping object.</source>
        <translation>Eintrag %1 ist kein Zuordnungsobjekt.</translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: %2</source>
        <translation>Eintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1 has an unclosed or misplaced quote.</source>
        <translation>Zeile %1 enthält ein nicht geschlossenes oder falsch platziertes Anführungszeichen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line must name the columns (%1); &quot;%2&quot; is missing.</source>
        <translation>Die erste Zeile muss die Spalten benennen (%1); &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <source>Row %1: &quot;enable&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>Zeile %1: &quot;enable&quot; muss true oder false sein, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not a mapping export.</source>
        <translation>%1 ist größer als 64 MiB; das ist kein Zuordnungsexport.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The service could not be reached. Check the network connection and the domain.</source>
        <translation>Der Dienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Domäne.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again in a moment.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the service&apos;s certificate is not trusted for this environment.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: Dem Zertifikat des Dienstes wird in dieser Umgebung nicht vertraut.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The service did not accept the credentials, or the session has expired. Log in again.</source>
        <translation>Der Dienst hat die Anmeldedaten nicht akzeptiert, oder die Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. mTLS configuration needs an administrator.</source>
        <translation>Der Benutzer ist dazu nicht berechtigt. Die mTLS-Konfiguration erfordert einen Administrator.</translation>
    </message>
    <message>
        <source>The service does not know this item or account (HTTP 404).</source>
        <translation>Der Dienst kennt dieses Element oder Konto nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>Someone else changed this data in the meantime (HTTP 409). Nothing of yours was lost.</source>
        <translation>Jemand anderes hat diese Daten inzwischen geändert (HTTP 409). Von Ihren Daten ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>The service is limiting requests (HTTP 429: at most 10 per second). Wait a moment and try again.</source>
        <translation>Der Dienst begrenzt die Anfragen (HTTP 429: höchstens 10 pro Sekunde). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1). Try again later.</source>
        <translation>Beim Dienst ist ein interner Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service answered with something this app does not understand.</source>
        <translation>Der Dienst hat mit etwas geantwortet, das diese App nicht versteht.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The service said: &quot;%1&quot;</source>
        <translation>Der Dienst meldete: „%1“</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Discovering the account&apos;s domains…</source>
        <translation>Domänen des Kontos werden ermittelt…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Log-in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Log-in canceled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Enter the account id (the site id, for example 12345678).</source>
        <translation>Geben Sie die Konto-ID ein (die Site-ID, zum Beispiel 12345678).</translation>
    </message>
    <message>
        <source>The account id may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Die Konto-ID darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Geben Sie den Benutzernamen des Administrators ein.</translation>
    </message>
    <message>
        <source>Enter the password, or all four AppKey values for an application login.</source>
        <translation>Geben Sie das Passwort ein oder alle vier AppKey-Werte für eine Anwendungsanmeldung.</translation>
    </message>
    <message>
        <source>The environment is not ready: choose it again or check its domain.</source>
        <translation>Die Umgebung ist nicht bereit: Wählen Sie sie erneut aus oder prüfen Sie ihre Domäne.</translation>
    </message>
    <message>
        <source>Domain discovery did not list the Login Service (agentVep) for this account. Set it on the Domains page.</source>
        <translation>Die Domänenermittlung hat für dieses Konto keinen Login-Dienst (agentVep) geliefert. Legen Sie ihn auf der Seite „Domänen“ fest.</translation>
    </message>
    <message>
        <source>Discovering domains</source>
        <translation>Ermitteln der Domänen</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Wrong user name or password for this account.</source>
        <translation>Falscher Benutzername oder falsches Passwort für dieses Konto.</translation>
    </message>
    <message>
        <source>The Domain API does not know account &quot;%1&quot;. Check the account id.</source>
        <translation>Die Domain-API kennt das Konto „%1“ nicht. Prüfen Sie die Konto-ID.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Session expired: log in again</source>
        <translation>Sitzung abgelaufen: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation>Im Schlüsselbund ist für dieses Konto nichts gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Secrets are kept in memory only and will be asked for again next time.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Geheimnisse werden nur im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it, or allow mTLS Desk to use it.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn oder erlauben Sie mTLS Desk, ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The bundled sandbox (mtls-sandbox) was not found next to the application.</source>
        <translation>Die mitgelieferte Sandbox (mtls-sandbox) wurde nicht neben der Anwendung gefunden.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped while starting: %1</source>
        <translation>Die Sandbox wurde beim Starten beendet: %1</translation>
    </message>
    <message>
        <source>The sandbox did not become ready in time.</source>
        <translation>Die Sandbox wurde nicht rechtzeitig bereit.</translation>
    </message>
    <message>
        <source>The sandbox started but did not report its address.</source>
        <translation>Die Sandbox wurde gestartet, hat aber ihre Adresse nicht gemeldet.</translation>
    </message>
    <message>
        <source>The connection to the service was lost before it answered.</source>
        <translation>Die Verbindung zum Dienst wurde unterbrochen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was incomplete: it was cut off on the way.</source>
        <translation>Die Antwort des Dienstes war unvollständig: Sie wurde unterwegs abgeschnitten.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The service did not save it, so it is safe to try again.</source>
        <translation>Der Dienst hat die Änderung nicht gespeichert, ein erneuter Versuch ist also unbedenklich.</translation>
    </message>
    <message>
        <source>Whether the service saved it could not be checked: refresh the list before trying again.</source>
        <translation>Ob der Dienst die Änderung gespeichert hat, ließ sich nicht prüfen: Aktualisieren Sie die Liste, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>P12Builder</name>
    <message>
        <source>The password has non-ASCII characters: Java refuses such passwords with the Java 17 profile&apos;s AES encryption. Use an ASCII password.</source>
        <translation>Das Passwort enthält Nicht-ASCII-Zeichen: Java lehnt solche Passwörter bei der AES-Verschlüsselung des Java-17-Profils ab. Verwenden Sie ein ASCII-Passwort.</translation>
    </message>
    <message>
        <source>The password has non-ASCII characters: some tools read them differently. An ASCII password is safer.</source>
        <translation>Das Passwort enthält Nicht-ASCII-Zeichen: Manche Werkzeuge lesen diese unterschiedlich. Ein ASCII-Passwort ist sicherer.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the PKCS#12 file: %1</source>
        <translation>OpenSSL konnte die PKCS#12-Datei nicht erstellen: %1</translation>
    </message>
    <message>
        <source>The subject needs a common name (CN).</source>
        <translation>Der Antragsteller braucht einen allgemeinen Namen (CN).</translation>
    </message>
    <message>
        <source>The country must be a two-letter code, such as US or DE.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, etwa US oder DE.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the key or the request: %1</source>
        <translation>OpenSSL konnte den Schlüssel oder die Anforderung nicht erstellen: %1</translation>
    </message>
    <message>
        <source>The private key cannot be read: it is not a PEM or DER key, or its password is wrong.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden: Er ist kein PEM- oder DER-Schlüssel, oder sein Passwort ist falsch.</translation>
    </message>
    <message>
        <source>One of the certificate files holds no certificate.</source>
        <translation>Eine der Zertifikatsdateien enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>None of the certificates belongs to this private key.</source>
        <translation>Keines der Zertifikate gehört zu diesem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue the certificate before it: check the chain&apos;s order and completeness.</source>
        <translation>„%1“ hat das vorhergehende Zertifikat nicht ausgestellt: Prüfen Sie Reihenfolge und Vollständigkeit der Kette.</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be opened with this password. Inspect it to see why.</source>
        <translation>Die PKCS#12-Datei kann mit diesem Passwort nicht geöffnet werden. Untersuchen Sie sie, um den Grund zu erfahren.</translation>
    </message>
    <message>
        <source>The PKCS#12 file has no private key with its certificate: there is nothing to re-wrap for mutual TLS.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel zu ihrem Zertifikat: Für mTLS gibt es nichts neu zu verpacken.</translation>
    </message>
</context>
<context>
    <name>P12BuilderDialog</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Java 17+ (AES-256, SHA-256 MAC) — recommended</source>
        <translation>Java 17+ (AES-256, SHA-256-MAC) – empfohlen</translation>
    </message>
    <message>
        <source>Widest compatibility (3DES, SHA-1 MAC), for old Java 8</source>
        <translation>Größte Kompatibilität (3DES, SHA-1-MAC), für altes Java 8</translation>
    </message>
</context>
<context>
    <name>P12Inspector</name>
    <message>
        <source>This is a PEM text file (%1), not a PKCS#12 file. Build a P12 from the key and certificate first.</source>
        <translation>Dies ist eine PEM-Textdatei (%1), keine PKCS#12-Datei. Erstellen Sie zuerst eine P12-Datei aus Schlüssel und Zertifikat.</translation>
    </message>
    <message>
        <source>This is a single certificate (DER), not a PKCS#12 file: it has no private key.</source>
        <translation>Dies ist ein einzelnes Zertifikat (DER), keine PKCS#12-Datei: Es enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The file is cut short: it is a PKCS#12 file, but %1 of its %2 bytes are missing. Copy or download it again.</source>
        <translation>Die Datei ist abgeschnitten: Es ist eine PKCS#12-Datei, aber %1 ihrer %2 Bytes fehlen. Kopieren Sie sie erneut oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The file is a damaged PKCS#12 file: its structure cannot be read. Copy or download it again.</source>
        <translation>Die Datei ist eine beschädigte PKCS#12-Datei: Ihre Struktur kann nicht gelesen werden. Kopieren Sie sie erneut oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>Dies ist keine PKCS#12-Datei (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Java refuses a password with non-ASCII characters when the file is encrypted with PBES2 (AES); use an ASCII password or the widest-compatibility profile.</source>
        <translation>Java lehnt ein Passwort mit Nicht-ASCII-Zeichen ab, wenn die Datei mit PBES2 (AES) verschlüsselt ist; verwenden Sie ein ASCII-Passwort oder das Profil für größte Kompatibilität.</translation>
    </message>
    <message>
        <source>Java reads PBES2 encryption only with AES; this file uses another cipher.</source>
        <translation>Java liest PBES2-Verschlüsselung nur mit AES; diese Datei verwendet ein anderes Verschlüsselungsverfahren.</translation>
    </message>
    <message>
        <source>Java refuses more than 5,000,000 iterations.</source>
        <translation>Java lehnt mehr als 5.000.000 Iterationen ab.</translation>
    </message>
    <message>
        <source>Java does not know the %1 integrity check (MAC).</source>
        <translation>Java kennt die Integritätsprüfung (MAC) %1 nicht.</translation>
    </message>
    <message>
        <source>Java cannot use %1 keys.</source>
        <translation>Java kann keine %1-Schlüssel verwenden.</translation>
    </message>
    <message>
        <source>Java 8 before 8u301 (and 11 before 11.0.12) cannot read PBES2 (AES) encryption.</source>
        <translation>Java 8 vor 8u301 (und 11 vor 11.0.12) kann keine PBES2-Verschlüsselung (AES) lesen.</translation>
    </message>
    <message>
        <source>Java 8 before 8u301 only checks SHA-1 integrity (MAC), not %1.</source>
        <translation>Java 8 vor 8u301 prüft die Integrität (MAC) nur mit SHA-1, nicht mit %1.</translation>
    </message>
    <message>
        <source>Java 8 cannot use %1 keys (Java 15+ can).</source>
        <translation>Java 8 kann keine %1-Schlüssel verwenden (Java 15+ kann es).</translation>
    </message>
    <message>
        <source>The file has no private key: the gateway cannot use it for mutual TLS.</source>
        <translation>Die Datei enthält keinen privaten Schlüssel: Das Gateway kann sie nicht für mTLS verwenden.</translation>
    </message>
    <message>
        <source>The private key does not belong to any certificate in the file.</source>
        <translation>Der private Schlüssel gehört zu keinem Zertifikat in der Datei.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Das Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is not allowed for client authentication (its extended key usage is %1); servers will refuse it for mutual TLS.</source>
        <translation>Das Zertifikat ist nicht für die Client-Authentifizierung zugelassen (seine erweiterte Schlüsselverwendung ist %1); Server werden es für mTLS ablehnen.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; 2048 or more is expected.</source>
        <translation>Der RSA-Schlüssel hat nur %1 Bit; erwartet werden 2048 oder mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed with SHA-1, which many servers reject.</source>
        <translation>„%1“ ist mit SHA-1 signiert, was viele Server ablehnen.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the partner&apos;s server must trust it explicitly.</source>
        <translation>Das Zertifikat ist selbstsigniert: Der Server des Partners muss ihm ausdrücklich vertrauen.</translation>
    </message>
    <message>
        <source>The chain does not reach a root certificate: include the intermediate and root certificates if the partner needs them.</source>
        <translation>Die Kette reicht nicht bis zu einem Stammzertifikat: Nehmen Sie die Zwischen- und Stammzertifikate auf, falls der Partner sie braucht.</translation>
    </message>
    <message>
        <source>Java would not load this file, so the service will refuse it. %1</source>
        <translation>Java würde diese Datei nicht laden, daher wird der Dienst sie ablehnen. %1</translation>
    </message>
    <message>
        <source>Older Java (8 before 8u301) would not load it: %1</source>
        <translation>Ältere Java-Versionen (8 vor 8u301) würden sie nicht laden: %1</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>Die Datei ist leer (0 Bytes).</translation>
    </message>
    <message>
        <source>The file is %1 MB: far too large to be a PKCS#12 file (they are a few KB).</source>
        <translation>Die Datei ist %1 MB groß: viel zu groß für eine PKCS#12-Datei (diese sind wenige KB groß).</translation>
    </message>
    <message>
        <source>The file is encrypted with %1, which this system cannot decrypt.</source>
        <translation>Die Datei ist mit %1 verschlüsselt, was dieses System nicht entschlüsseln kann.</translation>
    </message>
    <message>
        <source>The file is damaged: the password is right, but the file&apos;s contents were changed after it was made (its integrity check fails). Copy or download it again.</source>
        <translation>Die Datei ist beschädigt: Das Passwort ist richtig, aber der Inhalt der Datei wurde nach ihrer Erstellung verändert (ihre Integritätsprüfung schlägt fehl). Kopieren Sie sie erneut oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The password is wrong (or the file was damaged: nothing in it is encrypted, so the two cannot be told apart).</source>
        <translation>Das Passwort ist falsch (oder die Datei wurde beschädigt: Nichts darin ist verschlüsselt, daher lässt sich beides nicht unterscheiden).</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The file is damaged: its encrypted contents cannot be read even with the right password. Copy or download it again.</source>
        <translation>Die Datei ist beschädigt: Ihr verschlüsselter Inhalt kann selbst mit dem richtigen Passwort nicht gelesen werden. Kopieren Sie sie erneut oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The file&apos;s contents could not be read, although the password is right.</source>
        <translation>Der Inhalt der Datei konnte nicht gelesen werden, obwohl das Passwort richtig ist.</translation>
    </message>
</context>
<context>
    <name>P12ReportText</name>
    <message>
        <source>Unreadable: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Not usable for mutual TLS: fix the errors below.</source>
        <translation>Nicht für mTLS verwendbar: Beheben Sie die unten aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Usable for mutual TLS.</source>
        <translation>Für mTLS verwendbar.</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
    <message>
        <source>Encryption: keys %1; certificates %2; MAC %3; %4 iterations</source>
        <translation>Verschlüsselung: Schlüssel %1; Zertifikate %2; MAC %3; %4 Iterationen</translation>
    </message>
    <message>
        <source> (legacy algorithms, read with OpenSSL&apos;s legacy provider)</source>
        <translation> (veraltete Algorithmen, gelesen mit dem Legacy-Provider von OpenSSL)</translation>
    </message>
    <message>
        <source>Java 17+: %1; Java 8 before 8u301: %2</source>
        <translation>Java 17+: %1; Java 8 vor 8u301: %2</translation>
    </message>
    <message>
        <source>loads</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>does not load</source>
        <translation>wird nicht geladen</translation>
    </message>
    <message>
        <source>Private key: none</source>
        <translation>Privater Schlüssel: keiner</translation>
    </message>
    <message>
        <source>Private key: %1, %2</source>
        <translation>Privater Schlüssel: %1, %2</translation>
    </message>
    <message>
        <source>matches the first certificate</source>
        <translation>passt zum ersten Zertifikat</translation>
    </message>
    <message>
        <source>matches no certificate</source>
        <translation>passt zu keinem Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (leaf first):</source>
        <translation>Zertifikate (Endzertifikat zuerst):</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 %2 bits, %3</source>
        <translation>%1 %2 Bit, %3</translation>
    </message>
    <message>
        <source>, EKU %1</source>
        <translation>, EKU %1</translation>
    </message>
    <message>
        <source>, CA</source>
        <translation>, CA</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
</context>
<context>
    <name>P12View</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeStatus</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>The runtime ignores disabled mappings. Enable it in Mappings and save to use it.</source>
        <translation>Die Laufzeitumgebung ignoriert deaktivierte Zuordnungen. Aktivieren Sie die Zuordnung unter „Zuordnungen“ und speichern Sie, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Certificate missing</source>
        <translation>Zertifikat fehlt</translation>
    </message>
    <message>
        <source>Certificate %1 is not in the account. Calls to this URL cannot use mTLS until the mapping points at an existing certificate.</source>
        <translation>Zertifikat %1 ist nicht im Konto. Aufrufe dieser URL können kein mTLS verwenden, bis die Zuordnung auf ein vorhandenes Zertifikat verweist.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expired on %2. Replace it (Certificates, Replace) to restore the calls.</source>
        <translation>Zertifikat „%1“ ist am %2 abgelaufen. Ersetzen Sie es (Zertifikate, Ersetzen), damit die Aufrufe wieder funktionieren.</translation>
    </message>
    <message>
        <source>Certificate unavailable</source>
        <translation>Zertifikat nicht verfügbar</translation>
    </message>
    <message>
        <source>The service reports certificate &quot;%1&quot; as &quot;%2&quot;: it is not in both its vault and its database, so the runtime cannot use it. Upload it again.</source>
        <translation>Der Dienst meldet Zertifikat „%1“ als „%2“: Es ist nicht sowohl in seinem Tresor als auch in seiner Datenbank vorhanden, daher kann die Laufzeitumgebung es nicht verwenden. Laden Sie es erneut hoch.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last check did not get an answer for this mapping. Check again.</source>
        <translation>Die letzte Prüfung hat für diese Zuordnung keine Antwort erhalten. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation>Aktiv ab %1</translation>
    </message>
    <message>
        <source>Saved. The service&apos;s runtime picks up changes within about 5 minutes, so calls use this mapping from about %1.</source>
        <translation>Gespeichert. Die Laufzeitumgebung des Dienstes übernimmt Änderungen innerhalb von etwa 5 Minuten, daher verwenden Aufrufe diese Zuordnung ab etwa %1.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Run Check all to ask the service whether the runtime has this mapping.</source>
        <translation>Führen Sie „Alle prüfen“ aus, um den Dienst zu fragen, ob die Laufzeitumgebung diese Zuordnung kennt.</translation>
    </message>
    <message>
        <source>Saved, not live yet: the service&apos;s runtime picks up changes within about 5 minutes. Check again after %1.</source>
        <translation>Gespeichert, noch nicht aktiv: Die Laufzeitumgebung des Dienstes übernimmt Änderungen innerhalb von etwa 5 Minuten. Prüfen Sie nach %1 erneut.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The runtime has no mapping for this service and URL. If it was saved in the last 5 minutes, wait and check again; otherwise the URL or service differs from what is saved.</source>
        <translation>Die Laufzeitumgebung hat keine Zuordnung für diesen Dienst und diese URL. Wurde sie in den letzten 5 Minuten gespeichert, warten Sie und prüfen Sie erneut; andernfalls weicht die URL oder der Dienst vom gespeicherten Stand ab.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Live, but certificate &quot;%1&quot; expires on %2. Replace it before then.</source>
        <translation>Aktiv, aber Zertifikat „%1“ läuft am %2 ab. Ersetzen Sie es vorher.</translation>
    </message>
    <message>
        <source>Duplicate risk</source>
        <translation>Verwechslungsgefahr</translation>
    </message>
    <message>
        <source>Live, but another mapping has a variant of this URL (slash, case, port or query order). The runtime compares URLs exactly, so calls may pick the other certificate or none.</source>
        <translation>Aktiv, aber eine andere Zuordnung hat eine Variante dieser URL (Schrägstrich, Groß-/Kleinschreibung, Port oder Reihenfolge der Query-Parameter). Die Laufzeitumgebung vergleicht URLs exakt, daher erhalten Aufrufe möglicherweise das andere Zertifikat oder keines.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The runtime has this mapping: calls to this URL use certificate &quot;%1&quot;.</source>
        <translation>Die Laufzeitumgebung kennt diese Zuordnung: Aufrufe dieser URL verwenden Zertifikat „%1“.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>Noch nicht aktiv</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TlsAlerts</name>
    <message>
        <source>The server rejected the certificate: it does not trust the CA that issued it (%1).</source>
        <translation>Der Server hat das Zertifikat abgelehnt: Er vertraut der ausstellenden CA nicht (%1).</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent.</source>
        <translation>Der Server verlangt ein Client-Zertifikat, und es wurde keines gesendet.</translation>
    </message>
    <message>
        <source>The server rejected the certificate: it has expired or is not valid yet (%1).</source>
        <translation>Der Server hat das Zertifikat abgelehnt: Es ist abgelaufen oder noch nicht gültig (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate as invalid, for example a broken signature, a wrong key usage or an incomplete chain (%1).</source>
        <translation>Der Server hat das Zertifikat als ungültig abgelehnt, zum Beispiel wegen einer fehlerhaften Signatur, einer falschen Schlüsselverwendung oder einer unvollständigen Kette (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate: it does not accept this kind of certificate or key (%1).</source>
        <translation>Der Server hat das Zertifikat abgelehnt: Er akzeptiert diese Art von Zertifikat oder Schlüssel nicht (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate: its issuer has revoked it (%1).</source>
        <translation>Der Server hat das Zertifikat abgelehnt: Sein Aussteller hat es widerrufen (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate for a reason it did not name, often a missing client-authentication usage or an untrusted chain (%1).</source>
        <translation>Der Server hat das Zertifikat aus einem nicht genannten Grund abgelehnt, oft wegen einer fehlenden Verwendung für Client-Authentifizierung oder einer nicht vertrauenswürdigen Kette (%1).</translation>
    </message>
    <message>
        <source>The server verified the certificate but denied this client access (%1).</source>
        <translation>Der Server hat das Zertifikat verifiziert, diesem Client aber den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The server ended the handshake: the two sides share no protocol settings, or it needed a client certificate it did not get (%1).</source>
        <translation>Der Server hat den Handshake beendet: Die beiden Seiten haben keine gemeinsamen Protokolleinstellungen, oder er brauchte ein Client-Zertifikat, das er nicht erhalten hat (%1).</translation>
    </message>
    <message>
        <source>The server does not support the TLS versions this computer offers (%1).</source>
        <translation>Der Server unterstützt die TLS-Versionen nicht, die dieser Computer anbietet (%1).</translation>
    </message>
    <message>
        <source>The server requires stronger ciphers than this computer offers (%1).</source>
        <translation>Der Server verlangt stärkere Verschlüsselungsverfahren, als dieser Computer anbietet (%1).</translation>
    </message>
    <message>
        <source>The server could not verify a signature made with the client&apos;s key: the key may not match the certificate, or the server does not accept its algorithm (%1).</source>
        <translation>Der Server konnte eine mit dem Schlüssel des Clients erstellte Signatur nicht verifizieren: Möglicherweise passt der Schlüssel nicht zum Zertifikat, oder der Server akzeptiert seinen Algorithmus nicht (%1).</translation>
    </message>
    <message>
        <source>The server could not understand a handshake message from this computer (%1).</source>
        <translation>Der Server konnte eine Handshake-Nachricht dieses Computers nicht verstehen (%1).</translation>
    </message>
    <message>
        <source>The server does not serve the host name that was asked for (%1).</source>
        <translation>Der Server bedient den angefragten Hostnamen nicht (%1).</translation>
    </message>
    <message>
        <source>The server and this computer share no application protocol (%1).</source>
        <translation>Der Server und dieser Computer haben kein gemeinsames Anwendungsprotokoll (%1).</translation>
    </message>
    <message>
        <source>The server reported an internal error during the handshake (%1).</source>
        <translation>Der Server hat während des Handshakes einen internen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>The server refused a downgraded connection (%1).</source>
        <translation>Der Server hat eine herabgestufte Verbindung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server cancelled the handshake (%1).</source>
        <translation>Der Server hat den Handshake abgebrochen (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>Der Server hat die Verbindung geschlossen (%1).</translation>
    </message>
    <message>
        <source>The server ended the connection with the TLS alert &quot;%1&quot;.</source>
        <translation>Der Server hat die Verbindung mit der TLS-Warnmeldung „%1“ beendet.</translation>
    </message>
    <message>
        <source>This computer rejected the server&apos;s certificate (%1).</source>
        <translation>Dieser Computer hat das Zertifikat des Servers abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This computer does not accept the TLS version the server chose (%1).</source>
        <translation>Dieser Computer akzeptiert die vom Server gewählte TLS-Version nicht (%1).</translation>
    </message>
    <message>
        <source>This computer and the server share no acceptable cipher or signature algorithm (%1).</source>
        <translation>Dieser Computer und der Server haben kein gemeinsames akzeptables Verschlüsselungs- oder Signaturverfahren (%1).</translation>
    </message>
    <message>
        <source>This computer closed the connection (%1).</source>
        <translation>Dieser Computer hat die Verbindung geschlossen (%1).</translation>
    </message>
    <message>
        <source>This computer ended the connection with the TLS alert &quot;%1&quot;.</source>
        <translation>Dieser Computer hat die Verbindung mit der TLS-Warnmeldung „%1“ beendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid and trusted.</source>
        <translation>Das Zertifikat des Servers ist gültig und vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by a CA that this computer does not trust; add the CA file or ask the server to send its full chain (%1).</source>
        <translation>Das Zertifikat des Servers wurde von einer CA ausgestellt, der dieser Computer nicht vertraut; fügen Sie die CA-Datei hinzu oder bitten Sie den Serverbetreiber, die vollständige Kette zu senden (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted by this computer (%1).</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert, und dieser Computer vertraut ihm nicht (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s chain ends in a root CA that this computer does not trust (%1).</source>
        <translation>Die Kette des Servers endet bei einer Stamm-CA, der dieser Computer nicht vertraut (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (or one in its chain) has expired (%1).</source>
        <translation>Das Zertifikat des Servers (oder eines in seiner Kette) ist abgelaufen (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (or one in its chain) is not valid yet; check this computer&apos;s clock (%1).</source>
        <translation>Das Zertifikat des Servers (oder eines in seiner Kette) ist noch nicht gültig; prüfen Sie die Uhr dieses Computers (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the host name in the URL (%1).</source>
        <translation>Das Zertifikat des Servers ist für den Hostnamen in der URL nicht gültig (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the IP address in the URL (%1).</source>
        <translation>Das Zertifikat des Servers ist für die IP-Adresse in der URL nicht gültig (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked (%1).</source>
        <translation>Das Zertifikat des Servers wurde widerrufen (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for TLS servers (%1).</source>
        <translation>Das Zertifikat des Servers ist nicht für TLS-Server bestimmt (%1).</translation>
    </message>
    <message>
        <source>A signature in the server&apos;s chain does not verify (%1).</source>
        <translation>Eine Signatur in der Kette des Servers lässt sich nicht verifizieren (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s chain uses a key or digest weaker than this computer accepts (%1).</source>
        <translation>Die Kette des Servers verwendet einen Schlüssel oder Hash, der schwächer ist, als dieser Computer akzeptiert (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1).</source>
        <translation>Das Zertifikat des Servers konnte nicht verifiziert werden (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Set up mutual TLS with an mTLS gateway.</source>
        <translation>mTLS mit einem mTLS-Gateway einrichten.</translation>
    </message>
    <message>
        <source>Start in this environment: sandbox, production or custom.</source>
        <translation>In dieser Umgebung starten: sandbox, production oder custom.</translation>
    </message>
    <message>
        <source>Domain API host of the custom environment.</source>
        <translation>Domain-API-Host der benutzerdefinierten Umgebung.</translation>
    </message>
    <message>
        <source>Data directory of the built-in sandbox (default: in the app&apos;s data).</source>
        <translation>Datenverzeichnis der eingebauten Sandbox (Standard: in den Daten der App).</translation>
    </message>
    <message>
        <source>Open the set-up wizard.</source>
        <translation>Den Einrichtungsassistenten öffnen.</translation>
    </message>
    <message>
        <source>Show the interface in this language (de, en, he) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>Die Benutzeroberfläche in dieser Sprache anzeigen (de, en, he) statt in der in den Einstellungen gewählten oder der des Systems.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::AuditCanvas</name>
    <message>
        <source>Audit diagram</source>
        <translation>Prüfbericht-Diagramm</translation>
    </message>
    <message>
        <source>Nothing to show yet: the account&apos;s certificates and mappings appear here once they are loaded (Check all on the Status tab loads them).</source>
        <translation>Noch nichts anzuzeigen: Die Zertifikate und Zuordnungen des Kontos erscheinen hier, sobald sie geladen sind („Alle prüfen“ auf der Registerkarte „Status“ lädt sie).</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::AuditView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Build the audit again from what the Status tab shows now</source>
        <translation>Den Prüfbericht neu aus dem aktuellen Stand der Registerkarte „Status“ erstellen</translation>
    </message>
    <message>
        <source>&amp;PDF document…</source>
        <translation>&amp;PDF-Dokument…</translation>
    </message>
    <message>
        <source>&amp;HTML page…</source>
        <translation>&amp;HTML-Seite…</translation>
    </message>
    <message>
        <source>&amp;CSV table…</source>
        <translation>&amp;CSV-Tabelle…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ve&amp;rgrößern</translation>
    </message>
    <message>
        <source>Ac&amp;tual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>Ei&amp;npassen</translation>
    </message>
    <message>
        <source>Audit counts</source>
        <translation>Prüfbericht-Kennzahlen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %n</source>
        <translation>
            <numerusform>Zertifikate: %n</numerusform>
            <numerusform>Zertifikate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings: %n</source>
        <translation>
            <numerusform>Zuordnungen: %n</numerusform>
            <numerusform>Zuordnungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphan certificates: %n</source>
        <translation>
            <numerusform>Verwaiste Zertifikate: %n</numerusform>
            <numerusform>Verwaiste Zertifikate: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings with a missing certificate: %n</source>
        <translation>
            <numerusform>Zuordnungen mit fehlendem Zertifikat: %n</numerusform>
            <numerusform>Zuordnungen mit fehlendem Zertifikat: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring or expired certificates: %n</source>
        <translation>
            <numerusform>Ablaufende oder abgelaufene Zertifikate: %n</numerusform>
            <numerusform>Ablaufende oder abgelaufene Zertifikate: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>Das PDF %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the mapping audit</source>
        <translation>Zuordnungs-Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved %1. SHA-256 of the audit&apos;s content (its CSV export): %2</source>
        <translation>%1 gespeichert. SHA-256 des Prüfberichtsinhalts (seines CSV-Exports): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend:&lt;/b&gt; certificates on the left, mappings grouped by service on the right; a line joins each mapping to the certificate it uses (far apart: an arrow with its name). &lt;span style=&apos;color:#b35c00&apos;&gt;Dashed amber border&lt;/span&gt;: a certificate no mapping uses. &lt;span style=&apos;color:#c01c28&apos;&gt;Red&lt;/span&gt;: a missing or expired certificate, or a mapping with a problem. &lt;span style=&apos;color:#b35c00&apos;&gt;Amber&lt;/span&gt;: a certificate that expires within %1 days, or a warning. Every mark is also written in the box. Hover a box for details; hold %2 and turn the mouse wheel to zoom.</source>
        <translation>&lt;b&gt;Legende:&lt;/b&gt; links die Zertifikate, rechts die Zuordnungen nach Dienst gruppiert; eine Linie verbindet jede Zuordnung mit dem Zertifikat, das sie verwendet (bei großem Abstand: ein Pfeil mit dem Namen des Zertifikats). &lt;span style=&apos;color:#b35c00&apos;&gt;Gestrichelter orangefarbener Rahmen&lt;/span&gt;: ein Zertifikat, das keine Zuordnung verwendet. &lt;span style=&apos;color:#c01c28&apos;&gt;Rot&lt;/span&gt;: ein fehlendes oder abgelaufenes Zertifikat oder eine Zuordnung mit einem Problem. &lt;span style=&apos;color:#b35c00&apos;&gt;Orange&lt;/span&gt;: ein Zertifikat, das innerhalb von %1 Tagen abläuft, oder eine Warnung. Jede Markierung steht auch als Text im Kasten. Zeigen Sie mit der Maus auf einen Kasten, um Details zu sehen; halten Sie %2 gedrückt und drehen Sie das Mausrad, um zu zoomen.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateDelegate</name>
    <message>
        <source>(choose a certificate)</source>
        <translation>(Zertifikat auswählen)</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · Ablauf: %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Certificate id %1</source>
        <translation>Zertifikats-ID %1</translation>
    </message>
    <message>
        <source>%1 (not in the account)</source>
        <translation>%1 (nicht im Konto)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateGenerateJob</name>
    <message>
        <source>Enter a certificate name.</source>
        <translation>Geben Sie einen Zertifikatsnamen ein.</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, a–z and digits.</source>
        <translation>Der Name darf nur die Buchstaben A–Z, a–z und Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The password must be 8 to 500 characters long.</source>
        <translation>Das Passwort muss 8 bis 500 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The password needs at least one digit.</source>
        <translation>Das Passwort muss mindestens eine Ziffer enthalten.</translation>
    </message>
    <message>
        <source>The password needs at least one lower-case letter.</source>
        <translation>Das Passwort muss mindestens einen Kleinbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The password needs at least one upper-case letter.</source>
        <translation>Das Passwort muss mindestens einen Großbuchstaben enthalten.</translation>
    </message>
    <message>
        <source>The password needs at least one of %1</source>
        <translation>Das Passwort muss mindestens eines dieser Zeichen enthalten: %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateManager</name>
    <message>
        <source>Log in first: certificate calls need a session with the Login Service.</source>
        <translation>Melden Sie sich zuerst an: Zertifikatsaufrufe brauchen eine Sitzung beim Login-Dienst.</translation>
    </message>
    <message>
        <source>The account has no mtlsGateway domain. Check the Domains step.</source>
        <translation>Das Konto hat keine mtlsGateway-Domäne. Prüfen Sie den Schritt „Domänen“.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Loading the certificates</source>
        <translation>Laden der Zertifikate</translation>
    </message>
    <message>
        <source>Updating certificate &quot;%1&quot;</source>
        <translation>Aktualisieren des Zertifikats „%1“</translation>
    </message>
    <message>
        <source>Uploading certificate &quot;%1&quot;</source>
        <translation>Hochladen des Zertifikats „%1“</translation>
    </message>
    <message>
        <source>Deleting certificate &quot;%1&quot;</source>
        <translation>Löschen des Zertifikats „%1“</translation>
    </message>
    <message>
        <source>Generating certificate &quot;%1&quot;</source>
        <translation>Erzeugen des Zertifikats „%1“</translation>
    </message>
    <message>
        <source>Testing the P12 file with the service</source>
        <translation>Testen der P12-Datei mit dem Dienst</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateUploadDialog</name>
    <message>
        <source>Upload a certificate</source>
        <translation>Zertifikat hochladen</translation>
    </message>
    <message>
        <source>The service stores the file and its password, and gives the certificate an id that mappings refer to. It accepts only files a Java runtime can load: test the file in the P12 workbench first.</source>
        <translation>Der Dienst speichert die Datei und ihr Passwort und vergibt für das Zertifikat eine ID, auf die Zuordnungen verweisen. Er akzeptiert nur Dateien, die eine Java-Laufzeitumgebung laden kann: Testen Sie die Datei zuerst in der P12-Werkbank.</translation>
    </message>
    <message>
        <source>Replace certificate &quot;%1&quot;</source>
        <translation>Zertifikat „%1“ ersetzen</translation>
    </message>
    <message>
        <source>The new file takes the place of the old one under the same id, so every mapping that uses this certificate uses the new file (after the service&apos;s ~5 minute cache).</source>
        <translation>Die neue Datei tritt unter derselben ID an die Stelle der alten, sodass jede Zuordnung, die dieses Zertifikat verwendet, die neue Datei verwendet (nach Ablauf des ~5-minütigen Caches des Dienstes).</translation>
    </message>
    <message>
        <source>Rename certificate &quot;%1&quot;</source>
        <translation>Zertifikat „%1“ umbenennen</translation>
    </message>
    <message>
        <source>The service renames a certificate only together with its file: choose the file (the current one or a renewed one) and its password, then the new name.</source>
        <translation>Der Dienst benennt ein Zertifikat nur zusammen mit seiner Datei um: Wählen Sie die Datei (die aktuelle oder eine erneuerte) und ihr Passwort, dann den neuen Namen.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesModel</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag abgelaufen)</numerusform>
            <numerusform>%1 (vor %n Tagen abgelaufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1 (läuft heute ab)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unavailable (%1)</source>
        <translation>Nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no mapping</source>
        <translation>keine Zuordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This certificate has expired: the service no longer uses it. Replace it with a renewed file.</source>
        <translation>Dieses Zertifikat ist abgelaufen: Der Dienst verwendet es nicht mehr. Ersetzen Sie es durch eine erneuerte Datei.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in less than %n day(s): replace it before then.</source>
        <translation>
            <numerusform>Dieses Zertifikat läuft in weniger als %n Tag ab: Ersetzen Sie es vorher.</numerusform>
            <numerusform>Dieses Zertifikat läuft in weniger als %n Tagen ab: Ersetzen Sie es vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service reports this certificate as not available (it must be in both its vault and its database, and not expired).</source>
        <translation>Der Dienst meldet dieses Zertifikat als nicht verfügbar (es muss sowohl in seinem Tresor als auch in seiner Datenbank vorhanden und darf nicht abgelaufen sein).</translation>
    </message>
    <message>
        <source>The service did not give an expiration date for this certificate.</source>
        <translation>Der Dienst hat für dieses Zertifikat kein Ablaufdatum angegeben.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>Zur Anmeldun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>Hoch&amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>&amp;Handshake test…</source>
        <translation>Handshake-&amp;Test…</translation>
    </message>
    <message>
        <source>Search by name, id or status</source>
        <translation>Nach Name, ID oder Status suchen</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>Zertifikate durchsuchen</translation>
    </message>
    <message>
        <source>Certificates of the account</source>
        <translation>Zertifikate des Kontos</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>The account has no certificates yet. Upload one, or generate one with the service.</source>
        <translation>Das Konto hat noch keine Zertifikate. Laden Sie eines hoch oder lassen Sie eines vom Dienst erzeugen.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n Zertifikat.</numerusform>
            <numerusform>%n Zertifikate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; saved with id %2.</source>
        <translation>Zertifikat „%1“ mit der ID %2 gespeichert.</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (id %2) updated.</source>
        <translation>Zertifikat „%1“ (ID %2) aktualisiert.</translation>
    </message>
    <message>
        <source>Mappings see the change after the service&apos;s ~5 minute cache.</source>
        <translation>Zuordnungen sehen die Änderung nach Ablauf des ~5-minütigen Caches des Dienstes.</translation>
    </message>
    <message>
        <source>Certificate deleted.</source>
        <translation>Zertifikat gelöscht.</translation>
    </message>
    <message>
        <source>Loading the certificates…</source>
        <translation>Zertifikate werden geladen…</translation>
    </message>
    <message>
        <source>Delete certificate &quot;%1&quot; (id %2) from the account?</source>
        <translation>Zertifikat „%1“ (ID %2) aus dem Konto löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) use this certificate: calls to their URLs will go out without a client certificate and will fail once the service&apos;s cache refreshes (about 5 minutes).</source>
        <translation>
            <numerusform>%n Zuordnung verwendet dieses Zertifikat: Aufrufe ihrer URL werden ohne Client-Zertifikat gesendet und schlagen fehl, sobald der Cache des Dienstes aktualisiert wird (nach etwa 5 Minuten).</numerusform>
            <numerusform>%n Zuordnungen verwenden dieses Zertifikat: Aufrufe ihrer URLs werden ohne Client-Zertifikat gesendet und schlagen fehl, sobald der Cache des Dienstes aktualisiert wird (nach etwa 5 Minuten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings that use it stop working after about 5 minutes.</source>
        <translation>Zuordnungen, die es verwenden, funktionieren nach etwa 5 Minuten nicht mehr.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Handshake test — %1</source>
        <translation>Handshake-Test – %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CheckPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Send a &amp;test request…</source>
        <translation>&amp;Testanfrage senden…</translation>
    </message>
    <message>
        <source>Check that the mapping is live</source>
        <translation>Prüfen, ob die Zuordnung aktiv ist</translation>
    </message>
    <message>
        <source>The gateway&apos;s check-mapping says whether its runtime presents a certificate for this service and exact URL. Saved changes reach the runtime through a cache after about 5 minutes.</source>
        <translation>Der check-mapping-Aufruf des Gateways gibt an, ob seine Laufzeitumgebung für diesen Dienst und genau diese URL ein Zertifikat vorlegt. Gespeicherte Änderungen erreichen die Laufzeitumgebung über einen Cache nach etwa 5 Minuten.</translation>
    </message>
    <message>
        <source>Until the cache picks the mapping up it is &quot;not live yet&quot;: this step shows when it should be live and checks again by itself. You can finish the wizard now; the Dashboard shows every mapping&apos;s status later.</source>
        <translation>Bis der Cache die Zuordnung übernimmt, ist sie „noch nicht aktiv“: Dieser Schritt zeigt, ab wann sie aktiv sein sollte, und prüft selbstständig erneut. Sie können den Assistenten jetzt fertigstellen; die Übersicht zeigt später den Status jeder Zuordnung.</translation>
    </message>
    <message>
        <source>Like every request of mTLS Desk, these checks are paced so that the account stays under the service&apos;s limit of 10 requests per second.</source>
        <translation>Wie alle Anfragen von mTLS Desk werden diese Prüfungen so getaktet, dass das Konto unter dem Limit des Dienstes von 10 Anfragen pro Sekunde bleibt.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>No mapping was saved in the previous step: go back and save one first.</source>
        <translation>Im vorigen Schritt wurde keine Zuordnung gespeichert: Gehen Sie zurück und speichern Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: %2 · %3</source>
        <translation>Zuordnung „%1“: %2 · %3</translation>
    </message>
    <message>
        <source>Another check is running (Dashboard); this mapping is checked right after it.</source>
        <translation>Eine andere Prüfung läuft (Übersicht); diese Zuordnung wird direkt danach geprüft.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Gateway wird abgefragt…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <source>The mapping is not in the account&apos;s saved list yet.</source>
        <translation>Die Zuordnung ist noch nicht in der gespeicherten Liste des Kontos.</translation>
    </message>
    <message>
        <source>Checking again at %1, and every %2 seconds until it is live.</source>
        <translation>Erneute Prüfung um %1 und danach alle %2 Sekunden, bis sie aktiv ist.</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s cache.</source>
        <translation>Warten auf den Cache des Gateways.</translation>
    </message>
    <message>
        <source>The gateway presents the certificate when %1 calls this URL.</source>
        <translation>Das Gateway legt das Zertifikat vor, wenn %1 diese URL aufruft.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DashboardModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DashboardPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>Zur Anmeldun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Send one request through the gateway&apos;s forward endpoint, as the runtime does: the gateway finds the certificate by service and exact URL, calls the URL with it and returns the answer unchanged.</source>
        <translation>Senden Sie eine Anfrage über den Weiterleitungs-Endpunkt des Gateways, so wie es die Laufzeitumgebung tut: Das Gateway findet das Zertifikat anhand von Dienst und exakter URL, ruft die URL damit auf und gibt die Antwort unverändert zurück.</translation>
    </message>
    <message>
        <source>For&amp;ward test</source>
        <translation>&amp;Weiterleitungstest</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfbericht</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Nothing to check: no saved mapping is enabled.</source>
        <translation>Nichts zu prüfen: Keine gespeicherte Zuordnung ist aktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n enabled mapping(s) with the gateway.</source>
        <translation>
            <numerusform>%n aktivierte Zuordnung beim Gateway geprüft.</numerusform>
            <numerusform>%n aktivierte Zuordnungen beim Gateway geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check canceled: the table shows the answers that arrived.</source>
        <translation>Prüfung abgebrochen: Die Tabelle zeigt die bereits eingegangenen Antworten.</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>Alle p&amp;rüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Show mappings with status</source>
        <translation>Zuordnungen mit Status anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Mappings that do not work or need attention (errors and warnings)</source>
        <translation>Zuordnungen, die nicht funktionieren oder Aufmerksamkeit erfordern (Fehler und Warnungen)</translation>
    </message>
    <message>
        <source>Search by name, service, URL or certificate</source>
        <translation>Nach Name, Dienst, URL oder Zertifikat suchen</translation>
    </message>
    <message>
        <source>Search the dashboard</source>
        <translation>Übersicht durchsuchen</translation>
    </message>
    <message>
        <source>Runtime status of the mappings</source>
        <translation>Laufzeitstatus der Zuordnungen</translation>
    </message>
    <message>
        <source>Double-click a mapping to send a test request to its URL.</source>
        <translation>Doppelklicken Sie auf eine Zuordnung, um eine Testanfrage an ihre URL zu senden.</translation>
    </message>
    <message>
        <source>Status of the selected mapping</source>
        <translation>Status der ausgewählten Zuordnung</translation>
    </message>
    <message>
        <source>Saved changes reach the gateway&apos;s runtime about 5 minutes after saving (its cache): until then a mapping is &quot;not live yet&quot;, with the time it should be live. Check all asks the gateway&apos;s check-mapping in batches of up to %1 URLs per request, paced at 10 requests per second like every call to the service.</source>
        <translation>Gespeicherte Änderungen erreichen die Laufzeitumgebung des Gateways etwa 5 Minuten nach dem Speichern (über ihren Cache): Bis dahin ist eine Zuordnung „noch nicht aktiv“, mit dem Zeitpunkt, ab dem sie aktiv sein sollte. „Alle prüfen“ fragt check-mapping des Gateways in Stapeln von bis zu %1 URLs pro Anfrage ab, mit höchstens 10 Anfragen pro Sekunde wie bei jedem Aufruf des Dienstes.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Checking the saved mappings with the gateway…</source>
        <translation>Gespeicherte Zuordnungen werden beim Gateway geprüft…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>A check is running.</source>
        <translation>Eine Prüfung läuft.</translation>
    </message>
    <message>
        <source>Ask the gateway about every saved, enabled mapping (%1)</source>
        <translation>Das Gateway zu jeder gespeicherten, aktivierten Zuordnung abfragen (%1)</translation>
    </message>
    <message>
        <source>Select a mapping to see what the runtime makes of it and what to do.</source>
        <translation>Wählen Sie eine Zuordnung aus, um zu sehen, wie die Laufzeitumgebung sie behandelt und was zu tun ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; — %2. %3</source>
        <translation>„%1“ – %2. %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsModel</name>
    <message>
        <source>Double-click to use another host for %1 (host or host:port). Leave empty to use the discovered one.</source>
        <translation>Doppelklicken, um für %1 einen anderen Host zu verwenden (host oder host:port). Leer lassen, um den ermittelten zu verwenden.</translation>
    </message>
    <message>
        <source>Not discovered: mTLS Desk needs this domain.</source>
        <translation>Nicht ermittelt: mTLS Desk braucht diese Domäne.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Discovered (CSDS)</source>
        <translation>Ermittelt (CSDS)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Verwendet</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsPage</name>
    <message>
        <source>Service domains</source>
        <translation>Dienstdomänen</translation>
    </message>
    <message>
        <source>Domains are looked up for your account every time, because the service may move them. Override one only when LivePerson support asks you to.</source>
        <translation>Die Domänen werden für Ihr Konto jedes Mal neu abgefragt, da der Dienst sie verlagern kann. Überschreiben Sie eine nur, wenn der LivePerson-Support Sie darum bittet.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsView</name>
    <message>
        <source>&amp;Discover again</source>
        <translation>E&amp;rneut ermitteln</translation>
    </message>
    <message>
        <source>The Domain API (CSDS) tells which host serves each part of the service for this account. mTLS Desk uses mtlsGateway for certificates and runtime calls, accountConfigReadWrite for mappings and agentVep for the Login Service. Double-click an Override cell to pin another host.</source>
        <translation>Die Domain-API (CSDS) gibt an, welcher Host für dieses Konto welchen Teil des Dienstes bereitstellt. mTLS Desk verwendet mtlsGateway für Zertifikate und Laufzeitaufrufe, accountConfigReadWrite für Zuordnungen und agentVep für den Login-Dienst. Doppelklicken Sie auf eine Zelle der Spalte „Überschreibung“, um einen anderen Host festzulegen.</translation>
    </message>
    <message>
        <source>Service domains</source>
        <translation>Dienstdomänen</translation>
    </message>
    <message>
        <source>Log in first: the domains are discovered for the account.</source>
        <translation>Melden Sie sich zuerst an: Die Domänen werden für das Konto ermittelt.</translation>
    </message>
    <message>
        <source>Not discovered: %1. Press Discover again; if it stays missing, set the override that LivePerson support gives you.</source>
        <translation>Nicht ermittelt: %1. Klicken Sie auf „Erneut ermitteln“; fehlt die Domäne weiterhin, legen Sie die Überschreibung fest, die Ihnen der LivePerson-Support nennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) discovered for account %1.</source>
        <translation>
            <numerusform>%n Domäne für Konto %1 ermittelt.</numerusform>
            <numerusform>%n Domänen für Konto %1 ermittelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <source>Discovering domains</source>
        <translation>Ermitteln der Domänen</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::EnvironmentBadge</name>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>BENUTZERDEFINIERT</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>kein Konto</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Environment %1, %2</source>
        <translation>Umgebung %1, %2</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::ForwardResponseView</name>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gateway could not get an answer from the remote side (HTTP 424).&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das Gateway hat von der Gegenseite keine Antwort erhalten (HTTP 424).&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Message from transport: %1</source>
        <translation>Meldung der Transportschicht: %1</translation>
    </message>
    <message>
        <source>Error from transport: %1</source>
        <translation>Fehler der Transportschicht: %1</translation>
    </message>
    <message>
        <source>Check that the URL is reachable from the gateway and that the remote side accepts the mapped certificate.</source>
        <translation>Prüfen Sie, ob die URL vom Gateway aus erreichbar ist und ob die Gegenseite das zugeordnete Zertifikat akzeptiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gateway may have found no mapping for this URL and service (HTTP %1).&lt;/b&gt; With &quot;Stop if no certificate is mapped&quot; on, this is how it refuses the call. Check the exact URL (query included), the service name, and that the mapping is live (saved changes take about 5 minutes).</source>
        <translation>&lt;b&gt;Das Gateway hat für diese URL und diesen Dienst möglicherweise keine Zuordnung gefunden (HTTP %1).&lt;/b&gt; Ist „Anhalten, wenn kein Zertifikat zugeordnet ist“ eingeschaltet, lehnt es den Aufruf auf diese Weise ab. Prüfen Sie die exakte URL (einschließlich Query-String), den Dienstnamen und ob die Zuordnung aktiv ist (gespeicherte Änderungen brauchen etwa 5 Minuten).</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>Der Dienst meldet: %1</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
    <message>
        <source>Body (%1)</source>
        <translation>Inhalt (%1)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>(empty body · %1)</source>
        <translation>(leerer Inhalt · %1)</translation>
    </message>
    <message>
        <source>Binary body (%1, %2). The first bytes:</source>
        <translation>Binärer Inhalt (%1, %2). Die ersten Bytes:</translation>
    </message>
    <message>
        <source>… (%1 more not shown)</source>
        <translation>… (%1 weitere nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::ForwardTesterPanel</name>
    <message>
        <source>Sto&amp;p if no certificate is mapped</source>
        <translation>Anhalten, wenn &amp;kein Zertifikat zugeordnet ist</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzl&amp;iche Header:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation>Als curl k&amp;opieren</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Forward URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>https://partner.example/api/token (exactly as mapped, query included)</source>
        <translation>https://partner.example/api/token (genau wie zugeordnet, einschließlich Query-String)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Sent as LP-service-name. Leave empty to send none.</source>
        <translation>Wird als LP-service-name gesendet. Leer lassen, um keinen zu senden.</translation>
    </message>
    <message>
        <source>LP-stop-if-certificate-not-found: when no mapping matches, the gateway answers with an error instead of calling the URL over plain TLS.</source>
        <translation>LP-stop-if-certificate-not-found: Wenn keine Zuordnung passt, antwortet das Gateway mit einem Fehler, statt die URL über einfaches TLS aufzurufen.</translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation>Authorization-Überschreibung</translation>
    </message>
    <message>
        <source>optional, e.g. Bearer … (sent to the remote side, never stored)</source>
        <translation>optional, z. B. Bearer … (wird an die Gegenseite gesendet, nie gespeichert)</translation>
    </message>
    <message>
        <source>LP-authorization-override: the Authorization header the gateway sends to the URL. It is a secret: it is not saved, logged or copied.</source>
        <translation>LP-authorization-override: der Authorization-Header, den das Gateway an die URL sendet. Er ist geheim: Er wird weder gespeichert noch protokolliert oder kopiert.</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>Wert anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Content type of the body</source>
        <translation>Inhaltstyp des Anfrageinhalts</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>Zusätzliche Anfrage-Header</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Body, content &amp;type:</source>
        <translation>Inhalt, Inhalts&amp;typ:</translation>
    </message>
    <message>
        <source>Copies a curl command for this request. The AppKey signature and the Authorization override are left as placeholders.</source>
        <translation>Kopiert einen curl-Befehl für diese Anfrage. Die AppKey-Signatur und die Authorization-Überschreibung bleiben Platzhalter.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden läuft</translation>
    </message>
    <message>
        <source>Request through the gateway</source>
        <translation>Anfrage über das Gateway</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Gespeicherte &amp;Zuordnung:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>Dienstna&amp;me:</translation>
    </message>
    <message>
        <source>Authori&amp;zation override:</source>
        <translation>Authorization-Ü&amp;berschreibung:</translation>
    </message>
    <message>
        <source>(no saved mappings: type a URL)</source>
        <translation>(keine gespeicherten Zuordnungen: URL eingeben)</translation>
    </message>
    <message>
        <source>(none: type a URL below)</source>
        <translation>(keine: URL unten eingeben)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %2 (disabled)</source>
        <translation>%1 – %2 (deaktiviert)</translation>
    </message>
    <message>
        <source>Pick a saved mapping, or type the full URL the gateway should call.</source>
        <translation>Wählen Sie eine gespeicherte Zuordnung oder geben Sie die vollständige URL ein, die das Gateway aufrufen soll.</translation>
    </message>
    <message>
        <source>✓ The saved mapping &quot;%1&quot; has this exact URL for %2.</source>
        <translation>✓ Die gespeicherte Zuordnung „%1“ hat genau diese URL für %2.</translation>
    </message>
    <message>
        <source>⚠ No saved mapping has this exact URL for %1: the gateway will refuse the call.</source>
        <translation>⚠ Keine gespeicherte Zuordnung hat genau diese URL für %1: Das Gateway wird den Aufruf ablehnen.</translation>
    </message>
    <message>
        <source>an empty service name</source>
        <translation>einen leeren Dienstnamen</translation>
    </message>
    <message>
        <source>⚠ No saved mapping has this exact URL for %1: the gateway calls it without a client certificate.</source>
        <translation>⚠ Keine gespeicherte Zuordnung hat genau diese URL für %1: Das Gateway ruft sie ohne Client-Zertifikat auf.</translation>
    </message>
    <message>
        <source>%1 sends no body.</source>
        <translation>%1 sendet keinen Inhalt.</translation>
    </message>
    <message>
        <source>Sent to the URL byte for byte.</source>
        <translation>Wird Byte für Byte an die URL gesendet.</translation>
    </message>
    <message>
        <source>✓ Valid JSON (%1).</source>
        <translation>✓ Gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>⚠ Not valid JSON (%1 at offset %2); it is sent as it is.</source>
        <translation>⚠ Kein gültiges JSON (%1 bei Offset %2); es wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>Extra &amp;headers (%1):</source>
        <translation>Zusätzl&amp;iche Header (%1):</translation>
    </message>
    <message>
        <source>Enter the URL to call, or pick a saved mapping.</source>
        <translation>Geben Sie die aufzurufende URL ein oder wählen Sie eine gespeicherte Zuordnung.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the form (URL, service, override or content type): remove it from the table.</source>
        <translation>Der Header „%1“ wird vom Formular gesetzt (URL, Dienst, Überschreibung oder Inhaltstyp): Entfernen Sie ihn aus der Tabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>„%1“ ist kein Header-Name.</translation>
    </message>
    <message>
        <source>Copied a curl command to the clipboard (with placeholders for the AppKey signature and any Authorization override).</source>
        <translation>Ein curl-Befehl wurde in die Zwischenablage kopiert (mit Platzhaltern für die AppKey-Signatur und eine etwaige Authorization-Überschreibung).</translation>
    </message>
    <message>
        <source>The forward could not start.</source>
        <translation>Die Weiterleitung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sending %1 %2 through the gateway…</source>
        <translation>%1 %2 wird über das Gateway gesendet…</translation>
    </message>
    <message>
        <source>Canceled: no answer is shown.</source>
        <translation>Abgebrochen: Es wird keine Antwort angezeigt.</translation>
    </message>
    <message>
        <source>The forward</source>
        <translation>Weiterleitung</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::GenerateCertificateDialog</name>
    <message>
        <source>Generate a certificate</source>
        <translation>Zertifikat erzeugen</translation>
    </message>
    <message>
        <source>The service creates a key and a certificate signed by its CA and stores them for the account. Your partner&apos;s server must trust that CA. Keep the password: it protects the file when you download it.</source>
        <translation>Der Dienst erzeugt einen Schlüssel und ein von seiner CA signiertes Zertifikat und speichert beide für das Konto. Der Server Ihres Partners muss dieser CA vertrauen. Bewahren Sie das Passwort auf: Es schützt die Datei, wenn Sie sie herunterladen.</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <source>P12 password</source>
        <translation>P12-Passwort</translation>
    </message>
    <message>
        <source>Repeat the P12 password</source>
        <translation>P12-Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The account already has a certificate with this name.</source>
        <translation>Das Konto hat bereits ein Zertifikat mit diesem Namen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>✓ The name and password follow the service&apos;s rules.</source>
        <translation>✓ Name und Passwort entsprechen den Regeln des Dienstes.</translation>
    </message>
    <message>
        <source>The service is generating the certificate…</source>
        <translation>Der Dienst erzeugt das Zertifikat…</translation>
    </message>
    <message>
        <source>Generating the certificate</source>
        <translation>Erzeugen des Zertifikats</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::HandshakeDialog</name>
    <message>
        <source>Trust the &amp;system&apos;s CAs</source>
        <translation>Den CAs des &amp;Systems vertrauen</translation>
    </message>
    <message>
        <source>Send the client cer&amp;tificate when the server asks</source>
        <translation>Client-Zertifikat senden, wenn der Server da&amp;nach fragt</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Handshake test — mTLS Desk</source>
        <translation>Handshake-Test – mTLS Desk</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>Zu testende URL</translation>
    </message>
    <message>
        <source>https://api.example.com/health</source>
        <translation>https://api.example.com/health</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-Datei</translation>
    </message>
    <message>
        <source>the file from the P12 workbench</source>
        <translation>die Datei aus der P12-Werkbank</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>Zusätzliche vertrauenswürdige CA-Dateien</translation>
    </message>
    <message>
        <source>optional PEM files, separated by ;</source>
        <translation>optionale PEM-Dateien, getrennt durch ;</translation>
    </message>
    <message>
        <source>Clear it to see how the server treats a client without a certificate</source>
        <translation>Deaktivieren Sie diese Option, um zu sehen, wie der Server einen Client ohne Zertifikat behandelt</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>P12 &amp;file:</source>
        <translation>P12-Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted CAs:</source>
        <translation>Zusätzliche &amp;vertrauenswürdige CAs:</translation>
    </message>
    <message>
        <source>Handshake test results</source>
        <translation>Ergebnisse des Handshake-Tests</translation>
    </message>
    <message>
        <source>Connects to the URL with the file&apos;s certificate, as a partner&apos;s client would, and tells what the server says. The password stays on this computer.</source>
        <translation>Stellt mit dem Zertifikat der Datei eine Verbindung zur URL her, wie es der Client eines Partners täte, und zeigt, was der Server antwortet. Das Passwort verlässt diesen Computer nicht.</translation>
    </message>
    <message>
        <source>Enter the URL and press Run.</source>
        <translation>Geben Sie die URL ein und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <source>Open a PKCS#12 file</source>
        <translation>PKCS#12-Datei öffnen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trust these CA certificates</source>
        <translation>Diesen CA-Zertifikaten vertrauen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the URL to test.</source>
        <translation>Geben Sie die zu testende URL ein.</translation>
    </message>
    <message>
        <source>Enter an https:// URL, for example https://api.example.com/health.</source>
        <translation>Geben Sie eine https://-URL ein, zum Beispiel https://api.example.com/health.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file whose certificate should be sent.</source>
        <translation>Wählen Sie die PKCS#12-Datei, deren Zertifikat gesendet werden soll.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::LoginForm</name>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>The service asked us to slow down; trying again in %n second(s)…</source>
        <translation>
            <numerusform>Der Dienst bittet um weniger Anfragen; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Dienst bittet um weniger Anfragen; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>Der Dienst hat nicht geantwortet; neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Der Dienst hat nicht geantwortet; neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment is not ready yet.</source>
        <translation>Die Umgebung ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>This user is not an administrator: the service will refuse mTLS configuration changes.</source>
        <translation>Dieser Benutzer ist kein Administrator: Der Dienst wird Änderungen an der mTLS-Konfiguration ablehnen.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s demo account is filled in: press Log in.</source>
        <translation>Das Demokonto der lokalen Sandbox ist eingetragen: Klicken Sie auf „Anmelden“.</translation>
    </message>
    <message>
        <source>Logged in as %1 on account %2.</source>
        <translation>Angemeldet als %1 im Konto %2.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>mTLS configuration is done by an administrator of the account. Your password goes only to the Login Service, and into the system keychain if you ask for it.</source>
        <translation>Die mTLS-Konfiguration nimmt ein Administrator des Kontos vor. Ihr Passwort wird nur an den Login-Dienst gesendet und, wenn Sie es wünschen, im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MainWindow</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Sandbox (local, built in)</source>
        <translation>Sandbox (lokal, eingebaut)</translation>
    </message>
    <message>
        <source>Production (LivePerson)</source>
        <translation>Produktion (LivePerson)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Test with the service, then upload</source>
        <translation>Mit dem Dienst testen, dann hochladen</translation>
    </message>
    <message>
        <source>&amp;Upload as a certificate…</source>
        <translation>Als &amp;Zertifikat hochladen…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>P12 workbench</source>
        <translation>P12-Werkbank</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Switch to production?</source>
        <translation>Zur Produktion wechseln?</translation>
    </message>
    <message>
        <source>Changes in Production affect the live account&apos;s traffic. Switch?</source>
        <translation>Änderungen in der Produktion wirken sich auf den echten Datenverkehr des Kontos aus. Wechseln?</translation>
    </message>
    <message>
        <source>Custom environment</source>
        <translation>Benutzerdefinierte Umgebung</translation>
    </message>
    <message>
        <source>Domain API host (host or host:port) of the environment:</source>
        <translation>Domain-API-Host (host oder host:port) der Umgebung:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or host:port.</source>
        <translation>„%1“ ist weder ein Hostname noch host:port.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Wählen Sie eine Umgebung.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Domain API: %1</source>
        <translation>Domain-API: %1</translation>
    </message>
    <message>
        <source>The environment&apos;s Domain API host is not valid.</source>
        <translation>Der Domain-API-Host der Umgebung ist ungültig.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as %1 · token valid for %n minute(s) (until %2)</source>
        <translation>
            <numerusform>Angemeldet als %1 · Token noch %n Minute gültig (bis %2)</numerusform>
            <numerusform>Angemeldet als %1 · Token noch %n Minuten gültig (bis %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>About mTLS Desk</source>
        <translation>Über mTLS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mTLS Desk %1&lt;/h3&gt;&lt;p&gt;Set up mutual TLS with an mTLS gateway: log in, test and upload PKCS#12 certificates, map them to URLs and check them.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mTLS Desk %1&lt;/h3&gt;&lt;p&gt;mTLS mit einem mTLS-Gateway einrichten: anmelden, PKCS#12-Zertifikate testen und hochladen, sie URLs zuordnen und die Zuordnungen prüfen.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;QtKeychain %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingChecker</name>
    <message>
        <source>Checking the mappings</source>
        <translation>Prüfen der Zuordnungen</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingDiffDialog</name>
    <message>
        <source>%1 added · %2 changed · %3 deleted</source>
        <translation>%1 hinzugefügt · %2 geändert · %3 gelöscht</translation>
    </message>
    <message>
        <source>Save changes to the mappings (%1)</source>
        <translation>Änderungen an den Zuordnungen speichern (%1)</translation>
    </message>
    <message>
        <source>Mappings changed on the service (%1)</source>
        <translation>Zuordnungen im Dienst geändert (%1)</translation>
    </message>
    <message>
        <source>These changes go to the service now. Its runtime uses them after its cache refreshes, about 5 minutes after saving.</source>
        <translation>Diese Änderungen werden jetzt an den Dienst gesendet. Seine Laufzeitumgebung verwendet sie, sobald ihr Cache aktualisiert ist, etwa 5 Minuten nach dem Speichern.</translation>
    </message>
    <message>
        <source>Someone changed the mappings on the service while you were editing. Your edits are kept and now apply on top of what the service has; review them before saving.</source>
        <translation>Jemand hat die Zuordnungen im Dienst geändert, während Sie sie bearbeitet haben. Ihre Änderungen bleiben erhalten und setzen jetzt auf dem Stand des Dienstes auf; überprüfen Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>Changed on both sides:</source>
        <translation>Auf beiden Seiten geändert:</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Changes on the service</source>
        <translation>Änderungen im Dienst</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added on the service</source>
        <translation>Im Dienst hinzugefügt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Changed on the service</source>
        <translation>Im Dienst geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2)</source>
        <translation>„%1“ (ID %2)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Deleted on the service</source>
        <translation>Im Dienst gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;speichern</numerusform>
            <numerusform>%n Änderungen &amp;speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 · %3 · certificate %4 · %5</source>
        <translation>„%1“: %2 · %3 · Zertifikat %4 · %5</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingEditor</name>
    <message>
        <source>&quot;%1&quot; was changed on the service, and you deleted it: it stays deleted in your copy.</source>
        <translation>„%1“ wurde im Dienst geändert, und Sie haben die Zuordnung gelöscht: In Ihrer Kopie bleibt sie gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the service; your edit is kept as a new mapping.</source>
        <translation>„%1“ wurde im Dienst gelöscht; Ihre Änderung bleibt als neue Zuordnung erhalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the service too (%2): your values are kept; check them before saving.</source>
        <translation>„%1“ wurde auch im Dienst geändert (%2): Ihre Werte bleiben erhalten; prüfen Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>Log in first: mapping calls need a session or the account&apos;s AppKey.</source>
        <translation>Melden Sie sich zuerst an: Zuordnungsaufrufe brauchen eine Sitzung oder den AppKey des Kontos.</translation>
    </message>
    <message>
        <source>The account has no accountConfigReadWrite domain. Check the Domains step.</source>
        <translation>Das Konto hat keine accountConfigReadWrite-Domäne. Prüfen Sie den Schritt „Domänen“.</translation>
    </message>
    <message>
        <source>Reading the mappings</source>
        <translation>Lesen der Zuordnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) have errors; fix them before saving (the service would refuse them).</source>
        <translation>
            <numerusform>%n Zuordnung hat Fehler; beheben Sie diese vor dem Speichern (der Dienst würde die Zuordnung ablehnen).</numerusform>
            <numerusform>%n Zuordnungen haben Fehler; beheben Sie diese vor dem Speichern (der Dienst würde die Zuordnungen ablehnen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mappings changed on the service while you edited them (HTTP 409). Your edits are kept and re-applied on top of the current state: review them and save again.</source>
        <translation>Die Zuordnungen wurden im Dienst geändert, während Sie sie bearbeitet haben (HTTP 409). Ihre Änderungen bleiben erhalten und werden erneut auf den aktuellen Stand angewendet: Überprüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saving the mappings</source>
        <translation>Speichern der Zuordnungen</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingPage</name>
    <message>
        <source>&amp;Enabled: the runtime uses this mapping</source>
        <translation>&amp;Aktiviert: Die Laufzeitumgebung verwendet diese Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Add and save</source>
        <translation>&amp;Hinzufügen und speichern</translation>
    </message>
    <message>
        <source>Map a URL to the certificate</source>
        <translation>URL dem Zertifikat zuordnen</translation>
    </message>
    <message>
        <source>The runtime compares the full URL as written, query included. Mapping names are unique in the account. A saved mapping is live after about 5 minutes.</source>
        <translation>Die Laufzeitumgebung vergleicht die vollständige URL genau wie geschrieben, einschließlich Query-String. Zuordnungsnamen sind im Konto eindeutig. Eine gespeicherte Zuordnung ist nach etwa 5 Minuten aktiv.</translation>
    </message>
    <message>
        <source>When the chosen service calls this exact URL, the gateway presents the certificate. A trailing slash, other letter case or another query order make another URL. One service and URL take one certificate.</source>
        <translation>Wenn der gewählte Dienst genau diese URL aufruft, legt das Gateway das Zertifikat vor. Ein abschließender Schrägstrich, eine andere Groß-/Kleinschreibung oder eine andere Reihenfolge der Query-Parameter ergeben eine andere URL. Zu einem Dienst und einer URL gehört genau ein Zertifikat.</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Zuordnungsname</translation>
    </message>
    <message>
        <source>e.g. partner-token</source>
        <translation>z. B. partner-token</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>Vollständige URL</translation>
    </message>
    <message>
        <source>https://partner.example/api/token</source>
        <translation>https://partner.example/api/token</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>The runtime uses only enabled mappings</source>
        <translation>Die Laufzeitumgebung verwendet nur aktivierte Zuordnungen</translation>
    </message>
    <message>
        <source>Unique in the account</source>
        <translation>Im Konto eindeutig</translation>
    </message>
    <message>
        <source>The LivePerson service that calls the URL</source>
        <translation>Der LivePerson-Dienst, der die URL aufruft</translation>
    </message>
    <message>
        <source>The certificate the gateway presents for this URL</source>
        <translation>Das Zertifikat, das das Gateway für diese URL vorlegt</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <source>Full &amp;URL:</source>
        <translation>Vollständige &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>Ze&amp;rtifikat:</translation>
    </message>
    <message>
        <source>✓ Saved &quot;%1&quot;. The service&apos;s runtime uses it in about 5 minutes.</source>
        <translation>✓ „%1“ gespeichert. Die Laufzeitumgebung des Dienstes verwendet die Zuordnung in etwa 5 Minuten.</translation>
    </message>
    <message>
        <source>Reading the account&apos;s mappings…</source>
        <translation>Die Zuordnungen des Kontos werden gelesen…</translation>
    </message>
    <message>
        <source>✓ An absolute https URL.</source>
        <translation>✓ Eine absolute https-URL.</translation>
    </message>
    <message>
        <source>The full https URL, compared as written</source>
        <translation>Die vollständige https-URL, verglichen genau wie geschrieben</translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot; was saved earlier and is in the account&apos;s mappings.</source>
        <translation>✓ „%1“ wurde bereits gespeichert und ist in den Zuordnungen des Kontos.</translation>
    </message>
    <message>
        <source>This mapping is saved. Change the form to add another one.</source>
        <translation>Diese Zuordnung ist gespeichert. Ändern Sie das Formular, um eine weitere hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>• The Mappings section has %n other unsaved change(s); they are saved too.</source>
        <translation>
            <numerusform>• Der Bereich „Zuordnungen“ hat %n weitere ungespeicherte Änderung; sie wird ebenfalls gespeichert.</numerusform>
            <numerusform>• Der Bereich „Zuordnungen“ hat %n weitere ungespeicherte Änderungen; sie werden ebenfalls gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the account&apos;s mappings are read.</source>
        <translation>Warten Sie, bis die Zuordnungen des Kontos gelesen sind.</translation>
    </message>
    <message>
        <source>Fix the problems listed above first.</source>
        <translation>Beheben Sie zuerst die oben aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsModel</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Change %1 of &quot;%2&quot;</source>
        <translation>„%2“ ändern: %1</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung duplizieren</numerusform>
            <numerusform>%n Zuordnungen duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung löschen</numerusform>
            <numerusform>%n Zuordnungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung aktivieren</numerusform>
            <numerusform>%n Zuordnungen aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung deaktivieren</numerusform>
            <numerusform>%n Zuordnungen deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · Ablauf: %2</translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>neu, nicht gespeichert</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>geändert, nicht gespeichert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>saved · live at %1</source>
        <translation>gespeichert · aktiv ab %1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The service&apos;s runtime sees a saved change about 5 minutes after it was saved.</source>
        <translation>Die Laufzeitumgebung des Dienstes sieht eine gespeicherte Änderung etwa 5 Minuten nach dem Speichern.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>Zur Anmeldun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupl&amp;izieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Disca&amp;rd…</source>
        <translation>Verw&amp;erfen…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Search by name, service, URL or certificate</source>
        <translation>Nach Name, Dienst, URL oder Zertifikat suchen</translation>
    </message>
    <message>
        <source>Search mappings</source>
        <translation>Zuordnungen durchsuchen</translation>
    </message>
    <message>
        <source>Show mappings</source>
        <translation>Zuordnungen anzeigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>Mit Problemen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Rows with errors (which keep the mappings from being saved) or warnings</source>
        <translation>Zeilen mit Fehlern (die das Speichern der Zuordnungen verhindern) oder Warnungen</translation>
    </message>
    <message>
        <source>Mappings of the account</source>
        <translation>Zuordnungen des Kontos</translation>
    </message>
    <message>
        <source>Problems of the selected mapping</source>
        <translation>Probleme der ausgewählten Zuordnung</translation>
    </message>
    <message>
        <source>Mapping counts</source>
        <translation>Zuordnungs-Kennzahlen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved edit(s) from your last session.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung aus Ihrer letzten Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n ungespeicherte Änderungen aus Ihrer letzten Sitzung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) loaded.</source>
        <translation>
            <numerusform>%n Zuordnung geladen.</numerusform>
            <numerusform>%n Zuordnungen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the working copy matches the service.</source>
        <translation>Nichts zu speichern: Die Arbeitskopie entspricht dem Stand des Dienstes.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The service&apos;s runtime uses them in about 5 minutes.</source>
        <translation>
            <numerusform>%n Änderung gespeichert. Die Laufzeitumgebung des Dienstes verwendet sie in etwa 5 Minuten.</numerusform>
            <numerusform>%n Änderungen gespeichert. Die Laufzeitumgebung des Dienstes verwendet sie in etwa 5 Minuten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n mit Fehlern</numerusform>
            <numerusform>%n mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the current call to the service has finished.</source>
        <translation>Warten Sie, bis der aktuelle Aufruf des Dienstes abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Load the mappings first.</source>
        <translation>Laden Sie zuerst die Zuordnungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) have errors: fix them first (Show: With problems).</source>
        <translation>
            <numerusform>%n Zuordnung hat Fehler: Beheben Sie diese zuerst (Anzeigen: Mit Problemen).</numerusform>
            <numerusform>%n Zuordnungen haben Fehler: Beheben Sie diese zuerst (Anzeigen: Mit Problemen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review and save %n change(s) (%1)</source>
        <translation>
            <numerusform>%n Änderung überprüfen und speichern (%1)</numerusform>
            <numerusform>%n Änderungen überprüfen und speichern (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mapping to see what, if anything, is wrong with it.</source>
        <translation>Wählen Sie eine Zuordnung aus, um zu sehen, ob und was mit ihr nicht stimmt.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot;: no problems found.</source>
        <translation>✓ „%1“: keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;:</source>
        <translation>„%1“:</translation>
    </message>
    <message>
        <source>• Error: %1</source>
        <translation>• Fehler: %1</translation>
    </message>
    <message>
        <source>• Warning: %1</source>
        <translation>• Warnung: %1</translation>
    </message>
    <message>
        <source>Reading the mappings…</source>
        <translation>Zuordnungen werden gelesen…</translation>
    </message>
    <message>
        <source>Saving the mappings…</source>
        <translation>Zuordnungen werden gespeichert…</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n unsaved change(s) and go back to what the service has? This cannot be undone.</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung verwerfen und zum Stand des Dienstes zurückkehren? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n ungespeicherte Änderungen verwerfen und zum Stand des Dienstes zurückkehren? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Verw&amp;erfen</translation>
    </message>
    <message>
        <source>Edits discarded: the table shows what the service has.</source>
        <translation>Änderungen verworfen: Die Tabelle zeigt den Stand des Dienstes.</translation>
    </message>
    <message>
        <source>Mappings (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Zuordnungen (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>Zuordnungen exportieren</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>Zuordnungen importieren</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung importieren</numerusform>
            <numerusform>%n Zuordnungen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1 as new rows. Review them, then save.</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 als neue Zeile importiert. Überprüfen Sie sie und speichern Sie dann.</numerusform>
            <numerusform>%n Zuordnungen aus %1 als neue Zeilen importiert. Überprüfen Sie sie und speichern Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) (the working copy, unsaved edits included) to %1.</source>
        <translation>
            <numerusform>%n Zuordnung (die Arbeitskopie, einschließlich ungespeicherter Änderungen) nach %1 exportiert.</numerusform>
            <numerusform>%n Zuordnungen (die Arbeitskopie, einschließlich ungespeicherter Änderungen) nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mappings changed on the service meanwhile (%n change(s)). Your edits are kept on top of the current state: review them and save again.</source>
        <translation>
            <numerusform>Die Zuordnungen wurden inzwischen im Dienst geändert (%n Änderung). Ihre Änderungen bleiben erhalten und setzen auf dem aktuellen Stand auf: Überprüfen Sie sie und speichern Sie erneut.</numerusform>
            <numerusform>Die Zuordnungen wurden inzwischen im Dienst geändert (%n Änderungen). Ihre Änderungen bleiben erhalten und setzen auf dem aktuellen Stand auf: Überprüfen Sie sie und speichern Sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::NameDelegate</name>
    <message>
        <source>Mapping name</source>
        <translation>Zuordnungsname</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::OnboardingWizard</name>
    <message>
        <source>Set up mutual TLS — mTLS Desk</source>
        <translation>mTLS einrichten – mTLS Desk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Presenter mo&amp;de</source>
        <translation>Präsentationsmo&amp;dus</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>Von &amp;vorn beginnen</translation>
    </message>
    <message>
        <source>Forget where this wizard stood and begin again at the first step. Nothing on the service is deleted.</source>
        <translation>Den Fortschritt dieses Assistenten vergessen und wieder beim ersten Schritt beginnen. Im Dienst wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Larger text and no secrets on screen, for sharing the screen (%1)</source>
        <translation>Größere Schrift und keine Geheimnisse auf dem Bildschirm, zum Teilen des Bildschirms (%1)</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12BuilderDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Make key, CSR or PKCS#12 — mTLS Desk</source>
        <translation>Schlüssel, CSR oder PKCS#12 erstellen – mTLS Desk</translation>
    </message>
    <message>
        <source>&amp;Key and CSR</source>
        <translation>&amp;Schlüssel und CSR</translation>
    </message>
    <message>
        <source>&amp;Build P12</source>
        <translation>&amp;P12 erstellen</translation>
    </message>
    <message>
        <source>&amp;Re-wrap P12</source>
        <translation>P12 &amp;neu verpacken</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Makes a new private key and a certificate signing request (CSR). Send the CSR to your certificate authority; keep the key. The key file is encrypted with its password.</source>
        <translation>Erzeugt einen neuen privaten Schlüssel und eine Zertifikatsignieranforderung (CSR). Senden Sie die CSR an Ihre Zertifizierungsstelle; behalten Sie den Schlüssel. Die Schlüsseldatei wird mit ihrem Passwort verschlüsselt.</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>Key &amp;type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>&amp;Allgemeiner Name (CN):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Schlüsselpasswort</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>Schlüsselpass&amp;wort:</translation>
    </message>
    <message>
        <source>Save &amp;key as:</source>
        <translation>Schlüssel speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Save &amp;CSR as:</source>
        <translation>&amp;CSR speichern unter:</translation>
    </message>
    <message>
        <source>Puts a private key, its signed certificate and the chain into one PKCS#12 file. The certificate must belong to the key.</source>
        <translation>Fasst einen privaten Schlüssel, sein signiertes Zertifikat und die Kette in einer PKCS#12-Datei zusammen. Das Zertifikat muss zum Schlüssel gehören.</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM/DER):</source>
        <translation>Pri&amp;vater Schlüssel (PEM/DER):</translation>
    </message>
    <message>
        <source>Private key password</source>
        <translation>Passwort des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>Schlüsselpass&amp;wort:</translation>
    </message>
    <message>
        <source>Signed &amp;certificate:</source>
        <translation>Signiertes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>C&amp;hain (optional):</source>
        <translation>&amp;Kette (optional):</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>New PKCS#12 password</source>
        <translation>Neues PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>P12 &amp;password:</source>
        <translation>P12-Passwo&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Save P12 as:</source>
        <translation>P12 speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Writes the same key and certificates into a new PKCS#12 file with other encryption, for example an old RC2 file as a Java 17 file.</source>
        <translation>Schreibt denselben Schlüssel und dieselben Zertifikate mit anderer Verschlüsselung in eine neue PKCS#12-Datei, zum Beispiel eine alte RC2-Datei als Java-17-Datei.</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 file:</source>
        <translation>PKCS#12-&amp;Datei:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Enter a common name and where to save the key and the CSR.</source>
        <translation>Geben Sie einen allgemeinen Namen ein und wählen Sie, wo der Schlüssel und die CSR gespeichert werden sollen.</translation>
    </message>
    <message>
        <source>Saved the key to %1 and the CSR to %2. Send the CSR to your certificate authority.</source>
        <translation>Schlüssel in %1 und CSR in %2 gespeichert. Senden Sie die CSR an Ihre Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Note: the key is saved without a password.</source>
        <translation>Hinweis: Der Schlüssel wird ohne Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Choose the key, the certificate and where to save the PKCS#12 file.</source>
        <translation>Wählen Sie den Schlüssel, das Zertifikat und den Speicherort der PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file and where to save the new one.</source>
        <translation>Wählen Sie die PKCS#12-Datei und den Speicherort der neuen Datei.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12Page</name>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>Client-Zertifikat (PKCS#12)</translation>
    </message>
    <message>
        <source>The gateway presents this certificate to your partner&apos;s server. The service stores only files that a Java runtime can load, so they are checked here first.</source>
        <translation>Das Gateway legt dieses Zertifikat dem Server Ihres Partners vor. Der Dienst speichert nur Dateien, die eine Java-Laufzeitumgebung laden kann, deshalb werden sie hier zuerst geprüft.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12View</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>Untersu&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;member this file&apos;s password in the system keychain</source>
        <translation>Passwort dieser Datei im Schlüsselbund des S&amp;ystems speichern</translation>
    </message>
    <message>
        <source>A .p12 or .pfx file — browse, or drop it here</source>
        <translation>Eine .p12- oder .pfx-Datei – durchsuchen oder hier ablegen</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-Datei</translation>
    </message>
    <message>
        <source>Path of the .p12 or .pfx file with the client certificate and its key</source>
        <translation>Pfad der .p12- oder .pfx-Datei mit dem Client-Zertifikat und seinem Schlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>The file&apos;s password. Enter inspects the file on this computer.</source>
        <translation>Das Passwort der Datei. Mit der Eingabetaste wird die Datei auf diesem Computer untersucht.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Remember this file&apos;s password in the system keychain</source>
        <translation>Passwort dieser Datei im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Everything here happens on this computer: the file and its password are not sent anywhere. The service accepts only files that Java can load.</source>
        <translation>Alles hier geschieht auf diesem Computer: Die Datei und ihr Passwort werden nirgendwohin gesendet. Der Dienst akzeptiert nur Dateien, die Java laden kann.</translation>
    </message>
    <message>
        <source>&amp;Make or convert a P12…</source>
        <translation>P12 &amp;erstellen oder konvertieren…</translation>
    </message>
    <message>
        <source>Make a key and CSR, build a P12 from a key and certificate, or re-wrap a P12 for Java</source>
        <translation>Schlüssel und CSR erzeugen, eine P12-Datei aus Schlüssel und Zertifikat erstellen oder eine P12-Datei für Java neu verpacken</translation>
    </message>
    <message>
        <source>&amp;Handshake test…</source>
        <translation>Ha&amp;ndshake-Test…</translation>
    </message>
    <message>
        <source>Connect to an HTTPS URL with this file&apos;s certificate and see what the server says</source>
        <translation>Mit dem Zertifikat dieser Datei eine Verbindung zu einer HTTPS-URL herstellen und sehen, was der Server antwortet</translation>
    </message>
    <message>
        <source>Open a PKCS#12 file</source>
        <translation>PKCS#12-Datei öffnen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Wird untersucht…</translation>
    </message>
    <message>
        <source>The new file is chosen: enter its password and press Inspect.</source>
        <translation>Die neue Datei ist ausgewählt: Geben Sie ihr Passwort ein und klicken Sie auf „Untersuchen“.</translation>
    </message>
    <message>
        <source>Choose a file, enter its password and press Inspect.</source>
        <translation>Wählen Sie eine Datei, geben Sie ihr Passwort ein und klicken Sie auf „Untersuchen“.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::PresenterMode</name>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text and no secrets on screen (masked account id, no token details), for sharing the screen</source>
        <translation>Größere Schrift und keine Geheimnisse auf dem Bildschirm (maskierte Konto-ID, keine Token-Details), zum Teilen des Bildschirms</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::RemoteTestPage</name>
    <message>
        <source>Test with the service</source>
        <translation>Mit dem Dienst testen</translation>
    </message>
    <message>
        <source>The local check said the file looks right; now the service itself opens it. Only a file the service&apos;s Java runtime can load works for mutual TLS.</source>
        <translation>Die lokale Prüfung hat ergeben, dass die Datei in Ordnung scheint; jetzt öffnet der Dienst sie selbst. Nur eine Datei, die die Java-Laufzeitumgebung des Dienstes laden kann, funktioniert für mTLS.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::RemoteTestPanel</name>
    <message>
        <source>Also &amp;call a URL with this key through the service</source>
        <translation>Zusätzlich eine URL mit diesem Schlüssel über den Dienst auf&amp;rufen</translation>
    </message>
    <message>
        <source>&amp;Test with the service</source>
        <translation>&amp;Mit dem Dienst testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>The service opens the file with its password the way it will when it uses the certificate, and answers whether it can (HTTP 200) or not (HTTP 500). Nothing is stored.</source>
        <translation>Der Dienst öffnet die Datei mit ihrem Passwort so, wie er es bei der Verwendung des Zertifikats tun wird, und antwortet, ob das gelingt (HTTP 200) oder nicht (HTTP 500). Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>URL the service calls with the key</source>
        <translation>URL, die der Dienst mit dem Schlüssel aufruft</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>optional, e.g. Bearer …</source>
        <translation>optional, z. B. Bearer …</translation>
    </message>
    <message>
        <source>Authorization header sent to the URL</source>
        <translation>An die URL gesendeter Authorization-Header</translation>
    </message>
    <message>
        <source>Request body sent to the URL</source>
        <translation>An die URL gesendeter Anfrageinhalt</translation>
    </message>
    <message>
        <source>optional body</source>
        <translation>optionaler Inhalt</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>Authorizati&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Older versions of the tester made this call; the current service may only check the file. The Dashboard&apos;s forward tester uses the saved mapping.</source>
        <translation>Ältere Versionen des Testers haben diesen Aufruf ausgeführt; der aktuelle Dienst prüft möglicherweise nur die Datei. Der Weiterleitungstest in der Übersicht verwendet die gespeicherte Zuordnung.</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Answer details</source>
        <translation>Details der Antwort</translation>
    </message>
    <message>
        <source>Choose and inspect a PKCS#12 file first.</source>
        <translation>Wählen Sie zuerst eine PKCS#12-Datei aus und untersuchen Sie sie.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Enter a full https:// URL for the service to call, or untick the call.</source>
        <translation>Geben Sie eine vollständige https://-URL ein, die der Dienst aufrufen soll, oder deaktivieren Sie den Aufruf.</translation>
    </message>
    <message>
        <source>The service is testing the file…</source>
        <translation>Der Dienst testet die Datei…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>The remote test</source>
        <translation>Test beim Dienst</translation>
    </message>
    <message>
        <source>The service can use this file: the password opens it and the key is usable.</source>
        <translation>Der Dienst kann diese Datei verwenden: Das Passwort öffnet sie, und der Schlüssel ist verwendbar.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>er hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>The service cannot use this file (HTTP %1): %2</source>
        <translation>Der Dienst kann diese Datei nicht verwenden (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s password; if it is right, re-wrap the file for Java (Make or convert a P12…) or export it again, then test again.</source>
        <translation>Prüfen Sie das Passwort der Datei; ist es richtig, verpacken Sie die Datei für Java neu („P12 erstellen oder konvertieren…“) oder exportieren Sie sie erneut, und testen Sie dann noch einmal.</translation>
    </message>
    <message>
        <source>The service could not call the URL with this key (HTTP 424): %1</source>
        <translation>Der Dienst konnte die URL mit diesem Schlüssel nicht aufrufen (HTTP 424): %1</translation>
    </message>
    <message>
        <source>The service called the URL with this key; it answered HTTP %1.</source>
        <translation>Der Dienst hat die URL mit diesem Schlüssel aufgerufen; sie hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The service called the URL with this key, and the URL answered HTTP %1. Check the details below.</source>
        <translation>Der Dienst hat die URL mit diesem Schlüssel aufgerufen, und die URL hat mit HTTP %1 geantwortet. Prüfen Sie die Details unten.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>Transport: %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::RuntimeMonitor</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>Log in first: checking mappings needs the account and its AppKey.</source>
        <translation>Melden Sie sich zuerst an: Das Prüfen von Zuordnungen erfordert das Konto und seinen AppKey.</translation>
    </message>
    <message>
        <source>Checking mappings and forwarding take the account&apos;s AppKey (OAuth1), which this session does not have. Log in again with the App key, secret, access token and access token secret.</source>
        <translation>Das Prüfen von Zuordnungen und das Weiterleiten erfordern den AppKey (OAuth1) des Kontos, den diese Sitzung nicht hat. Melden Sie sich erneut mit App-Key, Geheimnis, Zugriffstoken und Zugriffstoken-Geheimnis an.</translation>
    </message>
    <message>
        <source>The account has no mtlsGateway domain. Check the Domains step.</source>
        <translation>Das Konto hat keine mtlsGateway-Domäne. Prüfen Sie den Schritt „Domänen“.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::ServiceDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(choose a service)</source>
        <translation>(Dienst auswählen)</translation>
    </message>
    <message>
        <source>Service %1 (unknown)</source>
        <translation>Dienst %1 (unbekannt)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>System default (English)</source>
        <translation>Systemstandard (Englisch)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>mTLS Desk is shown in this language.</source>
        <translation>mTLS Desk wird in dieser Sprache angezeigt.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of mTLS Desk.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von mTLS Desk verwendet.</translation>
    </message>
    <message>
        <source>Restart mTLS Desk?</source>
        <translation>mTLS Desk neu starten?</translation>
    </message>
    <message>
        <source>The language changes when mTLS Desk starts again. Restart now? Mapping edits that are not saved yet are kept as a draft.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von mTLS Desk. Jetzt neu starten? Noch nicht gespeicherte Änderungen an Zuordnungen bleiben als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Spä&amp;ter</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::StatusSummary</name>
    <message>
        <source>Mappings per status</source>
        <translation>Zuordnungen nach Status</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot;</source>
        <translation>Nur „%1“ anzeigen</translation>
    </message>
    <message>
        <source>No saved mappings yet.</source>
        <translation>Noch keine gespeicherten Zuordnungen.</translation>
    </message>
    <message numerus="yes">
        <source>Mappings: %n —</source>
        <translation>
            <numerusform>Zuordnungen: %n –</numerusform>
            <numerusform>Zuordnungen: %n –</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n angezeigt)</numerusform>
            <numerusform>(%n angezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not live yet</source>
        <translation>
            <numerusform>%n noch nicht aktiv</numerusform>
            <numerusform>%n noch nicht aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n nicht gefunden</numerusform>
            <numerusform>%n nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n deaktiviert</numerusform>
            <numerusform>%n deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing a certificate</source>
        <translation>
            <numerusform>%n ohne Zertifikat</numerusform>
            <numerusform>%n ohne Zertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <translation>
            <numerusform>%n mit abgelaufenem Zertifikat</numerusform>
            <numerusform>%n mit abgelaufenem Zertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expiring certificate</source>
        <translation>
            <numerusform>%n mit ablaufendem Zertifikat</numerusform>
            <numerusform>%n mit ablaufendem Zertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a duplicate risk</source>
        <translation>
            <numerusform>%n mit Verwechslungsgefahr</numerusform>
            <numerusform>%n mit Verwechslungsgefahr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed check</source>
        <translation>
            <numerusform>%n mit fehlgeschlagener Prüfung</numerusform>
            <numerusform>%n mit fehlgeschlagener Prüfung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UploadPage</name>
    <message>
        <source>Upload the certificate</source>
        <translation>Zertifikat hochladen</translation>
    </message>
    <message>
        <source>The service keeps the file and its password under a name that must be unique in the account, and gives it an id. The mapping in the next step refers to that id.</source>
        <translation>Der Dienst speichert die Datei und ihr Passwort unter einem Namen, der im Konto eindeutig sein muss, und vergibt dafür eine ID. Die Zuordnung im nächsten Schritt verweist auf diese ID.</translation>
    </message>
    <message>
        <source>The certificate uploaded earlier (id %1) is no longer in the account: upload the file again.</source>
        <translation>Das zuvor hochgeladene Zertifikat (ID %1) ist nicht mehr im Konto: Laden Sie die Datei erneut hoch.</translation>
    </message>
    <message>
        <source>Whether it is still in the account could not be checked: %1 The Mapping step checks again.</source>
        <translation>Ob es noch im Konto ist, ließ sich nicht prüfen: %1 Der Zuordnungsschritt prüft es erneut.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UploadPanel</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>PKCS#12 file to upload</source>
        <translation>Hochzuladende PKCS#12-Datei</translation>
    </message>
    <message>
        <source>client.p12</source>
        <translation>client.p12</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <source>The service stores the password with the file to open it later.</source>
        <translation>Der Dienst speichert das Passwort zusammen mit der Datei, um sie später öffnen zu können.</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <source>Unique within the account; mappings refer to the certificate by it.</source>
        <translation>Im Konto eindeutig; Zuordnungen verweisen über diesen Namen auf das Zertifikat.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>PKCS#12-Datei auswählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>✓ Uploaded earlier as &quot;%1&quot; with id %2.</source>
        <translation>✓ Bereits als „%1“ mit der ID %2 hochgeladen.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>Wählen Sie die PKCS#12-Datei aus.</translation>
    </message>
    <message>
        <source>Enter the file&apos;s password: the service stores it to open the file.</source>
        <translation>Geben Sie das Passwort der Datei ein: Der Dienst speichert es, um die Datei öffnen zu können.</translation>
    </message>
    <message>
        <source>Enter a name for the certificate.</source>
        <translation>Geben Sie einen Namen für das Zertifikat ein.</translation>
    </message>
    <message>
        <source>The account already has a certificate named &quot;%1&quot;: names are unique per account. Choose another name, or replace that certificate from the Certificates page.</source>
        <translation>Das Konto hat bereits ein Zertifikat namens „%1“: Namen sind pro Konto eindeutig. Wählen Sie einen anderen Namen oder ersetzen Sie dieses Zertifikat auf der Seite „Zertifikate“.</translation>
    </message>
    <message>
        <source>✓ This file is the account&apos;s certificate &quot;%1&quot; (id %2).</source>
        <translation>✓ Diese Datei ist das Zertifikat „%1“ (ID %2) des Kontos.</translation>
    </message>
    <message>
        <source>Checking the name against the account&apos;s certificates…</source>
        <translation>Name wird mit den Zertifikaten des Kontos abgeglichen…</translation>
    </message>
    <message>
        <source>The account&apos;s certificates are not loaded: the service will check that the name is unique.</source>
        <translation>Die Zertifikate des Kontos sind nicht geladen: Der Dienst prüft selbst, ob der Name eindeutig ist.</translation>
    </message>
    <message>
        <source>✓ No other certificate of the account has this name.</source>
        <translation>✓ Kein anderes Zertifikat des Kontos hat diesen Namen.</translation>
    </message>
    <message>
        <source>This file is already uploaded under this name (id %1).</source>
        <translation>Diese Datei ist bereits unter diesem Namen hochgeladen (ID %1).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MiB: that is not a PKCS#12 client certificate.</source>
        <translation>Die Datei ist größer als 10 MiB: Das ist kein PKCS#12-Client-Zertifikat.</translation>
    </message>
    <message>
        <source>Replacing the certificate…</source>
        <translation>Zertifikat wird ersetzt…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>✓ Saved as &quot;%1&quot; with id %2. Mappings see the change after the service&apos;s ~5 minute cache.</source>
        <translation>✓ Als „%1“ mit der ID %2 gespeichert. Zuordnungen sehen die Änderung nach Ablauf des ~5-minütigen Caches des Dienstes.</translation>
    </message>
    <message>
        <source>Replacing the certificate</source>
        <translation>Ersetzen des Zertifikats</translation>
    </message>
    <message>
        <source>The upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Upload canceled. If the service had already received the file, it appears in the certificate list after a refresh.</source>
        <translation>Hochladen abgebrochen. Falls der Dienst die Datei bereits erhalten hatte, erscheint sie nach dem Aktualisieren in der Zertifikatsliste.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UrlDelegate</name>
    <message>
        <source>Full URL</source>
        <translation>Vollständige URL</translation>
    </message>
    <message>
        <source>https://partner.example/api/token</source>
        <translation>https://partner.example/api/token</translation>
    </message>
</context>
</TS>
