<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AuditDiagram</name>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>אישורים</translation>
    </message>
    <message>
        <source>Mappings by service</source>
        <translation>מיפויים לפי שירות</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>פג תוקף ב-%1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>פג בעוד %n יום</numerusform>
            <numerusform>פג בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>בתוקף עד %1</translation>
    </message>
    <message>
        <source>no mapping</source>
        <translation>ללא מיפוי</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n מיפוי</numerusform>
            <numerusform>%n מיפויים</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (id %2): %3.</source>
        <translation>אישור &quot;%1&quot; (מזהה %2): %3.</translation>
    </message>
    <message>
        <source>Missing certificate</source>
        <translation>אישור חסר</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) point at no certificate</source>
        <translation>
            <numerusform>%n מיפוי אינו מפנה לאף אישור</numerusform>
            <numerusform>%n מיפויים אינם מפנים לאף אישור</numerusform>
        </translation>
    </message>
    <message>
        <source>These mappings name a certificate id that is not in the account: the runtime cannot use them.</source>
        <translation>מיפויים אלה מציינים מזהה אישור שאינו קיים בחשבון: סביבת הריצה אינה יכולה להשתמש בהם.</translation>
    </message>
    <message>
        <source>No certificates</source>
        <translation>אין אישורים</translation>
    </message>
    <message numerus="yes">
        <source>Service %1 · %n mapping(s)</source>
        <translation>
            <numerusform>שירות %1 · %n מיפוי</numerusform>
            <numerusform>שירות %1 · %n מיפויים</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; (%2) → %3. %4</source>
        <translation>מיפוי &quot;%1&quot; (%2) משתמש ב%3. %4</translation>
    </message>
    <message>
        <source>missing certificate %1</source>
        <translation>אישור חסר %1</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot;</source>
        <translation>אישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>אין מיפויים</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>audit needs --format json, csv, html or pdf.</source>
        <translation>הפקודה audit דורשת --format json, csv, html או pdf.</translation>
    </message>
    <message>
        <source>audit --format pdf needs --out FILE.</source>
        <translation>הפקודה audit --format pdf דורשת --out FILE.</translation>
    </message>
    <message>
        <source>--check-api takes auto, current, v2 or v1.</source>
        <translation>האפשרות --check-api מקבלת auto, current, v2 או v1.</translation>
    </message>
    <message>
        <source>--environment custom needs --discovery-host HOST.</source>
        <translation>האפשרות --environment custom דורשת --discovery-host HOST.</translation>
    </message>
    <message>
        <source>--environment takes sandbox, production or custom.</source>
        <translation>האפשרות --environment מקבלת sandbox, production או custom.</translation>
    </message>
    <message>
        <source>The environment is not available: %1</source>
        <translation>הסביבה אינה זמינה: %1</translation>
    </message>
    <message>
        <source>No account: use --account ID or set MTLSDESK_ACCOUNT.</source>
        <translation>אין חשבון: יש לציין --account ID או להגדיר את MTLSDESK_ACCOUNT.</translation>
    </message>
    <message>
        <source>No AppKey for account %1: set MTLSDESK_APPKEY (JSON) or the four MTLSDESK_APPKEY_* variables, or log in once in mTLS Desk with &quot;Remember&quot; checked (keychain: %2).</source>
        <translation>אין AppKey לחשבון %1: יש להגדיר את MTLSDESK_APPKEY (JSON) או את ארבעת המשתנים MTLSDESK_APPKEY_*, או להתחבר פעם אחת ב-mTLS Desk כשהאפשרות &quot;זכירת הסיסמה וה-AppKey&quot; מסומנת (מחזיק המפתחות: %2).</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>אין רשומה</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>לא ניתן לקריאה</translation>
    </message>
    <message>
        <source>Could not discover the domains of account %1: %2</source>
        <translation>לא ניתן לגלות את הדומיינים של החשבון %1: %2</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>הבדיקה לא הסתיימה.</translation>
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
        <translation>שימוש:
  mtls-desk-cli inspect FILE [--password-stdin | --password-env VAR] [--json]
  mtls-desk-cli csr --key-type rsa2048|rsa3072|rsa4096|ec-p256|ec-p384 --cn NAME [--org O] [--ou OU]
                    [--country CC] --key-out FILE --csr-out FILE [--key-password-env VAR]
  mtls-desk-cli build --key FILE [--key-password-env VAR] --cert FILE [--chain FILE]... --out FILE
                      [--profile java17|widest] (--password-stdin | --password-env VAR)
  mtls-desk-cli rewrap FILE --out FILE [--profile java17|widest] (--password-stdin | --password-env VAR)
                       --new-password-env VAR
  mtls-desk-cli handshake URL --p12 FILE [--password-stdin | --password-env VAR] [--ca FILE]...
                          [--no-system-cas] [--no-client-certificate] [--timeout SECONDS] [--json]
                          (סיסמת ה-P12 יכולה להגיע גם מ-MTLSDESK_P12_PASSWORD)
  mtls-desk-cli check [ENV] [--account ID] [--batch-size N] [--check-api auto|current|v2|v1] [--json]
  mtls-desk-cli audit [ENV] [--account ID] --format json|csv|html|pdf [--out FILE] [--no-check]
      ENV: --environment production (ברירת מחדל) | sandbox [--sandbox-dir DIR] |
           custom --discovery-host HOST
      ה-AppKey נלקח מ-MTLSDESK_APPKEY (JSON) או מ-MTLSDESK_APPKEY_CONSUMER_KEY,
      MTLSDESK_APPKEY_CONSUMER_SECRET, MTLSDESK_APPKEY_ACCESS_TOKEN וגם
      MTLSDESK_APPKEY_ACCESS_TOKEN_SECRET, או מהרשומה שהיישום שמר במחזיק המפתחות;
      החשבון נלקח מהאפשרות --account או מ-MTLSDESK_ACCOUNT.
      קוד יציאה: 0 אין תקלות, 1 יש תקלה, 2 לא ניתן היה לבדוק, 64 שימוש שגוי.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>Inspect and build PKCS#12 files for mutual TLS, and test them against a server.</source>
        <translation>בחינה ובנייה של קובצי PKCS#12 עבור TLS הדדי, ובדיקתם מול שרת.</translation>
    </message>
    <message>
        <source>inspect, csr, build, rewrap, handshake, check or audit</source>
        <translation>inspect, csr, build, rewrap, handshake, check או audit</translation>
    </message>
    <message>
        <source>Read the (P12) password from the first line of standard input.</source>
        <translation>קריאת הסיסמה (של ה-P12) מהשורה הראשונה של הקלט התקני.</translation>
    </message>
    <message>
        <source>Read the (P12) password from this environment variable.</source>
        <translation>קריאת הסיסמה (של ה-P12) ממשתנה סביבה זה.</translation>
    </message>
    <message>
        <source>The private key&apos;s password, from this environment variable.</source>
        <translation>הסיסמה של המפתח הפרטי, ממשתנה סביבה זה.</translation>
    </message>
    <message>
        <source>rewrap: the new password, from this environment variable.</source>
        <translation>rewrap: הסיסמה החדשה, ממשתנה סביבה זה.</translation>
    </message>
    <message>
        <source>inspect, handshake, check: print one JSON object.</source>
        <translation>inspect, handshake, check: הדפסת אובייקט JSON יחיד.</translation>
    </message>
    <message>
        <source>handshake: the client&apos;s PKCS#12 file.</source>
        <translation>handshake: קובץ ה-PKCS#12 של הלקוח.</translation>
    </message>
    <message>
        <source>handshake: also trust the CA certificates in this PEM file (repeatable).</source>
        <translation>handshake: לתת אמון גם באישורי ה-CA שבקובץ PEM זה (אפשר לציין כמה פעמים).</translation>
    </message>
    <message>
        <source>handshake: trust only the --ca files, not the system&apos;s CAs.</source>
        <translation>handshake: לתת אמון רק בקבצים של --ca, ולא באישורי ה-CA של המערכת.</translation>
    </message>
    <message>
        <source>handshake: answer the server&apos;s certificate request with no certificate.</source>
        <translation>handshake: להשיב לבקשת האישור של השרת ללא אישור.</translation>
    </message>
    <message>
        <source>handshake: give up after this many seconds (default 10).</source>
        <translation>handshake: לוותר לאחר מספר שניות זה (ברירת מחדל: 10).</translation>
    </message>
    <message>
        <source>csr: the key to generate.</source>
        <translation>csr: המפתח שייווצר.</translation>
    </message>
    <message>
        <source>csr: the subject&apos;s common name.</source>
        <translation>csr: השם המשותף (common name) של הנושא.</translation>
    </message>
    <message>
        <source>csr: organization.</source>
        <translation>csr: ארגון.</translation>
    </message>
    <message>
        <source>csr: organizational unit.</source>
        <translation>csr: יחידה ארגונית.</translation>
    </message>
    <message>
        <source>csr: two-letter country code.</source>
        <translation>csr: קוד מדינה בן שתי אותיות.</translation>
    </message>
    <message>
        <source>csr: where to write the key.</source>
        <translation>csr: היכן לכתוב את המפתח.</translation>
    </message>
    <message>
        <source>csr: where to write the request.</source>
        <translation>csr: היכן לכתוב את הבקשה.</translation>
    </message>
    <message>
        <source>build: the private key (PEM or DER).</source>
        <translation>build: המפתח הפרטי (PEM או DER).</translation>
    </message>
    <message>
        <source>build: the signed certificate.</source>
        <translation>build: האישור החתום.</translation>
    </message>
    <message>
        <source>build: intermediate/root certificates (repeatable).</source>
        <translation>build: אישורי ביניים/שורש (אפשר לציין כמה פעמים).</translation>
    </message>
    <message>
        <source>build, rewrap: the P12 file to write; audit: the report file.</source>
        <translation>build, rewrap: קובץ ה-P12 שייכתב; audit: קובץ הדוח.</translation>
    </message>
    <message>
        <source>build, rewrap: java17 (AES-256, SHA-256 MAC; default) or widest (3DES, SHA-1 MAC).</source>
        <translation>build, rewrap: java17 (AES-256, SHA-256 MAC; ברירת מחדל) או widest (3DES, SHA-1 MAC).</translation>
    </message>
    <message>
        <source>check, audit: production (default), sandbox or custom.</source>
        <translation>check, audit: production (ברירת מחדל), sandbox או custom.</translation>
    </message>
    <message>
        <source>check, audit: the sandbox&apos;s data directory (attached to when it runs, else started).</source>
        <translation>check, audit: תיקיית הנתונים של ה-Sandbox (התחברות אליו אם הוא פועל, אחרת הפעלתו).</translation>
    </message>
    <message>
        <source>check, audit: the Domain API host of a custom environment.</source>
        <translation>check, audit: מארח ה-Domain API של סביבה מותאמת אישית.</translation>
    </message>
    <message>
        <source>check, audit: the account id.</source>
        <translation>check, audit: מזהה החשבון.</translation>
    </message>
    <message>
        <source>check, audit: mappings per check request (default 200).</source>
        <translation>check, audit: מספר מיפויים לכל בקשת בדיקה (ברירת מחדל: 200).</translation>
    </message>
    <message>
        <source>check, audit: which check-mapping endpoint to use: auto (default), current, v2 or v1.</source>
        <translation>check, audit: באיזו נקודת קצה של check-mapping להשתמש: auto (ברירת מחדל), current, v2 או v1.</translation>
    </message>
    <message>
        <source>audit: json, csv, html or pdf.</source>
        <translation>audit: json, csv, html או pdf.</translation>
    </message>
    <message>
        <source>audit: do not run check-mapping first (statuses say &quot;not checked&quot;).</source>
        <translation>audit: לא להריץ check-mapping קודם (המצבים יהיו &quot;לא נבדק&quot;).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>לא צוינה פקודה.</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides its options.</source>
        <translation>הפקודה %1 אינה מקבלת ארגומנטים מלבד האפשרויות שלה.</translation>
    </message>
    <message>
        <source>--batch-size takes 1 to 1000.</source>
        <translation>האפשרות --batch-size מקבלת ערך בין 1 ל-1000.</translation>
    </message>
    <message>
        <source>Use either --password-stdin or --password-env, not both.</source>
        <translation>יש להשתמש באחת מהאפשרויות --password-stdin או --password-env, לא בשתיהן.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>משתנה הסביבה %1 אינו מוגדר.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use java17 or widest.</source>
        <translation>פרופיל לא ידוע &quot;%1&quot;: יש להשתמש ב-java17 או ב-widest.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>inspect takes exactly one FILE.</source>
        <translation>הפקודה inspect מקבלת FILE אחד בדיוק.</translation>
    </message>
    <message>
        <source>csr takes no FILE argument.</source>
        <translation>הפקודה csr אינה מקבלת ארגומנט FILE.</translation>
    </message>
    <message>
        <source>csr needs --key-type rsa2048, rsa3072, rsa4096, ec-p256 or ec-p384.</source>
        <translation>הפקודה csr דורשת --key-type rsa2048, rsa3072, rsa4096, ec-p256 או ec-p384.</translation>
    </message>
    <message>
        <source>csr needs --cn, --key-out and --csr-out.</source>
        <translation>הפקודה csr דורשת --cn, --key-out וגם --csr-out.</translation>
    </message>
    <message>
        <source>Warning: the key is written without a password (use --key-password-env).</source>
        <translation>אזהרה: המפתח נכתב ללא סיסמה (אפשר להשתמש באפשרות --key-password-env).</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.</source>
        <translation>הפקודה %1 דורשת --out FILE.</translation>
    </message>
    <message>
        <source>%1 needs the P12 password: --password-stdin or --password-env VAR.</source>
        <translation>הפקודה %1 דורשת את סיסמת ה-P12: --password-stdin או --password-env VAR.</translation>
    </message>
    <message>
        <source>build needs --key FILE and --cert FILE (and no other argument).</source>
        <translation>הפקודה build דורשת --key FILE וגם --cert FILE (וללא ארגומנט נוסף).</translation>
    </message>
    <message>
        <source>rewrap takes exactly one FILE.</source>
        <translation>הפקודה rewrap מקבלת FILE אחד בדיוק.</translation>
    </message>
    <message>
        <source>rewrap needs --new-password-env VAR.</source>
        <translation>הפקודה rewrap דורשת --new-password-env VAR.</translation>
    </message>
    <message>
        <source>handshake takes exactly one URL.</source>
        <translation>הפקודה handshake מקבלת URL אחד בדיוק.</translation>
    </message>
    <message>
        <source>handshake needs an https:// URL.</source>
        <translation>הפקודה handshake דורשת כתובת URL מסוג https://.</translation>
    </message>
    <message>
        <source>handshake needs --p12 FILE (or --no-client-certificate).</source>
        <translation>הפקודה handshake דורשת --p12 FILE (או --no-client-certificate).</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>האפשרות --timeout מקבלת 1 עד 600 שניות.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>פקודה לא ידועה &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>בקשה אחת</numerusform>
            <numerusform>%n בקשות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Account %1 (%2): %n mapping(s) checked in %3 s, with %4.</source>
        <translation>
            <numerusform>חשבון %1 (%2): נבדק מיפוי אחד תוך %3 שניות, ב-%4.</numerusform>
            <numerusform>חשבון %1 (%2): נבדקו %n מיפויים תוך %3 שניות, ב-%4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of account %1: %2, %3; SHA-256 %4</source>
        <comment>counts: certificates, mappings</comment>
        <translation>דוח ביקורת של החשבון %1: %2, %3; SHA-256 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>אישור אחד</numerusform>
            <numerusform>%n אישורים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>מיפוי אחד</numerusform>
            <numerusform>%n מיפויים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandshakeDialog</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>לא ניתן לפתוח את הקובץ: %1</translation>
    </message>
</context>
<context>
    <name>HandshakeProbe</name>
    <message>
        <source>Enter an https:// URL, for example https://api.example.com/health.</source>
        <translation>יש להזין כתובת URL מסוג https://, למשל https://api.example.com/health.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>קובץ ה-CA %1 אינו קיים.</translation>
    </message>
    <message>
        <source>No PKCS#12 file was given.</source>
        <translation>לא צוין קובץ PKCS#12.</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be read with this password.</source>
        <translation>לא ניתן לקרוא את קובץ ה-PKCS#12 עם סיסמה זו.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no certificate for its private key.</source>
        <translation>קובץ ה-PKCS#12 אינו מכיל אישור עבור המפתח הפרטי שלו.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key.</source>
        <translation>קובץ ה-PKCS#12 אינו מכיל מפתח פרטי.</translation>
    </message>
    <message>
        <source>The private key in the PKCS#12 file does not belong to its certificate.</source>
        <translation>המפתח הפרטי שבקובץ ה-PKCS#12 אינו שייך לאישור שבו.</translation>
    </message>
    <message>
        <source>OpenSSL could not set up TLS: %1.</source>
        <translation>OpenSSL לא הצליח להגדיר TLS: %1.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>לא ניתן לקרוא את קובץ ה-CA %1, או שאין בו אישור PEM.</translation>
    </message>
    <message>
        <source>The server did not accept the connection within %1 seconds: a firewall may drop it, or the host or port is wrong.</source>
        <translation>השרת לא קיבל את החיבור בתוך %1 שניות: ייתכן שחומת אש חוסמת אותו, או שהמארח או הפתחה שגויים.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation>לחיצת היד של TLS לא הסתיימה בתוך %1 שניות.</translation>
    </message>
    <message>
        <source>The server did not answer the HTTP request within %1 seconds.</source>
        <translation>השרת לא השיב לבקשת ה-HTTP בתוך %1 שניות.</translation>
    </message>
    <message>
        <source>The host name %1 was not found.</source>
        <translation>שם המארח %1 לא נמצא.</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved.</source>
        <translation>לא ניתן היה לפענח את שם המארח %1.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port.</source>
        <translation>%1 סירב לחיבור: אף שירות אינו מאזין בפתחה זו.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer.</source>
        <translation>%1 אינו נגיש ממחשב זה.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>לא ניתן היה להתחבר אל %1: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server closed the connection without an HTTP answer; with TLS 1.3 that can mean it rejected the client certificate without saying why.</source>
        <translation>לחיצת היד של TLS הצליחה, אבל השרת סגר את החיבור ללא תשובת HTTP; ב-TLS 1.3 המשמעות יכולה להיות שהוא דחה את אישור הלקוח בלי לציין מדוע.</translation>
    </message>
    <message>
        <source>The TLS handshake succeeded, but the server closed the connection without an HTTP answer.</source>
        <translation>לחיצת היד של TLS הצליחה, אבל השרת סגר את החיבור ללא תשובת HTTP.</translation>
    </message>
    <message>
        <source>The server closed the connection during the handshake, after the client certificate was sent; it may not accept it.</source>
        <translation>השרת סגר את החיבור במהלך לחיצת היד, לאחר שאישור הלקוח נשלח; ייתכן שהוא אינו מקבל אותו.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake; it may not speak TLS on this port.</source>
        <translation>השרת סגר את החיבור במהלך לחיצת היד של TLS; ייתכן שהוא אינו מדבר TLS בפתחה זו.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1.</source>
        <translation>לחיצת היד של TLS נכשלה: %1.</translation>
    </message>
    <message>
        <source>The server accepted the client certificate and answered HTTP %1.</source>
        <translation>השרת קיבל את אישור הלקוח והשיב HTTP %1.</translation>
    </message>
    <message>
        <source>The server asked for a client certificate but went on without one and answered HTTP %1.</source>
        <translation>השרת ביקש אישור לקוח, אבל המשיך בלעדיו והשיב HTTP %1.</translation>
    </message>
    <message>
        <source>The server did not ask for a client certificate: mutual TLS is not enforced at this URL (HTTP %1).</source>
        <translation>השרת לא ביקש אישור לקוח: TLS הדדי אינו נאכף בכתובת URL זו (HTTP %1).</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent: the certificate&apos;s key does not suit the signature algorithms the server accepts.</source>
        <translation>השרת דורש אישור לקוח ולא נשלח אישור: המפתח של האישור אינו מתאים לאלגוריתמי החתימה שהשרת מקבל.</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent.</source>
        <translation>השרת דורש אישור לקוח ולא נשלח אישור.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>הבדיקה נכשלה.</translation>
    </message>
</context>
<context>
    <name>HandshakeReportText</name>
    <message>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>הונפק על ידי</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (פג תוקף)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (עדיין לא בתוקף)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>בתוקף</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>חיבור</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>שרת</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>לחיצת יד</translation>
    </message>
    <message>
        <source>completed on this side, then ended by the server</source>
        <translation>הושלמה בצד זה, ואז הופסקה על ידי השרת</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>הושלמה</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>לא הושלמה</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>גרסת TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>צופן</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>זמן</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 מילישניות</translation>
    </message>
    <message>
        <source>Server chain</source>
        <translation>שרשרת השרת</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>אומת</translation>
    </message>
    <message>
        <source>yes: trusted, valid and issued for this host</source>
        <translation>כן: מהימן, בתוקף והונפק עבור מארח זה</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>לא הגיע לשלב זה</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>שרשרת %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>אישורים</translation>
    </message>
    <message>
        <source>none received</source>
        <translation>לא התקבלו</translation>
    </message>
    <message>
        <source>Client certificate request</source>
        <translation>בקשת אישור לקוח</translation>
    </message>
    <message>
        <source>Requested by the server</source>
        <translation>התבקש על ידי השרת</translation>
    </message>
    <message>
        <source>Accepted CAs</source>
        <translation>CA מקובלים</translation>
    </message>
    <message>
        <source>the server named none (any CA may be tried)</source>
        <translation>השרת לא ציין אף אחד (אפשר לנסות כל CA)</translation>
    </message>
    <message>
        <source>Our chain matches</source>
        <translation>השרשרת שלנו תואמת</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>כן (%1)</translation>
    </message>
    <message>
        <source>no: the certificate&apos;s issuer is not among the accepted CAs</source>
        <translation>לא: מנפיק האישור אינו בין ה-CA המקובלים</translation>
    </message>
    <message>
        <source>Certificate sent</source>
        <translation>אישור נשלח</translation>
    </message>
    <message>
        <source>Our certificate</source>
        <translation>האישור שלנו</translation>
    </message>
    <message>
        <source>with</source>
        <translation>יחד עם</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>אין תשובה</translation>
    </message>
    <message>
        <source>TLS alerts</source>
        <translation>התראות TLS</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>מהשרת</translation>
    </message>
    <message>
        <source>From this computer</source>
        <translation>ממחשב זה</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>פירוט</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>תקין: %1</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>בעיה: %1</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Log in as an administrator of the account. mTLS configuration calls need a Bearer token from the Login Service; checking mappings and forwarding need AppKey (OAuth1) credentials.</source>
        <translation>יש להתחבר כמנהל של החשבון. קריאות להגדרת mTLS דורשות אסימון Bearer משירות ההתחברות; בדיקת מיפויים והעברה דורשות פרטי הזדהות של AppKey (OAuth1).</translation>
    </message>
    <message>
        <source>&amp;Account id:</source>
        <translation>מזהה &amp;חשבון:</translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation>למשל 12345678</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>מזהה חשבון</translation>
    </message>
    <message>
        <source>The LivePerson account (site) id</source>
        <translation>מזהה החשבון (site id) ב-LivePerson</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;שם משתמש:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>שם משתמש</translation>
    </message>
    <message>
        <source>An administrator user of the account</source>
        <translation>משתמש מנהל של החשבון</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <source>&amp;Remember the password and AppKey in the system keychain</source>
        <translation>&amp;זכירת הסיסמה וה-AppKey במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <source>Remember the password and AppKey in the system keychain</source>
        <translation>זכירת הסיסמה וה-AppKey במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <source>Off: they are kept in memory only and typed again next time</source>
        <translation>כבוי: הם נשמרים בזיכרון בלבד, ויש להקליד אותם שוב בפעם הבאה</translation>
    </message>
    <message>
        <source>AppKey (OAuth1) credentials — optional, for check mapping and forward</source>
        <translation>פרטי הזדהות של AppKey (OAuth1) — אופציונלי, לבדיקת מיפויים ולהעברה</translation>
    </message>
    <message>
        <source>App &amp;key:</source>
        <translation>&amp;מפתח יישום:</translation>
    </message>
    <message>
        <source>App key (consumer key)</source>
        <translation>מפתח יישום (consumer key)</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>סו&amp;ד:</translation>
    </message>
    <message>
        <source>App key secret (consumer secret)</source>
        <translation>הסוד של מפתח היישום (consumer secret)</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;אסימון גישה:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>אסימון גישה</translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation>סוד אסימון &amp;הגישה:</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>סוד אסימון הגישה</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>התחב&amp;רות</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>הת&amp;נתקות</translation>
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
        <translation>מקטעים</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>סביבה</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>Set-up &amp;wizard…</source>
        <translation>&amp;אשף ההגדרה…</translation>
    </message>
    <message>
        <source>&amp;Open P12…</source>
        <translation>&amp;פתיחת P12…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>התנ&amp;תקות</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About mTLS Desk</source>
        <translation>&amp;אודות mTLS Desk</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
</context>
<context>
    <name>MappingAudit</name>
    <message>
        <source>Account %1 · %2 · %3 · SHA-256 of the content (the CSV export): %4</source>
        <translation>חשבון %1 · %2 · %3 · SHA-256 של התוכן (ייצוא ה-CSV): %4</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>אישורים</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>תפוגה</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>מיפויים</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>No mapping uses it</source>
        <translation>אף מיפוי אינו משתמש בו</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>יפוג בעוד %n יום</numerusform>
            <numerusform>יפוג בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>Service status: %1</source>
        <translation>המצב בשירות: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>שירות %1</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>מיפוי</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>missing (%1)</source>
        <translation>חסר (%1)</translation>
    </message>
    <message>
        <source>Orphan certificates: %1. Mappings with a missing certificate: %2. Expiring or expired certificates: %3. Mappings with problems: %4.</source>
        <translation>אישורים יתומים: %1. מיפויים עם אישור חסר: %2. אישורים שתוקפם פג או עומד לפוג: %3. מיפויים עם בעיות: %4.</translation>
    </message>
    <message>
        <source>mTLS mapping audit — account %1 (%2)</source>
        <translation>דוח ביקורת של מיפויי mTLS — חשבון %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>עמוד %1</translation>
    </message>
    <message>
        <source>Could not write the PDF to %1.</source>
        <translation>לא ניתן היה לכתוב את קובץ ה-PDF אל %1.</translation>
    </message>
    <message>
        <source>%1, %2 in %3.</source>
        <comment>counts: certificates, mappings, services</comment>
        <translation>%1, %2 ב-%3.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>אישור אחד</numerusform>
            <numerusform>%n אישורים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>מיפוי אחד</numerusform>
            <numerusform>%n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <comment>in %n service(s)</comment>
        <translation>
            <numerusform>שירות אחד</numerusform>
            <numerusform>%n שירותים</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingValidator</name>
    <message>
        <source>Enter the full URL the service calls, e.g. https://partner.example/api/token.</source>
        <translation>יש להזין את כתובת ה-URL המלאה שהשירות קורא לה, למשל https://partner.example/api/token.</translation>
    </message>
    <message>
        <source>The URL has spaces at its start or end; the service compares the whole text.</source>
        <translation>בכתובת ה-URL יש רווחים בתחילתה או בסופה; השירות משווה את הטקסט כולו.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>זו אינה כתובת URL תקינה: %1</translation>
    </message>
    <message>
        <source>The URL must be absolute and start with https://.</source>
        <translation>כתובת ה-URL חייבת להיות מוחלטת ולהתחיל ב-https://.</translation>
    </message>
    <message>
        <source>The URL must use https:// (mutual TLS), not %1://.</source>
        <translation>כתובת ה-URL חייבת להשתמש ב-https:// (TLS הדדי), ולא ב-%1://.</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>בכתובת ה-URL אין שם מארח.</translation>
    </message>
    <message>
        <source>The URL has a #fragment, which is never sent to a server.</source>
        <translation>בכתובת ה-URL יש מקטע #fragment, שלעולם אינו נשלח לשרת.</translation>
    </message>
    <message>
        <source>Give the mapping a name (unique in the account).</source>
        <translation>יש לתת למיפוי שם (ייחודי בחשבון).</translation>
    </message>
    <message>
        <source>Another mapping (%1) already has the name &quot;%2&quot;: names are unique per account.</source>
        <translation>למיפוי אחר (%1) כבר יש השם &quot;%2&quot;: שמות הם ייחודיים בכל חשבון.</translation>
    </message>
    <message>
        <source>a new row</source>
        <translation>שורה חדשה</translation>
    </message>
    <message>
        <source>Choose the service that makes the call.</source>
        <translation>יש לבחור את השירות שמבצע את הקריאה.</translation>
    </message>
    <message>
        <source>Service id %1 is not one of the documented services (TEST_SERVICE, IDP, WEBHOOKS).</source>
        <translation>מזהה השירות %1 אינו אחד מהשירותים המתועדים (TEST_SERVICE, IDP, WEBHOOKS).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; already maps this service and URL: the service allows one certificate per service and URL.</source>
        <translation>המיפוי &quot;%1&quot; כבר ממפה שירות וכתובת URL אלה: השירות מאפשר אישור אחד לכל שירות וכתובת URL.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; has almost the same URL (%2). The service compares the whole URL as written (trailing slash, letter case and query order included), so these are two different mappings.</source>
        <translation>למיפוי &quot;%1&quot; יש כמעט אותה כתובת URL (%2). השירות משווה את כתובת ה-URL כולה כפי שנכתבה (כולל לוכסן בסוף, רישיות אותיות וסדר השאילתה), ולכן אלה שני מיפויים שונים.</translation>
    </message>
    <message>
        <source>Choose the certificate to use.</source>
        <translation>יש לבחור את האישור שבו יש להשתמש.</translation>
    </message>
    <message>
        <source>The certificate id must be a number, not &quot;%1&quot;.</source>
        <translation>מזהה האישור חייב להיות מספר, לא &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account has no certificate with id %1.</source>
        <translation>לחשבון אין אישור עם המזהה %1.</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; has expired: calls with this mapping fail.</source>
        <translation>תוקף האישור &quot;%1&quot; פג: קריאות עם מיפוי זה נכשלות.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate &quot;%1&quot; expires in %n day(s).</source>
        <translation>
            <numerusform>תוקף האישור &quot;%1&quot; יפוג בעוד %n יום.</numerusform>
            <numerusform>תוקף האישור &quot;%1&quot; יפוג בעוד %n ימים.</numerusform>
        </translation>
    </message>
    <message>
        <source>This mapping is disabled: the runtime ignores it until it is enabled.</source>
        <translation>מיפוי זה מושבת: סביבת הריצה מתעלמת ממנו עד שיופעל.</translation>
    </message>
</context>
<context>
    <name>MappingsIo</name>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>הקובץ אינו JSON תקין (בבית %1: %2).</translation>
    </message>
    <message>
        <source>The file must hold a JSON array of mappings, as the service returns them.</source>
        <translation>הקובץ חייב להכיל מערך JSON של מיפויים, כפי שהשירות מחזיר אותם.</translation>
    </message>
    <message>
        <source>Entry %1 is not a mapping object.</source>
        <translation>הרשומה %1 אינה אובייקט מיפוי.</translation>
    </message>
    <message>
        <source>Entry %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את הרשומה %1: %2</translation>
    </message>
    <message>
        <source>Line %1 has an unclosed or misplaced quote.</source>
        <translation>בשורה %1 יש מירכאה שלא נסגרה או שאינה במקומה.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>הקובץ ריק.</translation>
    </message>
    <message>
        <source>The first line must name the columns (%1); &quot;%2&quot; is missing.</source>
        <translation>השורה הראשונה חייבת לציין את שמות העמודות (%1); העמודה &quot;%2&quot; חסרה.</translation>
    </message>
    <message>
        <source>Row %1: &quot;enable&quot; must be true or false, not &quot;%2&quot;.</source>
        <translation>שורה %1: הערך של &quot;enable&quot; חייב להיות true או false, לא &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not a mapping export.</source>
        <translation>%1 גדול מ-64 MiB; זה אינו ייצוא של מיפויים.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The service could not be reached. Check the network connection and the domain.</source>
        <translation>לא ניתן היה להגיע לשירות. יש לבדוק את החיבור לרשת ואת הדומיין.</translation>
    </message>
    <message>
        <source>The service did not answer in time. Try again in a moment.</source>
        <translation>השירות לא השיב בזמן. אפשר לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>The secure connection was refused: the service&apos;s certificate is not trusted for this environment.</source>
        <translation>החיבור המאובטח נדחה: האישור של השירות אינו מהימן עבור סביבה זו.</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>השירות דחה את הבקשה (HTTP %1).</translation>
    </message>
    <message>
        <source>The service did not accept the credentials, or the session has expired. Log in again.</source>
        <translation>השירות לא קיבל את פרטי ההזדהות, או שתוקף ההפעלה פג. יש להתחבר שוב.</translation>
    </message>
    <message>
        <source>The user is not allowed to do this. mTLS configuration needs an administrator.</source>
        <translation>למשתמש אין הרשאה לבצע פעולה זו. הגדרת mTLS דורשת מנהל.</translation>
    </message>
    <message>
        <source>The service does not know this item or account (HTTP 404).</source>
        <translation>השירות אינו מכיר פריט או חשבון זה (HTTP 404).</translation>
    </message>
    <message>
        <source>Someone else changed this data in the meantime (HTTP 409). Nothing of yours was lost.</source>
        <translation>מישהו אחר שינה נתונים אלה בינתיים (HTTP 409). שום דבר משלך לא אבד.</translation>
    </message>
    <message>
        <source>The service is limiting requests (HTTP 429: at most 10 per second). Wait a moment and try again.</source>
        <translation>השירות מגביל בקשות (HTTP 429: לכל היותר 10 בשנייה). יש להמתין רגע ולנסות שוב.</translation>
    </message>
    <message>
        <source>The service had an internal error (HTTP %1). Try again later.</source>
        <translation>אירעה שגיאה פנימית בשירות (HTTP %1). יש לנסות שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>The service answered with something this app does not understand.</source>
        <translation>השירות השיב במשהו שיישום זה אינו מבין.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>בוטל.</translation>
    </message>
    <message>
        <source>The service said: &quot;%1&quot;</source>
        <translation>השירות אמר: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>כשל ב%1: %2</translation>
    </message>
    <message>
        <source>Discovering the account&apos;s domains…</source>
        <translation>הדומיינים של החשבון מתגלים…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>מתבצעת התחברות…</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>ההתחברות בוצעה.</translation>
    </message>
    <message>
        <source>Log-in failed.</source>
        <translation>ההתחברות נכשלה.</translation>
    </message>
    <message>
        <source>Log-in canceled.</source>
        <translation>ההתחברות בוטלה.</translation>
    </message>
    <message>
        <source>Enter the account id (the site id, for example 12345678).</source>
        <translation>יש להזין את מזהה החשבון (ה-site id, למשל 12345678).</translation>
    </message>
    <message>
        <source>The account id may contain only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>מזהה החשבון יכול להכיל רק אותיות, ספרות, &apos;-&apos; ו-&apos;_&apos;.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>יש להזין את שם המשתמש של המנהל.</translation>
    </message>
    <message>
        <source>Enter the password, or all four AppKey values for an application login.</source>
        <translation>יש להזין את הסיסמה, או את כל ארבעת ערכי ה-AppKey להתחברות של יישום.</translation>
    </message>
    <message>
        <source>The environment is not ready: choose it again or check its domain.</source>
        <translation>הסביבה אינה מוכנה: יש לבחור אותה שוב או לבדוק את הדומיין שלה.</translation>
    </message>
    <message>
        <source>Domain discovery did not list the Login Service (agentVep) for this account. Set it on the Domains page.</source>
        <translation>גילוי הדומיינים לא כלל את שירות ההתחברות (agentVep) עבור חשבון זה. יש להגדיר אותו בדף הדומיינים.</translation>
    </message>
    <message>
        <source>Discovering domains</source>
        <translation>גילוי דומיינים</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <source>Wrong user name or password for this account.</source>
        <translation>שם משתמש או סיסמה שגויים עבור חשבון זה.</translation>
    </message>
    <message>
        <source>The Domain API does not know account &quot;%1&quot;. Check the account id.</source>
        <translation>ה-Domain API אינו מכיר את החשבון &quot;%1&quot;. יש לבדוק את מזהה החשבון.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>לא מחובר</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <source>Session expired: log in again</source>
        <translation>תוקף ההפעלה פג: יש להתחבר שוב</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain for this account.</source>
        <translation>שום דבר אינו שמור במחזיק המפתחות עבור חשבון זה.</translation>
    </message>
    <message>
        <source>No keychain is available on this system. Secrets are kept in memory only and will be asked for again next time.</source>
        <translation>אין מחזיק מפתחות זמין במערכת זו. הסודות נשמרים בזיכרון בלבד, ויתבקשו שוב בפעם הבאה.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it, or allow mTLS Desk to use it.</source>
        <translation>מחזיק המפתחות סירב לגישה. יש לבטל את נעילתו, או לאפשר ל-mTLS Desk להשתמש בו.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>מחזיק המפתחות דיווח על שגיאה.</translation>
    </message>
    <message>
        <source>The bundled sandbox (mtls-sandbox) was not found next to the application.</source>
        <translation>ה-Sandbox המצורף (mtls-sandbox) לא נמצא לצד היישום.</translation>
    </message>
    <message>
        <source>The sandbox could not be started: %1</source>
        <translation>לא ניתן היה להפעיל את ה-Sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped while starting: %1</source>
        <translation>ה-Sandbox נעצר במהלך ההפעלה: %1</translation>
    </message>
    <message>
        <source>The sandbox did not become ready in time.</source>
        <translation>ה-Sandbox לא היה מוכן בזמן.</translation>
    </message>
    <message>
        <source>The sandbox started but did not report its address.</source>
        <translation>ה-Sandbox הופעל, אך לא דיווח על הכתובת שלו.</translation>
    </message>
    <message>
        <source>The connection to the service was lost before it answered.</source>
        <translation>החיבור לשירות אבד לפני שהשירות השיב.</translation>
    </message>
    <message>
        <source>The service&apos;s answer was incomplete: it was cut off on the way.</source>
        <translation>התשובה של השירות לא הייתה שלמה: היא נקטעה בדרך.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>אפשר לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>The service did not save it, so it is safe to try again.</source>
        <translation>השירות לא שמר את השינוי, כך שאפשר לנסות שוב בבטחה.</translation>
    </message>
    <message>
        <source>Whether the service saved it could not be checked: refresh the list before trying again.</source>
        <translation>לא ניתן היה לבדוק אם השירות שמר את השינוי: יש לרענן את הרשימה לפני ניסיון נוסף.</translation>
    </message>
</context>
<context>
    <name>P12Builder</name>
    <message>
        <source>The password has non-ASCII characters: Java refuses such passwords with the Java 17 profile&apos;s AES encryption. Use an ASCII password.</source>
        <translation>בסיסמה יש תווים שאינם ASCII: Java מסרבת לסיסמאות כאלה עם הצפנת ה-AES של פרופיל Java 17. יש להשתמש בסיסמת ASCII.</translation>
    </message>
    <message>
        <source>The password has non-ASCII characters: some tools read them differently. An ASCII password is safer.</source>
        <translation>בסיסמה יש תווים שאינם ASCII: כלים מסוימים קוראים אותם באופן שונה. סיסמת ASCII בטוחה יותר.</translation>
    </message>
    <message>
        <source>OpenSSL could not build the PKCS#12 file: %1</source>
        <translation>OpenSSL לא הצליח לבנות את קובץ ה-PKCS#12: %1</translation>
    </message>
    <message>
        <source>The subject needs a common name (CN).</source>
        <translation>הנושא זקוק לשם משותף (CN).</translation>
    </message>
    <message>
        <source>The country must be a two-letter code, such as US or DE.</source>
        <translation>המדינה חייבת להיות קוד בן שתי אותיות, כגון US או DE.</translation>
    </message>
    <message>
        <source>OpenSSL could not make the key or the request: %1</source>
        <translation>OpenSSL לא הצליח ליצור את המפתח או את הבקשה: %1</translation>
    </message>
    <message>
        <source>The private key cannot be read: it is not a PEM or DER key, or its password is wrong.</source>
        <translation>לא ניתן לקרוא את המפתח הפרטי: הוא אינו מפתח PEM או DER, או שהסיסמה שלו שגויה.</translation>
    </message>
    <message>
        <source>One of the certificate files holds no certificate.</source>
        <translation>אחד מקובצי האישורים אינו מכיל אישור.</translation>
    </message>
    <message>
        <source>None of the certificates belongs to this private key.</source>
        <translation>אף אחד מהאישורים אינו שייך למפתח פרטי זה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not issue the certificate before it: check the chain&apos;s order and completeness.</source>
        <translation>&quot;%1&quot; לא הנפיק את האישור שלפניו: יש לבדוק את הסדר והשלמות של השרשרת.</translation>
    </message>
    <message>
        <source>The PKCS#12 file cannot be opened with this password. Inspect it to see why.</source>
        <translation>לא ניתן לפתוח את קובץ ה-PKCS#12 עם סיסמה זו. אפשר לבחון אותו כדי לראות מדוע.</translation>
    </message>
    <message>
        <source>The PKCS#12 file has no private key with its certificate: there is nothing to re-wrap for mutual TLS.</source>
        <translation>בקובץ ה-PKCS#12 אין מפתח פרטי עם האישור שלו: אין מה לארוז מחדש עבור TLS הדדי.</translation>
    </message>
</context>
<context>
    <name>P12BuilderDialog</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>לא ניתן לפתוח את %1: %2</translation>
    </message>
    <message>
        <source>Java 17+ (AES-256, SHA-256 MAC) — recommended</source>
        <translation>Java 17+ (AES-256, SHA-256 MAC) — מומלץ</translation>
    </message>
    <message>
        <source>Widest compatibility (3DES, SHA-1 MAC), for old Java 8</source>
        <translation>תאימות רחבה ביותר (3DES, SHA-1 MAC), עבור Java 8 ישן</translation>
    </message>
</context>
<context>
    <name>P12Inspector</name>
    <message>
        <source>This is a PEM text file (%1), not a PKCS#12 file. Build a P12 from the key and certificate first.</source>
        <translation>זהו קובץ טקסט PEM (%1), לא קובץ PKCS#12. יש לבנות קודם P12 מהמפתח ומהאישור.</translation>
    </message>
    <message>
        <source>This is a single certificate (DER), not a PKCS#12 file: it has no private key.</source>
        <translation>זהו אישור יחיד (DER), לא קובץ PKCS#12: אין בו מפתח פרטי.</translation>
    </message>
    <message>
        <source>The file is cut short: it is a PKCS#12 file, but %1 of its %2 bytes are missing. Copy or download it again.</source>
        <translation>הקובץ קטוע: זהו קובץ PKCS#12, אבל חסרים %1 מתוך %2 הבתים שלו. יש להעתיק או להוריד אותו שוב.</translation>
    </message>
    <message>
        <source>The file is a damaged PKCS#12 file: its structure cannot be read. Copy or download it again.</source>
        <translation>הקובץ הוא קובץ PKCS#12 פגום: לא ניתן לקרוא את המבנה שלו. יש להעתיק או להוריד אותו שוב.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12/.pfx) file.</source>
        <translation>זה אינו קובץ PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>Java refuses a password with non-ASCII characters when the file is encrypted with PBES2 (AES); use an ASCII password or the widest-compatibility profile.</source>
        <translation>Java מסרבת לסיסמה עם תווים שאינם ASCII כאשר הקובץ מוצפן ב-PBES2 (AES); יש להשתמש בסיסמת ASCII או בפרופיל התאימות הרחבה ביותר.</translation>
    </message>
    <message>
        <source>Java reads PBES2 encryption only with AES; this file uses another cipher.</source>
        <translation>Java קוראת הצפנת PBES2 רק עם AES; קובץ זה משתמש בצופן אחר.</translation>
    </message>
    <message>
        <source>Java refuses more than 5,000,000 iterations.</source>
        <translation>Java מסרבת ליותר מ-5,000,000 איטרציות.</translation>
    </message>
    <message>
        <source>Java does not know the %1 integrity check (MAC).</source>
        <translation>Java אינה מכירה את בדיקת השלמות (MAC) מסוג %1.</translation>
    </message>
    <message>
        <source>Java cannot use %1 keys.</source>
        <translation>Java אינה יכולה להשתמש במפתחות %1.</translation>
    </message>
    <message>
        <source>Java 8 before 8u301 (and 11 before 11.0.12) cannot read PBES2 (AES) encryption.</source>
        <translation>Java 8 לפני 8u301 (ו-11 לפני 11.0.12) אינה יכולה לקרוא הצפנת PBES2 (AES).</translation>
    </message>
    <message>
        <source>Java 8 before 8u301 only checks SHA-1 integrity (MAC), not %1.</source>
        <translation>Java 8 לפני 8u301 בודקת רק שלמות SHA-1 (MAC), לא %1.</translation>
    </message>
    <message>
        <source>Java 8 cannot use %1 keys (Java 15+ can).</source>
        <translation>Java 8 אינה יכולה להשתמש במפתחות %1 (Java 15 ומעלה יכולה).</translation>
    </message>
    <message>
        <source>The file has no private key: the gateway cannot use it for mutual TLS.</source>
        <translation>בקובץ אין מפתח פרטי: השער אינו יכול להשתמש בו עבור TLS הדדי.</translation>
    </message>
    <message>
        <source>The private key does not belong to any certificate in the file.</source>
        <translation>המפתח הפרטי אינו שייך לאף אישור בקובץ.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>תוקף האישור פג ב-%1.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>האישור אינו בתוקף לפני %1.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>תוקף האישור יפוג בעוד %n יום, ב-%1.</numerusform>
            <numerusform>תוקף האישור יפוג בעוד %n ימים, ב-%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is not allowed for client authentication (its extended key usage is %1); servers will refuse it for mutual TLS.</source>
        <translation>האישור אינו מורשה לאימות לקוח (השימוש המורחב במפתח שלו הוא %1); שרתים ידחו אותו עבור TLS הדדי.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; 2048 or more is expected.</source>
        <translation>למפתח ה-RSA יש רק %1 סיביות; מצופה 2048 או יותר.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed with SHA-1, which many servers reject.</source>
        <translation>&quot;%1&quot; חתום ב-SHA-1, ששרתים רבים דוחים.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the partner&apos;s server must trust it explicitly.</source>
        <translation>האישור חתום בחתימה עצמית: השרת של השותף חייב לתת בו אמון במפורש.</translation>
    </message>
    <message>
        <source>The chain does not reach a root certificate: include the intermediate and root certificates if the partner needs them.</source>
        <translation>השרשרת אינה מגיעה לאישור שורש: יש לכלול את אישורי הביניים והשורש אם השותף זקוק להם.</translation>
    </message>
    <message>
        <source>Java would not load this file, so the service will refuse it. %1</source>
        <translation>Java לא הייתה טוענת קובץ זה, ולכן השירות יסרב לו. %1</translation>
    </message>
    <message>
        <source>Older Java (8 before 8u301) would not load it: %1</source>
        <translation>גרסאות Java ישנות (8 לפני 8u301) לא היו טוענות אותו: %1</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>הקובץ ריק (0 בתים).</translation>
    </message>
    <message>
        <source>The file is %1 MB: far too large to be a PKCS#12 file (they are a few KB).</source>
        <translation>גודל הקובץ %1 MB: גדול מדי מכדי להיות קובץ PKCS#12 (גודלם כמה KB).</translation>
    </message>
    <message>
        <source>The file is encrypted with %1, which this system cannot decrypt.</source>
        <translation>הקובץ מוצפן ב-%1, שמערכת זו אינה יכולה לפענח.</translation>
    </message>
    <message>
        <source>The file is damaged: the password is right, but the file&apos;s contents were changed after it was made (its integrity check fails). Copy or download it again.</source>
        <translation>הקובץ פגום: הסיסמה נכונה, אבל תוכן הקובץ שונה לאחר שנוצר (בדיקת השלמות שלו נכשלת). יש להעתיק או להוריד אותו שוב.</translation>
    </message>
    <message>
        <source>The password is wrong (or the file was damaged: nothing in it is encrypted, so the two cannot be told apart).</source>
        <translation>הסיסמה שגויה (או שהקובץ פגום: שום דבר בו אינו מוצפן, ולכן אי אפשר להבחין בין השניים).</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>הסיסמה שגויה.</translation>
    </message>
    <message>
        <source>The file is damaged: its encrypted contents cannot be read even with the right password. Copy or download it again.</source>
        <translation>הקובץ פגום: לא ניתן לקרוא את התוכן המוצפן שלו גם עם הסיסמה הנכונה. יש להעתיק או להוריד אותו שוב.</translation>
    </message>
    <message>
        <source>The file&apos;s contents could not be read, although the password is right.</source>
        <translation>לא ניתן היה לקרוא את תוכן הקובץ, למרות שהסיסמה נכונה.</translation>
    </message>
</context>
<context>
    <name>P12ReportText</name>
    <message>
        <source>Unreadable: %1</source>
        <translation>לא קריא: %1</translation>
    </message>
    <message>
        <source>Not usable for mutual TLS: fix the errors below.</source>
        <translation>לא שמיש עבור TLS הדדי: יש לתקן את השגיאות שלהלן.</translation>
    </message>
    <message>
        <source>Usable for mutual TLS.</source>
        <translation>שמיש עבור TLS הדדי.</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>סוג השגיאה: %1</translation>
    </message>
    <message>
        <source>Encryption: keys %1; certificates %2; MAC %3; %4 iterations</source>
        <translation>הצפנה: מפתחות %1; אישורים %2; MAC %3; %4 איטרציות</translation>
    </message>
    <message>
        <source> (legacy algorithms, read with OpenSSL&apos;s legacy provider)</source>
        <translation> (אלגוריתמים ישנים, נקראו באמצעות ה-legacy provider של OpenSSL)</translation>
    </message>
    <message>
        <source>Java 17+: %1; Java 8 before 8u301: %2</source>
        <translation>Java 17+: %1; Java 8 לפני 8u301: %2</translation>
    </message>
    <message>
        <source>loads</source>
        <translation>נטען</translation>
    </message>
    <message>
        <source>does not load</source>
        <translation>לא נטען</translation>
    </message>
    <message>
        <source>Private key: none</source>
        <translation>מפתח פרטי: אין</translation>
    </message>
    <message>
        <source>Private key: %1, %2</source>
        <translation>מפתח פרטי: %1, %2</translation>
    </message>
    <message>
        <source>matches the first certificate</source>
        <translation>תואם לאישור הראשון</translation>
    </message>
    <message>
        <source>matches no certificate</source>
        <translation>אינו תואם לאף אישור</translation>
    </message>
    <message>
        <source>Certificates (leaf first):</source>
        <translation>אישורים (אישור הקצה ראשון):</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>מנפיק %1</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>בתוקף מ-%1 עד %2</translation>
    </message>
    <message>
        <source>%1 %2 bits, %3</source>
        <translation>%1 %2 סיביות, %3</translation>
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
        <translation>ממצאים:</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>אזהרה</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>מידע</translation>
    </message>
</context>
<context>
    <name>P12View</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>לא ניתן לפתוח את הקובץ: %1</translation>
    </message>
</context>
<context>
    <name>RuntimeStatus</name>
    <message>
        <source>Disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <source>The runtime ignores disabled mappings. Enable it in Mappings and save to use it.</source>
        <translation>סביבת הריצה מתעלמת ממיפויים מושבתים. יש להפעיל את המיפוי ב&quot;מיפויים&quot; ולשמור כדי להשתמש בו.</translation>
    </message>
    <message>
        <source>Certificate missing</source>
        <translation>אישור חסר</translation>
    </message>
    <message>
        <source>Certificate %1 is not in the account. Calls to this URL cannot use mTLS until the mapping points at an existing certificate.</source>
        <translation>האישור %1 אינו קיים בחשבון. קריאות לכתובת URL זו אינן יכולות להשתמש ב-mTLS עד שהמיפוי יפנה לאישור קיים.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>תוקף האישור פג</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expired on %2. Replace it (Certificates, Replace) to restore the calls.</source>
        <translation>תוקף האישור &quot;%1&quot; פג ב-%2. יש להחליף אותו (אישורים, החלפה) כדי לשחזר את הקריאות.</translation>
    </message>
    <message>
        <source>Certificate unavailable</source>
        <translation>אישור לא זמין</translation>
    </message>
    <message>
        <source>The service reports certificate &quot;%1&quot; as &quot;%2&quot;: it is not in both its vault and its database, so the runtime cannot use it. Upload it again.</source>
        <translation>השירות מדווח על האישור &quot;%1&quot; כ-&quot;%2&quot;: הוא אינו נמצא גם בכספת וגם במסד הנתונים של השירות, ולכן סביבת הריצה אינה יכולה להשתמש בו. יש להעלות אותו שוב.</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>הבדיקה נכשלה</translation>
    </message>
    <message>
        <source>The last check did not get an answer for this mapping. Check again.</source>
        <translation>הבדיקה האחרונה לא קיבלה תשובה עבור מיפוי זה. יש לבדוק שוב.</translation>
    </message>
    <message>
        <source>Live at %1</source>
        <translation>פעיל מ-%1</translation>
    </message>
    <message>
        <source>Saved. The service&apos;s runtime picks up changes within about 5 minutes, so calls use this mapping from about %1.</source>
        <translation>נשמר. סביבת הריצה של השירות קולטת שינויים בתוך כ-5 דקות, כך שקריאות ישתמשו במיפוי זה החל מכ-%1.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>לא נבדק</translation>
    </message>
    <message>
        <source>Run Check all to ask the service whether the runtime has this mapping.</source>
        <translation>יש להריץ &quot;בדיקת הכול&quot; כדי לשאול את השירות אם סביבת הריצה מכירה מיפוי זה.</translation>
    </message>
    <message>
        <source>Saved, not live yet: the service&apos;s runtime picks up changes within about 5 minutes. Check again after %1.</source>
        <translation>נשמר, עדיין לא פעיל: סביבת הריצה של השירות קולטת שינויים בתוך כ-5 דקות. יש לבדוק שוב אחרי %1.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>לא נמצא</translation>
    </message>
    <message>
        <source>The runtime has no mapping for this service and URL. If it was saved in the last 5 minutes, wait and check again; otherwise the URL or service differs from what is saved.</source>
        <translation>לסביבת הריצה אין מיפוי עבור שירות וכתובת URL אלה. אם המיפוי נשמר ב-5 הדקות האחרונות, יש להמתין ולבדוק שוב; אחרת, כתובת ה-URL או השירות שונים ממה שנשמר.</translation>
    </message>
    <message numerus="yes">
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>תוקף האישור יפוג בעוד %n יום</numerusform>
            <numerusform>תוקף האישור יפוג בעוד %n ימים</numerusform>
        </translation>
    </message>
    <message>
        <source>Live, but certificate &quot;%1&quot; expires on %2. Replace it before then.</source>
        <translation>פעיל, אבל תוקף האישור &quot;%1&quot; יפוג ב-%2. יש להחליף אותו לפני כן.</translation>
    </message>
    <message>
        <source>Duplicate risk</source>
        <translation>סיכון לכפילות</translation>
    </message>
    <message>
        <source>Live, but another mapping has a variant of this URL (slash, case, port or query order). The runtime compares URLs exactly, so calls may pick the other certificate or none.</source>
        <translation>פעיל, אבל למיפוי אחר יש גרסה של כתובת URL זו (לוכסן, רישיות, פתחה או סדר השאילתה). סביבת הריצה משווה כתובות URL במדויק, ולכן קריאות עלולות לקבל את האישור האחר או אף אישור.</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>פעיל</translation>
    </message>
    <message>
        <source>The runtime has this mapping: calls to this URL use certificate &quot;%1&quot;.</source>
        <translation>לסביבת הריצה יש מיפוי זה: קריאות לכתובת URL זו משתמשות באישור &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not live yet</source>
        <translation>עדיין לא פעיל</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>תוקף האישור עומד לפוג</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
</context>
<context>
    <name>TlsAlerts</name>
    <message>
        <source>The server rejected the certificate: it does not trust the CA that issued it (%1).</source>
        <translation>השרת דחה את האישור: הוא אינו נותן אמון ב-CA שהנפיק אותו (%1).</translation>
    </message>
    <message>
        <source>The server requires a client certificate and none was sent.</source>
        <translation>השרת דורש אישור לקוח ולא נשלח אישור.</translation>
    </message>
    <message>
        <source>The server rejected the certificate: it has expired or is not valid yet (%1).</source>
        <translation>השרת דחה את האישור: תוקפו פג או שהוא עדיין אינו בתוקף (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate as invalid, for example a broken signature, a wrong key usage or an incomplete chain (%1).</source>
        <translation>השרת דחה את האישור כלא תקין, למשל בגלל חתימה פגומה, שימוש שגוי במפתח או שרשרת חלקית (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate: it does not accept this kind of certificate or key (%1).</source>
        <translation>השרת דחה את האישור: הוא אינו מקבל סוג זה של אישור או מפתח (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate: its issuer has revoked it (%1).</source>
        <translation>השרת דחה את האישור: המנפיק שלו ביטל אותו (%1).</translation>
    </message>
    <message>
        <source>The server rejected the certificate for a reason it did not name, often a missing client-authentication usage or an untrusted chain (%1).</source>
        <translation>השרת דחה את האישור מסיבה שלא ציין, לרוב שימוש חסר לאימות לקוח או שרשרת לא מהימנה (%1).</translation>
    </message>
    <message>
        <source>The server verified the certificate but denied this client access (%1).</source>
        <translation>השרת אימת את האישור, אך סירב לתת ללקוח זה גישה (%1).</translation>
    </message>
    <message>
        <source>The server ended the handshake: the two sides share no protocol settings, or it needed a client certificate it did not get (%1).</source>
        <translation>השרת הפסיק את לחיצת היד: לשני הצדדים אין הגדרות פרוטוקול משותפות, או שהשרת נזקק לאישור לקוח שלא קיבל (%1).</translation>
    </message>
    <message>
        <source>The server does not support the TLS versions this computer offers (%1).</source>
        <translation>השרת אינו תומך בגרסאות ה-TLS שמחשב זה מציע (%1).</translation>
    </message>
    <message>
        <source>The server requires stronger ciphers than this computer offers (%1).</source>
        <translation>השרת דורש צפנים חזקים יותר מאלה שמחשב זה מציע (%1).</translation>
    </message>
    <message>
        <source>The server could not verify a signature made with the client&apos;s key: the key may not match the certificate, or the server does not accept its algorithm (%1).</source>
        <translation>השרת לא הצליח לאמת חתימה שנוצרה עם המפתח של הלקוח: ייתכן שהמפתח אינו תואם לאישור, או שהשרת אינו מקבל את האלגוריתם שלו (%1).</translation>
    </message>
    <message>
        <source>The server could not understand a handshake message from this computer (%1).</source>
        <translation>השרת לא הצליח להבין הודעת לחיצת יד ממחשב זה (%1).</translation>
    </message>
    <message>
        <source>The server does not serve the host name that was asked for (%1).</source>
        <translation>השרת אינו משרת את שם המארח שהתבקש (%1).</translation>
    </message>
    <message>
        <source>The server and this computer share no application protocol (%1).</source>
        <translation>לשרת ולמחשב זה אין פרוטוקול יישום משותף (%1).</translation>
    </message>
    <message>
        <source>The server reported an internal error during the handshake (%1).</source>
        <translation>השרת דיווח על שגיאה פנימית במהלך לחיצת היד (%1).</translation>
    </message>
    <message>
        <source>The server refused a downgraded connection (%1).</source>
        <translation>השרת סירב לחיבור שהורד לגרסה נמוכה יותר (%1).</translation>
    </message>
    <message>
        <source>The server cancelled the handshake (%1).</source>
        <translation>השרת ביטל את לחיצת היד (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>השרת סגר את החיבור (%1).</translation>
    </message>
    <message>
        <source>The server ended the connection with the TLS alert &quot;%1&quot;.</source>
        <translation>השרת סיים את החיבור עם התראת ה-TLS &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This computer rejected the server&apos;s certificate (%1).</source>
        <translation>מחשב זה דחה את האישור של השרת (%1).</translation>
    </message>
    <message>
        <source>This computer does not accept the TLS version the server chose (%1).</source>
        <translation>מחשב זה אינו מקבל את גרסת ה-TLS שהשרת בחר (%1).</translation>
    </message>
    <message>
        <source>This computer and the server share no acceptable cipher or signature algorithm (%1).</source>
        <translation>למחשב זה ולשרת אין צופן או אלגוריתם חתימה משותף ומקובל (%1).</translation>
    </message>
    <message>
        <source>This computer closed the connection (%1).</source>
        <translation>מחשב זה סגר את החיבור (%1).</translation>
    </message>
    <message>
        <source>This computer ended the connection with the TLS alert &quot;%1&quot;.</source>
        <translation>מחשב זה סיים את החיבור עם התראת ה-TLS &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid and trusted.</source>
        <translation>האישור של השרת תקף ומהימן.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by a CA that this computer does not trust; add the CA file or ask the server to send its full chain (%1).</source>
        <translation>האישור של השרת הונפק על ידי CA שמחשב זה אינו נותן בו אמון; יש להוסיף את קובץ ה-CA או לבקש מהשרת לשלוח את השרשרת המלאה שלו (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed and not trusted by this computer (%1).</source>
        <translation>האישור של השרת חתום בחתימה עצמית ואינו מהימן במחשב זה (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s chain ends in a root CA that this computer does not trust (%1).</source>
        <translation>השרשרת של השרת מסתיימת ב-CA שורש שמחשב זה אינו נותן בו אמון (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (or one in its chain) has expired (%1).</source>
        <translation>תוקף האישור של השרת (או של אחד האישורים בשרשרת שלו) פג (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (or one in its chain) is not valid yet; check this computer&apos;s clock (%1).</source>
        <translation>האישור של השרת (או אחד האישורים בשרשרת שלו) עדיין אינו בתוקף; יש לבדוק את השעון של מחשב זה (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the host name in the URL (%1).</source>
        <translation>האישור של השרת אינו תקף עבור שם המארח שבכתובת ה-URL (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for the IP address in the URL (%1).</source>
        <translation>האישור של השרת אינו תקף עבור כתובת ה-IP שבכתובת ה-URL (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked (%1).</source>
        <translation>האישור של השרת בוטל (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not meant for TLS servers (%1).</source>
        <translation>האישור של השרת אינו מיועד לשרתי TLS (%1).</translation>
    </message>
    <message>
        <source>A signature in the server&apos;s chain does not verify (%1).</source>
        <translation>חתימה בשרשרת של השרת אינה עוברת אימות (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s chain uses a key or digest weaker than this computer accepts (%1).</source>
        <translation>השרשרת של השרת משתמשת במפתח או בתקציר חלשים ממה שמחשב זה מקבל (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1).</source>
        <translation>לא ניתן היה לאמת את האישור של השרת (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Set up mutual TLS with an mTLS gateway.</source>
        <translation>הגדרת TLS הדדי מול שער mTLS.</translation>
    </message>
    <message>
        <source>Start in this environment: sandbox, production or custom.</source>
        <translation>הפעלה בסביבה זו: sandbox, production או custom.</translation>
    </message>
    <message>
        <source>Domain API host of the custom environment.</source>
        <translation>מארח ה-Domain API של הסביבה המותאמת אישית.</translation>
    </message>
    <message>
        <source>Data directory of the built-in sandbox (default: in the app&apos;s data).</source>
        <translation>תיקיית הנתונים של ה-Sandbox המובנה (ברירת מחדל: בנתוני היישום).</translation>
    </message>
    <message>
        <source>Open the set-up wizard.</source>
        <translation>פתיחת אשף ההגדרה.</translation>
    </message>
    <message>
        <source>Show the interface in this language (de, en, he) instead of the one chosen in Settings or the system&apos;s.</source>
        <translation>הצגת הממשק בשפה זו (de, en, he) במקום השפה שנבחרה בהגדרות או שפת המערכת.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::AuditCanvas</name>
    <message>
        <source>Audit diagram</source>
        <translation>תרשים דוח הביקורת</translation>
    </message>
    <message>
        <source>Nothing to show yet: the account&apos;s certificates and mappings appear here once they are loaded (Check all on the Status tab loads them).</source>
        <translation>אין עדיין מה להציג: האישורים והמיפויים של החשבון יופיעו כאן לאחר שייטענו (&quot;בדיקת הכול&quot; בלשונית &quot;מצב&quot; טוענת אותם).</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::AuditView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>Build the audit again from what the Status tab shows now</source>
        <translation>בניית דוח הביקורת מחדש לפי מה שמוצג כעת בלשונית &quot;מצב&quot;</translation>
    </message>
    <message>
        <source>&amp;PDF document…</source>
        <translation>&amp;מסמך PDF…</translation>
    </message>
    <message>
        <source>&amp;HTML page…</source>
        <translation>&amp;דף HTML…</translation>
    </message>
    <message>
        <source>&amp;CSV table…</source>
        <translation>&amp;טבלת CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;קובץ JSON…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;ייצוא…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ה&amp;גדלה</translation>
    </message>
    <message>
        <source>Ac&amp;tual size</source>
        <translation>גודל &amp;אמיתי</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>&amp;התאמה לחלון</translation>
    </message>
    <message>
        <source>Audit counts</source>
        <translation>ספירות דוח הביקורת</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>ייצוא מתבצע</translation>
    </message>
    <message numerus="yes">
        <source>Certificates: %n</source>
        <translation>
            <numerusform>אישורים: %n</numerusform>
            <numerusform>אישורים: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings: %n</source>
        <translation>
            <numerusform>מיפויים: %n</numerusform>
            <numerusform>מיפויים: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Orphan certificates: %n</source>
        <translation>
            <numerusform>אישורים יתומים: %n</numerusform>
            <numerusform>אישורים יתומים: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mappings with a missing certificate: %n</source>
        <translation>
            <numerusform>מיפויים עם אישור חסר: %n</numerusform>
            <numerusform>מיפויים עם אישור חסר: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring or expired certificates: %n</source>
        <translation>
            <numerusform>אישורים שתוקפם פג או עומד לפוג: %n</numerusform>
            <numerusform>אישורים שתוקפם פג או עומד לפוג: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Could not write the PDF %1: %2</source>
        <translation>לא ניתן לכתוב את קובץ ה-PDF %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>לא ניתן לכתוב את %1: %2</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>מסמך PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>דף HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>טבלת CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>קובץ JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the mapping audit</source>
        <translation>ייצוא דוח הביקורת של המיפויים</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>כתיבת %1…</translation>
    </message>
    <message>
        <source>Saved %1. SHA-256 of the audit&apos;s content (its CSV export): %2</source>
        <translation>%1 נשמר. SHA-256 של תוכן דוח הביקורת (ייצוא ה-CSV שלו): %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Legend:&lt;/b&gt; certificates on the left, mappings grouped by service on the right; a line joins each mapping to the certificate it uses (far apart: an arrow with its name). &lt;span style=&apos;color:#b35c00&apos;&gt;Dashed amber border&lt;/span&gt;: a certificate no mapping uses. &lt;span style=&apos;color:#c01c28&apos;&gt;Red&lt;/span&gt;: a missing or expired certificate, or a mapping with a problem. &lt;span style=&apos;color:#b35c00&apos;&gt;Amber&lt;/span&gt;: a certificate that expires within %1 days, or a warning. Every mark is also written in the box. Hover a box for details; hold %2 and turn the mouse wheel to zoom.</source>
        <translation>&lt;b&gt;מקרא:&lt;/b&gt; האישורים בצד שמאל, המיפויים מקובצים לפי שירות בצד ימין; קו מחבר כל מיפוי לאישור שהוא משתמש בו (כשהם רחוקים זה מזה: חץ עם שמו). &lt;span style=&apos;color:#b35c00&apos;&gt;מסגרת מקווקוות בצבע ענבר&lt;/span&gt;: אישור שאף מיפוי אינו משתמש בו. &lt;span style=&apos;color:#c01c28&apos;&gt;אדום&lt;/span&gt;: אישור חסר או שתוקפו פג, או מיפוי שיש בו בעיה. &lt;span style=&apos;color:#b35c00&apos;&gt;ענבר&lt;/span&gt;: אישור שתוקפו יפוג בתוך %1 ימים, או אזהרה. כל סימון כתוב גם בתוך התיבה. ריחוף מעל תיבה מציג פרטים; כדי לשנות את גודל התצוגה, החזיקו את %2 וגללו בגלגלת העכבר.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateDelegate</name>
    <message>
        <source>(choose a certificate)</source>
        <translation>(בחירת אישור)</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · בתוקף עד %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (פג תוקף)</translation>
    </message>
    <message>
        <source>Certificate id %1</source>
        <translation>מזהה אישור %1</translation>
    </message>
    <message>
        <source>%1 (not in the account)</source>
        <translation>%1 (לא קיים בחשבון)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateGenerateJob</name>
    <message>
        <source>Enter a certificate name.</source>
        <translation>יש להזין שם לאישור.</translation>
    </message>
    <message>
        <source>The name may contain only letters A–Z, a–z and digits.</source>
        <translation>השם יכול להכיל רק את האותיות A–Z ו-a–z וספרות.</translation>
    </message>
    <message>
        <source>The password must be 8 to 500 characters long.</source>
        <translation>אורך הסיסמה חייב להיות בין 8 ל-500 תווים.</translation>
    </message>
    <message>
        <source>The password needs at least one digit.</source>
        <translation>הסיסמה חייבת לכלול לפחות ספרה אחת.</translation>
    </message>
    <message>
        <source>The password needs at least one lower-case letter.</source>
        <translation>הסיסמה חייבת לכלול לפחות אות קטנה אחת.</translation>
    </message>
    <message>
        <source>The password needs at least one upper-case letter.</source>
        <translation>הסיסמה חייבת לכלול לפחות אות גדולה אחת.</translation>
    </message>
    <message>
        <source>The password needs at least one of %1</source>
        <translation>הסיסמה חייבת לכלול לפחות אחד מהתווים %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateManager</name>
    <message>
        <source>Log in first: certificate calls need a session with the Login Service.</source>
        <translation>יש להתחבר קודם: פעולות על אישורים דורשות הפעלה מול שירות ההתחברות.</translation>
    </message>
    <message>
        <source>The account has no mtlsGateway domain. Check the Domains step.</source>
        <translation>לחשבון אין דומיין mtlsGateway. יש לבדוק את שלב הדומיינים.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>כשל ב%1: %2</translation>
    </message>
    <message>
        <source>Loading the certificates</source>
        <translation>טעינת האישורים</translation>
    </message>
    <message>
        <source>Updating certificate &quot;%1&quot;</source>
        <translation>עדכון האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Uploading certificate &quot;%1&quot;</source>
        <translation>העלאת האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deleting certificate &quot;%1&quot;</source>
        <translation>מחיקת האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Generating certificate &quot;%1&quot;</source>
        <translation>יצירת האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Testing the P12 file with the service</source>
        <translation>בדיקת קובץ ה-P12 מול השירות</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificateUploadDialog</name>
    <message>
        <source>Upload a certificate</source>
        <translation>העלאת אישור</translation>
    </message>
    <message>
        <source>The service stores the file and its password, and gives the certificate an id that mappings refer to. It accepts only files a Java runtime can load: test the file in the P12 workbench first.</source>
        <translation>השירות שומר את הקובץ ואת הסיסמה שלו, ומקצה לאישור מזהה שהמיפויים מפנים אליו. השירות מקבל רק קבצים שסביבת ריצה של Java יכולה לטעון: מומלץ לבדוק את הקובץ קודם בסדנת P12.</translation>
    </message>
    <message>
        <source>Replace certificate &quot;%1&quot;</source>
        <translation>החלפת האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new file takes the place of the old one under the same id, so every mapping that uses this certificate uses the new file (after the service&apos;s ~5 minute cache).</source>
        <translation>הקובץ החדש מחליף את הישן תחת אותו מזהה, כך שכל מיפוי שמשתמש באישור זה ישתמש בקובץ החדש (לאחר המטמון של השירות, כ-5 דקות).</translation>
    </message>
    <message>
        <source>Rename certificate &quot;%1&quot;</source>
        <translation>שינוי שם האישור &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The service renames a certificate only together with its file: choose the file (the current one or a renewed one) and its password, then the new name.</source>
        <translation>השירות משנה שם של אישור רק יחד עם הקובץ שלו: יש לבחור את הקובץ (הנוכחי או קובץ מחודש) ואת הסיסמה שלו, ואז את השם החדש.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesModel</name>
    <message>
        <source>not given</source>
        <translation>לא צוין</translation>
    </message>
    <message numerus="yes">
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (פג לפני %n יום)</numerusform>
            <numerusform>%1 (פג לפני %n ימים)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (expires today)</source>
        <translation>%1 (פג היום)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (בעוד %n יום)</numerusform>
            <numerusform>%1 (בעוד %n ימים)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>פג תוקף</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>זמין</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>לא ידוע</translation>
    </message>
    <message>
        <source>Unavailable (%1)</source>
        <translation>לא זמין (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no mapping</source>
        <translation>ללא מיפוי</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n מיפוי</numerusform>
            <numerusform>%n מיפויים</numerusform>
        </translation>
    </message>
    <message>
        <source>This certificate has expired: the service no longer uses it. Replace it with a renewed file.</source>
        <translation>תוקפו של אישור זה פג: השירות כבר אינו משתמש בו. יש להחליף אותו בקובץ מחודש.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate expires in less than %n day(s): replace it before then.</source>
        <translation>
            <numerusform>תוקפו של אישור זה יפוג בעוד פחות מ-%n יום: יש להחליף אותו לפני כן.</numerusform>
            <numerusform>תוקפו של אישור זה יפוג בעוד פחות מ-%n ימים: יש להחליף אותו לפני כן.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service reports this certificate as not available (it must be in both its vault and its database, and not expired).</source>
        <translation>השירות מדווח שאישור זה אינו זמין (האישור חייב להימצא גם בכספת וגם במסד הנתונים של השירות, ולהיות בתוקף).</translation>
    </message>
    <message>
        <source>The service did not give an expiration date for this certificate.</source>
        <translation>השירות לא מסר תאריך תפוגה לאישור זה.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>תפוגה</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>בשימוש על ידי</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CertificatesPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>מע&amp;בר להתחברות</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;העלאה…</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;יצירה…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>הח&amp;לפה…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;שינוי שם…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;מחיקה…</translation>
    </message>
    <message>
        <source>&amp;Handshake test…</source>
        <translation>בדיקת לחיצת י&amp;ד…</translation>
    </message>
    <message>
        <source>Search by name, id or status</source>
        <translation>חיפוש לפי שם, מזהה או מצב</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>חיפוש אישורים</translation>
    </message>
    <message>
        <source>Certificates of the account</source>
        <translation>אישורי החשבון</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>בעבודה</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <source>The account has no certificates yet. Upload one, or generate one with the service.</source>
        <translation>לחשבון אין עדיין אישורים. אפשר להעלות אישור, או ליצור אישור באמצעות השירות.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>%n אישור.</numerusform>
            <numerusform>%n אישורים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; saved with id %2.</source>
        <translation>האישור &quot;%1&quot; נשמר עם המזהה %2.</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; (id %2) updated.</source>
        <translation>האישור &quot;%1&quot; (מזהה %2) עודכן.</translation>
    </message>
    <message>
        <source>Mappings see the change after the service&apos;s ~5 minute cache.</source>
        <translation>המיפויים יראו את השינוי לאחר המטמון של השירות (כ-5 דקות).</translation>
    </message>
    <message>
        <source>Certificate deleted.</source>
        <translation>האישור נמחק.</translation>
    </message>
    <message>
        <source>Loading the certificates…</source>
        <translation>האישורים נטענים…</translation>
    </message>
    <message>
        <source>Delete certificate &quot;%1&quot; (id %2) from the account?</source>
        <translation>למחוק את האישור &quot;%1&quot; (מזהה %2) מהחשבון?</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) use this certificate: calls to their URLs will go out without a client certificate and will fail once the service&apos;s cache refreshes (about 5 minutes).</source>
        <translation>
            <numerusform>%n מיפוי משתמש באישור זה: קריאות לכתובת ה-URL שלו ייצאו ללא אישור לקוח וייכשלו ברגע שהמטמון של השירות יתרענן (כ-5 דקות).</numerusform>
            <numerusform>%n מיפויים משתמשים באישור זה: קריאות לכתובות ה-URL שלהם ייצאו ללא אישור לקוח וייכשלו ברגע שהמטמון של השירות יתרענן (כ-5 דקות).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mappings that use it stop working after about 5 minutes.</source>
        <translation>מיפויים שמשתמשים בו יפסיקו לפעול לאחר כ-5 דקות.</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>מחיקת אישור</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>מחיקת &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Handshake test — %1</source>
        <translation>בדיקת לחיצת יד — %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::CheckPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>בדיקה &amp;עכשיו</translation>
    </message>
    <message>
        <source>Send a &amp;test request…</source>
        <translation>שליחת בקשת ב&amp;דיקה…</translation>
    </message>
    <message>
        <source>Check that the mapping is live</source>
        <translation>בדיקה שהמיפוי פעיל</translation>
    </message>
    <message>
        <source>The gateway&apos;s check-mapping says whether its runtime presents a certificate for this service and exact URL. Saved changes reach the runtime through a cache after about 5 minutes.</source>
        <translation>הפעולה check-mapping של השער מציינת אם סביבת הריצה שלו מציגה אישור עבור שירות זה וכתובת URL מדויקת זו. שינויים שנשמרו מגיעים לסביבת הריצה דרך מטמון, לאחר כ-5 דקות.</translation>
    </message>
    <message>
        <source>Until the cache picks the mapping up it is &quot;not live yet&quot;: this step shows when it should be live and checks again by itself. You can finish the wizard now; the Dashboard shows every mapping&apos;s status later.</source>
        <translation>עד שהמטמון קולט את המיפוי, הוא &quot;עדיין לא פעיל&quot;: שלב זה מראה מתי הוא אמור להיות פעיל, ובודק שוב מעצמו. אפשר לסיים את האשף כעת; לוח הבקרה יציג בהמשך את המצב של כל מיפוי.</translation>
    </message>
    <message>
        <source>Like every request of mTLS Desk, these checks are paced so that the account stays under the service&apos;s limit of 10 requests per second.</source>
        <translation>כמו כל בקשה של mTLS Desk, קצב הבדיקות האלה מוגבל כך שהחשבון יישאר מתחת למגבלת השירות של 10 בקשות לשנייה.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>בדיקה מתבצעת</translation>
    </message>
    <message>
        <source>No mapping was saved in the previous step: go back and save one first.</source>
        <translation>לא נשמר מיפוי בשלב הקודם: יש לחזור ולשמור מיפוי קודם.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: %2 · %3</source>
        <translation>מיפוי &quot;%1&quot;: %2 · %3</translation>
    </message>
    <message>
        <source>Another check is running (Dashboard); this mapping is checked right after it.</source>
        <translation>בדיקה אחרת פועלת (לוח הבקרה); מיפוי זה ייבדק מיד אחריה.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>פנייה לשער…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>נבדק ב-%1.</translation>
    </message>
    <message>
        <source>The mapping is not in the account&apos;s saved list yet.</source>
        <translation>המיפוי עדיין אינו ברשימה השמורה של החשבון.</translation>
    </message>
    <message>
        <source>Checking again at %1, and every %2 seconds until it is live.</source>
        <translation>בדיקה חוזרת ב-%1, ולאחר מכן כל %2 שניות עד שיהיה פעיל.</translation>
    </message>
    <message>
        <source>Waiting for the gateway&apos;s cache.</source>
        <translation>בהמתנה למטמון של השער.</translation>
    </message>
    <message>
        <source>The gateway presents the certificate when %1 calls this URL.</source>
        <translation>השער מציג את האישור כאשר %1 קורא לכתובת URL זו.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DashboardModel</name>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DashboardPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>מעבר להתחבר&amp;ות</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;מצב</translation>
    </message>
    <message>
        <source>Send one request through the gateway&apos;s forward endpoint, as the runtime does: the gateway finds the certificate by service and exact URL, calls the URL with it and returns the answer unchanged.</source>
        <translation>שליחת בקשה אחת דרך נקודת הקצה forward של השער, כפי שעושה סביבת הריצה: השער מוצא את האישור לפי השירות וכתובת ה-URL המדויקת, קורא לכתובת עם האישור ומחזיר את התשובה ללא שינוי.</translation>
    </message>
    <message>
        <source>For&amp;ward test</source>
        <translation>בדיקת ה&amp;עברה</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;דוח ביקורת</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>נבדקו %1 מתוך %2</translation>
    </message>
    <message>
        <source>Nothing to check: no saved mapping is enabled.</source>
        <translation>אין מה לבדוק: אף מיפוי שמור אינו מופעל.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n enabled mapping(s) with the gateway.</source>
        <translation>
            <numerusform>נבדק %n מיפוי מופעל מול השער.</numerusform>
            <numerusform>נבדקו %n מיפויים מופעלים מול השער.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check canceled: the table shows the answers that arrived.</source>
        <translation>הבדיקה בוטלה: הטבלה מציגה את התשובות שהתקבלו.</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>&amp;בדיקת הכול</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>התקדמות הבדיקה</translation>
    </message>
    <message>
        <source>Show mappings with status</source>
        <translation>הצגת מיפויים לפי מצב</translation>
    </message>
    <message>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>בעיות</translation>
    </message>
    <message>
        <source>Mappings that do not work or need attention (errors and warnings)</source>
        <translation>מיפויים שאינם פועלים או שדורשים תשומת לב (שגיאות ואזהרות)</translation>
    </message>
    <message>
        <source>Search by name, service, URL or certificate</source>
        <translation>חיפוש לפי שם, שירות, URL או אישור</translation>
    </message>
    <message>
        <source>Search the dashboard</source>
        <translation>חיפוש בלוח הבקרה</translation>
    </message>
    <message>
        <source>Runtime status of the mappings</source>
        <translation>מצב המיפויים בסביבת הריצה</translation>
    </message>
    <message>
        <source>Double-click a mapping to send a test request to its URL.</source>
        <translation>לחיצה כפולה על מיפוי שולחת בקשת בדיקה לכתובת ה-URL שלו.</translation>
    </message>
    <message>
        <source>Status of the selected mapping</source>
        <translation>מצב המיפוי הנבחר</translation>
    </message>
    <message>
        <source>Saved changes reach the gateway&apos;s runtime about 5 minutes after saving (its cache): until then a mapping is &quot;not live yet&quot;, with the time it should be live. Check all asks the gateway&apos;s check-mapping in batches of up to %1 URLs per request, paced at 10 requests per second like every call to the service.</source>
        <translation>שינויים שנשמרו מגיעים לסביבת הריצה של השער כ-5 דקות לאחר השמירה (בגלל המטמון שלה): עד אז המיפוי &quot;עדיין לא פעיל&quot;, ומוצגת השעה שבה הוא אמור להיות פעיל. &quot;בדיקת הכול&quot; פונה ל-check-mapping של השער בקבוצות של עד %1 כתובות URL לכל בקשה, בקצב של 10 בקשות לשנייה, כמו כל קריאה לשירות.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>ה&amp;צגה:</translation>
    </message>
    <message>
        <source>Checking the saved mappings with the gateway…</source>
        <translation>המיפויים השמורים נבדקים מול השער…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>בטעינה…</translation>
    </message>
    <message>
        <source>A check is running.</source>
        <translation>בדיקה פועלת כעת.</translation>
    </message>
    <message>
        <source>Ask the gateway about every saved, enabled mapping (%1)</source>
        <translation>שאילת השער על כל מיפוי שמור ומופעל (%1)</translation>
    </message>
    <message>
        <source>Select a mapping to see what the runtime makes of it and what to do.</source>
        <translation>יש לבחור מיפוי כדי לראות מה סביבת הריצה עושה איתו ומה יש לעשות.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; — %2. %3</source>
        <translation>&quot;%1&quot; — %2. %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>נבדק לאחרונה ב-%1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>עדיין לא נבדק</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsModel</name>
    <message>
        <source>Double-click to use another host for %1 (host or host:port). Leave empty to use the discovered one.</source>
        <translation>לחיצה כפולה כדי להשתמש במארח אחר עבור %1 (host או host:port). יש להשאיר ריק כדי להשתמש במארח שהתגלה.</translation>
    </message>
    <message>
        <source>Not discovered: mTLS Desk needs this domain.</source>
        <translation>לא התגלה: mTLS Desk זקוק לדומיין זה.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Discovered (CSDS)</source>
        <translation>התגלה (CSDS)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>עקיפה</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>בשימוש</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsPage</name>
    <message>
        <source>Service domains</source>
        <translation>דומיינים של השירות</translation>
    </message>
    <message>
        <source>Domains are looked up for your account every time, because the service may move them. Override one only when LivePerson support asks you to.</source>
        <translation>הדומיינים נבדקים מחדש עבור החשבון בכל פעם, כי השירות עשוי להעביר אותם. יש לעקוף דומיין רק כאשר התמיכה של LivePerson מבקשת זאת.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::DomainsView</name>
    <message>
        <source>&amp;Discover again</source>
        <translation>&amp;גילוי מחדש</translation>
    </message>
    <message>
        <source>The Domain API (CSDS) tells which host serves each part of the service for this account. mTLS Desk uses mtlsGateway for certificates and runtime calls, accountConfigReadWrite for mappings and agentVep for the Login Service. Double-click an Override cell to pin another host.</source>
        <translation>ה-Domain API (CSDS) מציין איזה מארח משרת כל חלק של השירות עבור חשבון זה. mTLS Desk משתמש ב-mtlsGateway עבור אישורים וקריאות לסביבת הריצה, ב-accountConfigReadWrite עבור מיפויים וב-agentVep עבור שירות ההתחברות. לחיצה כפולה על תא בעמודה &quot;עקיפה&quot; מאפשרת לקבוע מארח אחר.</translation>
    </message>
    <message>
        <source>Service domains</source>
        <translation>דומיינים של השירות</translation>
    </message>
    <message>
        <source>Log in first: the domains are discovered for the account.</source>
        <translation>יש להתחבר קודם: הדומיינים מתגלים עבור החשבון.</translation>
    </message>
    <message>
        <source>Not discovered: %1. Press Discover again; if it stays missing, set the override that LivePerson support gives you.</source>
        <translation>לא התגלו: %1. יש ללחוץ על &quot;גילוי מחדש&quot;; אם הדומיין עדיין חסר, יש להגדיר את העקיפה שהתמיכה של LivePerson מספקת.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) discovered for account %1.</source>
        <translation>
            <numerusform>התגלה %n דומיין עבור החשבון %1.</numerusform>
            <numerusform>התגלו %n דומיינים עבור החשבון %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>מתבצע גילוי…</translation>
    </message>
    <message>
        <source>Discovering domains</source>
        <translation>גילוי דומיינים</translation>
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
        <translation>ייצור</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>מותאמת אישית</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>אין חשבון</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>חשבון %1</translation>
    </message>
    <message>
        <source>Environment %1, %2</source>
        <translation>סביבה %1, %2</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::ForwardResponseView</name>
    <message>
        <source>Response</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>עדיין לא נשלחה בקשה.</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>גוף התגובה</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>כותרות התגובה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>גוף</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>כותרות</translation>
    </message>
    <message>
        <source>HTTP %1%2 · %3 ms</source>
        <translation>HTTP %1%2 · %3 מילישניות</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gateway could not get an answer from the remote side (HTTP 424).&lt;/b&gt;</source>
        <translation>&lt;b&gt;השער לא הצליח לקבל תשובה מהצד המרוחק (HTTP 424).&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Message from transport: %1</source>
        <translation>הודעה משכבת התעבורה: %1</translation>
    </message>
    <message>
        <source>Error from transport: %1</source>
        <translation>שגיאה משכבת התעבורה: %1</translation>
    </message>
    <message>
        <source>Check that the URL is reachable from the gateway and that the remote side accepts the mapped certificate.</source>
        <translation>יש לוודא שכתובת ה-URL נגישה מהשער ושהצד המרוחק מקבל את האישור הממופה.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gateway may have found no mapping for this URL and service (HTTP %1).&lt;/b&gt; With &quot;Stop if no certificate is mapped&quot; on, this is how it refuses the call. Check the exact URL (query included), the service name, and that the mapping is live (saved changes take about 5 minutes).</source>
        <translation>&lt;b&gt;ייתכן שהשער לא מצא מיפוי עבור כתובת URL ושירות אלה (HTTP %1).&lt;/b&gt; כשהאפשרות &quot;עצירה אם אין אישור ממופה&quot; מסומנת, כך השער מסרב לקריאה. יש לבדוק את כתובת ה-URL המדויקת (כולל השאילתה), את שם השירות, ושהמיפוי פעיל (שינויים שנשמרו נכנסים לתוקף לאחר כ-5 דקות).</translation>
    </message>
    <message>
        <source>The service says: %1</source>
        <translation>השירות אומר: %1</translation>
    </message>
    <message>
        <source>Headers (%1)</source>
        <translation>כותרות (%1)</translation>
    </message>
    <message>
        <source>Body (%1)</source>
        <translation>גוף (%1)</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ללא סוג תוכן</translation>
    </message>
    <message>
        <source>(empty body · %1)</source>
        <translation>(גוף ריק · %1)</translation>
    </message>
    <message>
        <source>Binary body (%1, %2). The first bytes:</source>
        <translation>גוף בינארי (%1, %2). הבתים הראשונים:</translation>
    </message>
    <message>
        <source>… (%1 more not shown)</source>
        <translation>… (עוד %1 לא מוצגים)</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::ForwardTesterPanel</name>
    <message>
        <source>Sto&amp;p if no certificate is mapped</source>
        <translation>עצירה &amp;אם אין אישור ממופה</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>כותרות &amp;נוספות:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>ש&amp;ליחה</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation>העתקה כ&amp;פקודת curl</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>מיפוי שמור</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>שיטת HTTP</translation>
    </message>
    <message>
        <source>Forward URL</source>
        <translation>כתובת URL להעברה</translation>
    </message>
    <message>
        <source>https://partner.example/api/token (exactly as mapped, query included)</source>
        <translation>https://partner.example/api/token (בדיוק כפי שמופתה, כולל השאילתה)</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>שם השירות</translation>
    </message>
    <message>
        <source>Sent as LP-service-name. Leave empty to send none.</source>
        <translation>נשלח בכותרת LP-service-name. יש להשאיר ריק כדי לא לשלוח אותה.</translation>
    </message>
    <message>
        <source>LP-stop-if-certificate-not-found: when no mapping matches, the gateway answers with an error instead of calling the URL over plain TLS.</source>
        <translation>LP-stop-if-certificate-not-found: כאשר אף מיפוי אינו תואם, השער משיב בשגיאה במקום לקרוא לכתובת ה-URL על גבי TLS רגיל.</translation>
    </message>
    <message>
        <source>Authorization override</source>
        <translation>עקיפת Authorization</translation>
    </message>
    <message>
        <source>optional, e.g. Bearer … (sent to the remote side, never stored)</source>
        <translation>אופציונלי, למשל Bearer … (נשלח לצד המרוחק, לעולם אינו נשמר)</translation>
    </message>
    <message>
        <source>LP-authorization-override: the Authorization header the gateway sends to the URL. It is a secret: it is not saved, logged or copied.</source>
        <translation>LP-authorization-override: כותרת ה-Authorization שהשער שולח לכתובת ה-URL. זהו סוד: הוא אינו נשמר, אינו נרשם ביומן ואינו מועתק.</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>הצגה או הסתרה של הערך</translation>
    </message>
    <message>
        <source>Content type of the body</source>
        <translation>סוג התוכן של הגוף</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>גוף הבקשה</translation>
    </message>
    <message>
        <source>Extra request headers</source>
        <translation>כותרות נוספות לבקשה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Body, content &amp;type:</source>
        <translation>גוף, סו&amp;ג תוכן:</translation>
    </message>
    <message>
        <source>Copies a curl command for this request. The AppKey signature and the Authorization override are left as placeholders.</source>
        <translation>העתקת פקודת curl עבור בקשה זו. חתימת ה-AppKey ועקיפת ה-Authorization נשארות כמצייני מקום.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>שליחה מתבצעת</translation>
    </message>
    <message>
        <source>Request through the gateway</source>
        <translation>בקשה דרך השער</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>מיפוי &amp;שמור:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;כתובת URL:</translation>
    </message>
    <message>
        <source>Ser&amp;vice name:</source>
        <translation>שם השי&amp;רות:</translation>
    </message>
    <message>
        <source>Authori&amp;zation override:</source>
        <translation>ע&amp;קיפת Authorization:</translation>
    </message>
    <message>
        <source>(no saved mappings: type a URL)</source>
        <translation>(אין מיפויים שמורים: יש להקליד כתובת URL)</translation>
    </message>
    <message>
        <source>(none: type a URL below)</source>
        <translation>(ללא: יש להקליד כתובת URL למטה)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 — %2 (disabled)</source>
        <translation>%1 — %2 (מושבת)</translation>
    </message>
    <message>
        <source>Pick a saved mapping, or type the full URL the gateway should call.</source>
        <translation>יש לבחור מיפוי שמור, או להקליד את כתובת ה-URL המלאה שהשער צריך לקרוא לה.</translation>
    </message>
    <message>
        <source>✓ The saved mapping &quot;%1&quot; has this exact URL for %2.</source>
        <translation>✓ למיפוי השמור &quot;%1&quot; יש כתובת URL מדויקת זו עבור %2.</translation>
    </message>
    <message>
        <source>⚠ No saved mapping has this exact URL for %1: the gateway will refuse the call.</source>
        <translation>⚠ לאף מיפוי שמור אין כתובת URL מדויקת זו עבור %1: השער יסרב לקריאה.</translation>
    </message>
    <message>
        <source>an empty service name</source>
        <translation>שם שירות ריק</translation>
    </message>
    <message>
        <source>⚠ No saved mapping has this exact URL for %1: the gateway calls it without a client certificate.</source>
        <translation>⚠ לאף מיפוי שמור אין כתובת URL מדויקת זו עבור %1: השער יקרא לה ללא אישור לקוח.</translation>
    </message>
    <message>
        <source>%1 sends no body.</source>
        <translation>השיטה %1 אינה שולחת גוף.</translation>
    </message>
    <message>
        <source>Sent to the URL byte for byte.</source>
        <translation>נשלח לכתובת ה-URL בית אחר בית.</translation>
    </message>
    <message>
        <source>✓ Valid JSON (%1).</source>
        <translation>✓ JSON תקין (%1).</translation>
    </message>
    <message>
        <source>⚠ Not valid JSON (%1 at offset %2); it is sent as it is.</source>
        <translation>⚠ JSON לא תקין (%1 בהיסט %2); הוא יישלח כפי שהוא.</translation>
    </message>
    <message>
        <source>Extra &amp;headers (%1):</source>
        <translation>כותרות &amp;נוספות (%1):</translation>
    </message>
    <message>
        <source>Enter the URL to call, or pick a saved mapping.</source>
        <translation>יש להזין את כתובת ה-URL שאליה יש לקרוא, או לבחור מיפוי שמור.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is set by the form (URL, service, override or content type): remove it from the table.</source>
        <translation>הכותרת &quot;%1&quot; נקבעת על ידי הטופס (URL, שירות, עקיפה או סוג תוכן): יש להסיר אותה מהטבלה.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name.</source>
        <translation>&quot;%1&quot; אינו שם של כותרת.</translation>
    </message>
    <message>
        <source>Copied a curl command to the clipboard (with placeholders for the AppKey signature and any Authorization override).</source>
        <translation>פקודת curl הועתקה ללוח (עם מצייני מקום לחתימת ה-AppKey ולעקיפת Authorization, אם יש).</translation>
    </message>
    <message>
        <source>The forward could not start.</source>
        <translation>לא ניתן היה להתחיל את ההעברה.</translation>
    </message>
    <message>
        <source>Sending %1 %2 through the gateway…</source>
        <translation>שליחת %1 %2 דרך השער…</translation>
    </message>
    <message>
        <source>Canceled: no answer is shown.</source>
        <translation>בוטל: לא מוצגת תשובה.</translation>
    </message>
    <message>
        <source>The forward</source>
        <translation>העברה</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::GenerateCertificateDialog</name>
    <message>
        <source>Generate a certificate</source>
        <translation>יצירת אישור</translation>
    </message>
    <message>
        <source>The service creates a key and a certificate signed by its CA and stores them for the account. Your partner&apos;s server must trust that CA. Keep the password: it protects the file when you download it.</source>
        <translation>השירות יוצר מפתח ואישור חתום על ידי ה-CA שלו, ושומר אותם עבור החשבון. השרת של השותף חייב לתת אמון ב-CA זה. יש לשמור את הסיסמה: היא מגנה על הקובץ כשמורידים אותו.</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>שם האישור</translation>
    </message>
    <message>
        <source>P12 password</source>
        <translation>סיסמת P12</translation>
    </message>
    <message>
        <source>Repeat the P12 password</source>
        <translation>חזרה על סיסמת P12</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;יצירה</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;חזרה:</translation>
    </message>
    <message>
        <source>The account already has a certificate with this name.</source>
        <translation>לחשבון כבר יש אישור בשם זה.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>שתי הסיסמאות שונות זו מזו.</translation>
    </message>
    <message>
        <source>✓ The name and password follow the service&apos;s rules.</source>
        <translation>✓ השם והסיסמה עומדים בכללי השירות.</translation>
    </message>
    <message>
        <source>The service is generating the certificate…</source>
        <translation>השירות יוצר את האישור…</translation>
    </message>
    <message>
        <source>Generating the certificate</source>
        <translation>יצירת האישור</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::HandshakeDialog</name>
    <message>
        <source>Trust the &amp;system&apos;s CAs</source>
        <translation>מתן אמון באישורי CA של ה&amp;מערכת</translation>
    </message>
    <message>
        <source>Send the client cer&amp;tificate when the server asks</source>
        <translation>שליחת אישור ה&amp;לקוח כשהשרת מבקש</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>ה&amp;רצה</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>ה&amp;עתקה כ-JSON</translation>
    </message>
    <message>
        <source>Handshake test — mTLS Desk</source>
        <translation>בדיקת לחיצת יד — mTLS Desk</translation>
    </message>
    <message>
        <source>URL to test</source>
        <translation>כתובת URL לבדיקה</translation>
    </message>
    <message>
        <source>https://api.example.com/health</source>
        <translation>https://api.example.com/health</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>קובץ PKCS#12</translation>
    </message>
    <message>
        <source>the file from the P12 workbench</source>
        <translation>הקובץ מסדנת P12</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>סיסמת PKCS#12</translation>
    </message>
    <message>
        <source>Extra trusted CA files</source>
        <translation>קובצי CA מהימנים נוספים</translation>
    </message>
    <message>
        <source>optional PEM files, separated by ;</source>
        <translation>קובצי PEM אופציונליים, מופרדים ב-;</translation>
    </message>
    <message>
        <source>Clear it to see how the server treats a client without a certificate</source>
        <translation>יש לבטל את הסימון כדי לראות איך השרת מתייחס ללקוח ללא אישור</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>כת&amp;ובת URL:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ע&amp;יון…</translation>
    </message>
    <message>
        <source>P12 &amp;file:</source>
        <translation>&amp;קובץ P12:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>E&amp;xtra trusted CAs:</source>
        <translation>CA מהימנים &amp;נוספים:</translation>
    </message>
    <message>
        <source>Handshake test results</source>
        <translation>תוצאות בדיקת לחיצת היד</translation>
    </message>
    <message>
        <source>Connects to the URL with the file&apos;s certificate, as a partner&apos;s client would, and tells what the server says. The password stays on this computer.</source>
        <translation>התחברות לכתובת ה-URL עם האישור שבקובץ, כפי שלקוח של שותף היה מתחבר, והצגת תשובת השרת. הסיסמה נשארת במחשב זה.</translation>
    </message>
    <message>
        <source>Enter the URL and press Run.</source>
        <translation>יש להזין את כתובת ה-URL וללחוץ על &quot;הרצה&quot;.</translation>
    </message>
    <message>
        <source>Open a PKCS#12 file</source>
        <translation>פתיחת קובץ PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>קובצי PKCS#12 (*.p12 *.pfx);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Trust these CA certificates</source>
        <translation>מתן אמון באישורי CA אלה</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>אישורי PEM (*.pem *.crt *.cer);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Enter the URL to test.</source>
        <translation>יש להזין את כתובת ה-URL לבדיקה.</translation>
    </message>
    <message>
        <source>Enter an https:// URL, for example https://api.example.com/health.</source>
        <translation>יש להזין כתובת URL מסוג https://, למשל https://api.example.com/health.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file whose certificate should be sent.</source>
        <translation>יש לבחור את קובץ ה-PKCS#12 שהאישור שבו יישלח.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>התחברות אל %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ביטול מתבצע…</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>הצלחה</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::LoginForm</name>
    <message>
        <source>Working</source>
        <translation>בעבודה</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>ההתנתקות בוצעה.</translation>
    </message>
    <message numerus="yes">
        <source>The service asked us to slow down; trying again in %n second(s)…</source>
        <translation>
            <numerusform>השירות ביקש להאט; ניסיון חוזר בעוד %n שנייה…</numerusform>
            <numerusform>השירות ביקש להאט; ניסיון חוזר בעוד %n שניות…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service did not answer; trying again in %n second(s)…</source>
        <translation>
            <numerusform>השירות לא השיב; ניסיון חוזר בעוד %n שנייה…</numerusform>
            <numerusform>השירות לא השיב; ניסיון חוזר בעוד %n שניות…</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment is not ready yet.</source>
        <translation>הסביבה עדיין אינה מוכנה.</translation>
    </message>
    <message>
        <source>This user is not an administrator: the service will refuse mTLS configuration changes.</source>
        <translation>משתמש זה אינו מנהל: השירות יסרב לשינויים בהגדרות mTLS.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s demo account is filled in: press Log in.</source>
        <translation>חשבון ההדגמה של ה-Sandbox המקומי מולא: יש ללחוץ על &quot;התחברות&quot;.</translation>
    </message>
    <message>
        <source>Logged in as %1 on account %2.</source>
        <translation>ההתחברות בוצעה בתור %1 בחשבון %2.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>התחברות</translation>
    </message>
    <message>
        <source>mTLS configuration is done by an administrator of the account. Your password goes only to the Login Service, and into the system keychain if you ask for it.</source>
        <translation>הגדרת mTLS מתבצעת על ידי מנהל של החשבון. הסיסמה נשלחת רק לשירות ההתחברות, ולמחזיק המפתחות של המערכת אם מבקשים זאת.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MainWindow</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;סביבה:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>סביבה</translation>
    </message>
    <message>
        <source>Sandbox (local, built in)</source>
        <translation>Sandbox (מקומית, מובנית)</translation>
    </message>
    <message>
        <source>Production (LivePerson)</source>
        <translation>ייצור (LivePerson)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>מותאמת אישית…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Test with the service, then upload</source>
        <translation>בדיקה מול השירות, ואז העלאה</translation>
    </message>
    <message>
        <source>&amp;Upload as a certificate…</source>
        <translation>&amp;העלאה כאישור…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <source>P12 workbench</source>
        <translation>סדנת P12</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>אישורים</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>מיפויים</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>לוח בקרה</translation>
    </message>
    <message>
        <source>Switch to production?</source>
        <translation>לעבור לסביבת הייצור?</translation>
    </message>
    <message>
        <source>Changes in Production affect the live account&apos;s traffic. Switch?</source>
        <translation>שינויים בסביבת הייצור משפיעים על התעבורה החיה של החשבון. לעבור?</translation>
    </message>
    <message>
        <source>Custom environment</source>
        <translation>סביבה מותאמת אישית</translation>
    </message>
    <message>
        <source>Domain API host (host or host:port) of the environment:</source>
        <translation>מארח ה-Domain API של הסביבה (host או host:port):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or host:port.</source>
        <translation>&quot;%1&quot; אינו שם מארח או host:port.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>יש לבחור סביבה.</translation>
    </message>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>ה-Sandbox המקומי מופעל…</translation>
    </message>
    <message>
        <source>Domain API: %1</source>
        <translation>ה-Domain API: %1</translation>
    </message>
    <message>
        <source>The environment&apos;s Domain API host is not valid.</source>
        <translation>מארח ה-Domain API של הסביבה אינו תקין.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>משתמש מחובר: %1</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as %1 · token valid for %n minute(s) (until %2)</source>
        <translation>
            <numerusform>משתמש מחובר: %1 · האסימון בתוקף עוד %n דקה (עד %2)</numerusform>
            <numerusform>משתמש מחובר: %1 · האסימון בתוקף עוד %n דקות (עד %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>About mTLS Desk</source>
        <translation>אודות mTLS Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mTLS Desk %1&lt;/h3&gt;&lt;p&gt;Set up mutual TLS with an mTLS gateway: log in, test and upload PKCS#12 certificates, map them to URLs and check them.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mTLS Desk %1&lt;/h3&gt;&lt;p&gt;הגדרת TLS הדדי מול שער mTLS: התחברות, בדיקה והעלאה של אישורי PKCS#12, מיפוי שלהם לכתובות URL ובדיקתם.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;QtKeychain %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingChecker</name>
    <message>
        <source>Checking the mappings</source>
        <translation>בדיקת המיפויים</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingDiffDialog</name>
    <message>
        <source>%1 added · %2 changed · %3 deleted</source>
        <translation>%1 נוספו · %2 שונו · %3 נמחקו</translation>
    </message>
    <message>
        <source>Save changes to the mappings (%1)</source>
        <translation>שמירת השינויים במיפויים (%1)</translation>
    </message>
    <message>
        <source>Mappings changed on the service (%1)</source>
        <translation>המיפויים שונו בשירות (%1)</translation>
    </message>
    <message>
        <source>These changes go to the service now. Its runtime uses them after its cache refreshes, about 5 minutes after saving.</source>
        <translation>שינויים אלה נשלחים לשירות עכשיו. סביבת הריצה שלו משתמשת בהם לאחר שהמטמון שלה מתרענן, כ-5 דקות לאחר השמירה.</translation>
    </message>
    <message>
        <source>Someone changed the mappings on the service while you were editing. Your edits are kept and now apply on top of what the service has; review them before saving.</source>
        <translation>מישהו שינה את המיפויים בשירות בזמן העריכה. העריכות שלך נשמרו וחלות כעת על גבי מה שיש בשירות; יש לעבור עליהן לפני השמירה.</translation>
    </message>
    <message>
        <source>Changed on both sides:</source>
        <translation>שונו בשני הצדדים:</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>שינויים לשמירה</translation>
    </message>
    <message>
        <source>Changes on the service</source>
        <translation>שינויים בשירות</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>נוספו</translation>
    </message>
    <message>
        <source>Added on the service</source>
        <translation>נוספו בשירות</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>שונו</translation>
    </message>
    <message>
        <source>Changed on the service</source>
        <translation>שונו בשירות</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (id %2)</source>
        <translation>&quot;%1&quot; (מזהה %2)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>נמחקו</translation>
    </message>
    <message>
        <source>Deleted on the service</source>
        <translation>נמחקו בשירות</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n change(s)</source>
        <translation>
            <numerusform>&amp;שמירת %n שינוי</numerusform>
            <numerusform>&amp;שמירת %n שינויים</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 · %3 · certificate %4 · %5</source>
        <translation>&quot;%1&quot;: %2 · %3 · אישור %4 · %5</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>מופעל</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ללא)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (מזהה %2)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>מזהה %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(ריק)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>כן</translation>
    </message>
    <message>
        <source>no</source>
        <translation>לא</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: היה %2, כעת %3</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingEditor</name>
    <message>
        <source>&quot;%1&quot; was changed on the service, and you deleted it: it stays deleted in your copy.</source>
        <translation>&quot;%1&quot; שונה בשירות, ובעותק שלך הוא נמחק: הוא נשאר מחוק בעותק שלך.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted on the service; your edit is kept as a new mapping.</source>
        <translation>&quot;%1&quot; נמחק בשירות; העריכה שלך נשמרת כמיפוי חדש.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed on the service too (%2): your values are kept; check them before saving.</source>
        <translation>&quot;%1&quot; שונה גם בשירות (%2): הערכים שלך נשמרים; יש לבדוק אותם לפני השמירה.</translation>
    </message>
    <message>
        <source>Log in first: mapping calls need a session or the account&apos;s AppKey.</source>
        <translation>יש להתחבר קודם: פעולות על מיפויים דורשות הפעלה או את ה-AppKey של החשבון.</translation>
    </message>
    <message>
        <source>The account has no accountConfigReadWrite domain. Check the Domains step.</source>
        <translation>לחשבון אין דומיין accountConfigReadWrite. יש לבדוק את שלב הדומיינים.</translation>
    </message>
    <message>
        <source>Reading the mappings</source>
        <translation>קריאת המיפויים</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) have errors; fix them before saving (the service would refuse them).</source>
        <translation>
            <numerusform>ב-%n מיפוי יש שגיאות; יש לתקן אותן לפני השמירה (השירות היה דוחה אותן).</numerusform>
            <numerusform>ב-%n מיפויים יש שגיאות; יש לתקן אותן לפני השמירה (השירות היה דוחה אותן).</numerusform>
        </translation>
    </message>
    <message>
        <source>The mappings changed on the service while you edited them (HTTP 409). Your edits are kept and re-applied on top of the current state: review them and save again.</source>
        <translation>המיפויים שונו בשירות בזמן העריכה (HTTP 409). העריכות שלך נשמרו והוחלו מחדש על גבי המצב הנוכחי: יש לעבור עליהן ולשמור שוב.</translation>
    </message>
    <message>
        <source>Saving the mappings</source>
        <translation>שמירת המיפויים</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingPage</name>
    <message>
        <source>&amp;Enabled: the runtime uses this mapping</source>
        <translation>מו&amp;פעל: סביבת הריצה משתמשת במיפוי זה</translation>
    </message>
    <message>
        <source>&amp;Add and save</source>
        <translation>&amp;הוספה ושמירה</translation>
    </message>
    <message>
        <source>Map a URL to the certificate</source>
        <translation>מיפוי כתובת URL לאישור</translation>
    </message>
    <message>
        <source>The runtime compares the full URL as written, query included. Mapping names are unique in the account. A saved mapping is live after about 5 minutes.</source>
        <translation>סביבת הריצה משווה את כתובת ה-URL המלאה כפי שנכתבה, כולל השאילתה. שמות מיפויים הם ייחודיים בחשבון. מיפוי שנשמר הופך לפעיל לאחר כ-5 דקות.</translation>
    </message>
    <message>
        <source>When the chosen service calls this exact URL, the gateway presents the certificate. A trailing slash, other letter case or another query order make another URL. One service and URL take one certificate.</source>
        <translation>כאשר השירות שנבחר קורא לכתובת URL מדויקת זו, השער מציג את האישור. לוכסן בסוף, רישיות שונה של אותיות או סדר שונה בשאילתה יוצרים כתובת URL אחרת. לכל שירות וכתובת URL יש אישור אחד.</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>שם המיפוי</translation>
    </message>
    <message>
        <source>e.g. partner-token</source>
        <translation>למשל partner-token</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Full URL</source>
        <translation>כתובת URL מלאה</translation>
    </message>
    <message>
        <source>https://partner.example/api/token</source>
        <translation>https://partner.example/api/token</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>מופעל</translation>
    </message>
    <message>
        <source>The runtime uses only enabled mappings</source>
        <translation>סביבת הריצה משתמשת רק במיפויים מופעלים</translation>
    </message>
    <message>
        <source>Unique in the account</source>
        <translation>ייחודי בחשבון</translation>
    </message>
    <message>
        <source>The LivePerson service that calls the URL</source>
        <translation>שירות LivePerson שקורא לכתובת ה-URL</translation>
    </message>
    <message>
        <source>The certificate the gateway presents for this URL</source>
        <translation>האישור שהשער מציג עבור כתובת URL זו</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>שי&amp;רות:</translation>
    </message>
    <message>
        <source>Full &amp;URL:</source>
        <translation>כתובת URL &amp;מלאה:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;אישור:</translation>
    </message>
    <message>
        <source>✓ Saved &quot;%1&quot;. The service&apos;s runtime uses it in about 5 minutes.</source>
        <translation>✓ &quot;%1&quot; נשמר. סביבת הריצה של השירות תשתמש בו בעוד כ-5 דקות.</translation>
    </message>
    <message>
        <source>Reading the account&apos;s mappings…</source>
        <translation>המיפויים של החשבון נקראים…</translation>
    </message>
    <message>
        <source>✓ An absolute https URL.</source>
        <translation>✓ כתובת URL מוחלטת מסוג https.</translation>
    </message>
    <message>
        <source>The full https URL, compared as written</source>
        <translation>כתובת ה-URL המלאה מסוג https, מושווית כפי שנכתבה</translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot; was saved earlier and is in the account&apos;s mappings.</source>
        <translation>✓ &quot;%1&quot; נשמר קודם לכן, והוא נמצא במיפויים של החשבון.</translation>
    </message>
    <message>
        <source>This mapping is saved. Change the form to add another one.</source>
        <translation>מיפוי זה נשמר. יש לשנות את הטופס כדי להוסיף מיפוי נוסף.</translation>
    </message>
    <message numerus="yes">
        <source>• The Mappings section has %n other unsaved change(s); they are saved too.</source>
        <translation>
            <numerusform>• במקטע &quot;מיפויים&quot; יש עוד %n שינוי שלא נשמר; גם הוא יישמר.</numerusform>
            <numerusform>• במקטע &quot;מיפויים&quot; יש עוד %n שינויים שלא נשמרו; גם הם יישמרו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the account&apos;s mappings are read.</source>
        <translation>יש להמתין עד שהמיפויים של החשבון ייקראו.</translation>
    </message>
    <message>
        <source>Fix the problems listed above first.</source>
        <translation>יש לתקן קודם את הבעיות שמפורטות למעלה.</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot;…</source>
        <translation>שמירת &quot;%1&quot;…</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsModel</name>
    <message>
        <source>name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>מופעל</translation>
    </message>
    <message>
        <source>Change %1 of &quot;%2&quot;</source>
        <translation>שינוי השדה %1 של &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>הוספת מיפוי</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (עותק)</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n mapping(s)</source>
        <translation>
            <numerusform>שכפול %n מיפוי</numerusform>
            <numerusform>שכפול %n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)</source>
        <translation>
            <numerusform>מחיקת %n מיפוי</numerusform>
            <numerusform>מחיקת %n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n mapping(s)</source>
        <translation>
            <numerusform>הפעלת %n מיפוי</numerusform>
            <numerusform>הפעלת %n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n mapping(s)</source>
        <translation>
            <numerusform>השבתת %n מיפוי</numerusform>
            <numerusform>השבתת %n מיפויים</numerusform>
        </translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(בחירה)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (לא ידוע)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ללא תאריך</translation>
    </message>
    <message>
        <source>%1 · expires %2</source>
        <translation>%1 · בתוקף עד %2</translation>
    </message>
    <message>
        <source>new, not saved</source>
        <translation>חדש, לא נשמר</translation>
    </message>
    <message>
        <source>changed, not saved</source>
        <translation>שונה, לא נשמר</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>מושבת</translation>
    </message>
    <message>
        <source>saved · live at %1</source>
        <translation>נשמר · פעיל מ-%1</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>נשמר</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>שגיאה: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
    <message>
        <source>The service&apos;s runtime sees a saved change about 5 minutes after it was saved.</source>
        <translation>סביבת הריצה של השירות רואה שינוי שנשמר כ-5 דקות לאחר שמירתו.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>מופעל</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::MappingsPage</name>
    <message>
        <source>Go to &amp;login</source>
        <translation>מעב&amp;ר להתחברות</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;הוספה</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ש&amp;כפול</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;מחיקה</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>ה&amp;פעלה</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>הש&amp;בתה</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ב&amp;יטול פעולה</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ביצוע חו&amp;זר</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;שמירה…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;טעינה מחדש</translation>
    </message>
    <message>
        <source>Disca&amp;rd…</source>
        <translation>הש&amp;לכה…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>ייב&amp;וא…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>יי&amp;צוא…</translation>
    </message>
    <message>
        <source>Search by name, service, URL or certificate</source>
        <translation>חיפוש לפי שם, שירות, URL או אישור</translation>
    </message>
    <message>
        <source>Search mappings</source>
        <translation>חיפוש מיפויים</translation>
    </message>
    <message>
        <source>Show mappings</source>
        <translation>הצגת מיפויים</translation>
    </message>
    <message>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>With problems</source>
        <translation>עם בעיות</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>לא נשמרו</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>מושבתים</translation>
    </message>
    <message>
        <source>Rows with errors (which keep the mappings from being saved) or warnings</source>
        <translation>שורות עם שגיאות (שמונעות את שמירת המיפויים) או עם אזהרות</translation>
    </message>
    <message>
        <source>Mappings of the account</source>
        <translation>מיפויי החשבון</translation>
    </message>
    <message>
        <source>Problems of the selected mapping</source>
        <translation>הבעיות של המיפוי הנבחר</translation>
    </message>
    <message>
        <source>Mapping counts</source>
        <translation>ספירת מיפויים</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>בעבודה</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;חיפוש:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>הצ&amp;גה:</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved edit(s) from your last session.</source>
        <translation>
            <numerusform>שוחזרה %n עריכה שלא נשמרה מההפעלה הקודמת.</numerusform>
            <numerusform>שוחזרו %n עריכות שלא נשמרו מההפעלה הקודמת.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) loaded.</source>
        <translation>
            <numerusform>נטען %n מיפוי.</numerusform>
            <numerusform>נטענו %n מיפויים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save: the working copy matches the service.</source>
        <translation>אין מה לשמור: עותק העבודה זהה למה שיש בשירות.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s). The service&apos;s runtime uses them in about 5 minutes.</source>
        <translation>
            <numerusform>נשמר %n שינוי. סביבת הריצה של השירות תשתמש בו בעוד כ-5 דקות.</numerusform>
            <numerusform>נשמרו %n שינויים. סביבת הריצה של השירות תשתמש בהם בעוד כ-5 דקות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n מיפוי</numerusform>
            <numerusform>%n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n עם שגיאות</numerusform>
            <numerusform>%n עם שגיאות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n אזהרה</numerusform>
            <numerusform>%n אזהרות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n שינוי שלא נשמר</numerusform>
            <numerusform>%n שינויים שלא נשמרו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n מוצג</numerusform>
            <numerusform>%n מוצגים</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the current call to the service has finished.</source>
        <translation>יש להמתין עד שהקריאה הנוכחית לשירות תסתיים.</translation>
    </message>
    <message>
        <source>Load the mappings first.</source>
        <translation>יש לטעון קודם את המיפויים.</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) have errors: fix them first (Show: With problems).</source>
        <translation>
            <numerusform>ב-%n מיפוי יש שגיאות: יש לתקן אותן קודם (הצגה: עם בעיות).</numerusform>
            <numerusform>ב-%n מיפויים יש שגיאות: יש לתקן אותן קודם (הצגה: עם בעיות).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review and save %n change(s) (%1)</source>
        <translation>
            <numerusform>סקירה ושמירה של %n שינוי (%1)</numerusform>
            <numerusform>סקירה ושמירה של %n שינויים (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mapping to see what, if anything, is wrong with it.</source>
        <translation>יש לבחור מיפוי כדי לראות מה, אם בכלל, אינו תקין בו.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>✓ &quot;%1&quot;: no problems found.</source>
        <translation>✓ &quot;%1&quot;: לא נמצאו בעיות.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;:</source>
        <translation>&quot;%1&quot;:</translation>
    </message>
    <message>
        <source>• Error: %1</source>
        <translation>• שגיאה: %1</translation>
    </message>
    <message>
        <source>• Warning: %1</source>
        <translation>• אזהרה: %1</translation>
    </message>
    <message>
        <source>Reading the mappings…</source>
        <translation>המיפויים נקראים…</translation>
    </message>
    <message>
        <source>Saving the mappings…</source>
        <translation>המיפויים נשמרים…</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>השלכת העריכות</translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n unsaved change(s) and go back to what the service has? This cannot be undone.</source>
        <translation>
            <numerusform>להשליך %n שינוי שלא נשמר ולחזור למה שיש בשירות? לא ניתן לבטל פעולה זו.</numerusform>
            <numerusform>להשליך %n שינויים שלא נשמרו ולחזור למה שיש בשירות? לא ניתן לבטל פעולה זו.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ה&amp;שלכה</translation>
    </message>
    <message>
        <source>Edits discarded: the table shows what the service has.</source>
        <translation>העריכות הושלכו: הטבלה מציגה את מה שיש בשירות.</translation>
    </message>
    <message>
        <source>Mappings (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>מיפויים (*.csv *.json);;קובץ CSV (*.csv);;קובץ JSON (*.json)</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>ייצוא מיפויים</translation>
    </message>
    <message>
        <source>Import mappings</source>
        <translation>ייבוא מיפויים</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>לא ניתן לייבא את %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n mapping(s)</source>
        <translation>
            <numerusform>ייבוא %n מיפוי</numerusform>
            <numerusform>ייבוא %n מיפויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1 as new rows. Review them, then save.</source>
        <translation>
            <numerusform>יובא %n מיפוי מ-%1 כשורה חדשה. יש לעבור עליו ואז לשמור.</numerusform>
            <numerusform>יובאו %n מיפויים מ-%1 כשורות חדשות. יש לעבור עליהם ואז לשמור.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>לא ניתן לייצא אל %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n mapping(s) (the working copy, unsaved edits included) to %1.</source>
        <translation>
            <numerusform>יוצא %n מיפוי (עותק העבודה, כולל עריכות שלא נשמרו) אל %1.</numerusform>
            <numerusform>יוצאו %n מיפויים (עותק העבודה, כולל עריכות שלא נשמרו) אל %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mappings changed on the service meanwhile (%n change(s)). Your edits are kept on top of the current state: review them and save again.</source>
        <translation>
            <numerusform>המיפויים שונו בשירות בינתיים (%n שינוי). העריכות שלך נשמרו על גבי המצב הנוכחי: יש לעבור עליהן ולשמור שוב.</numerusform>
            <numerusform>המיפויים שונו בשירות בינתיים (%n שינויים). העריכות שלך נשמרו על גבי המצב הנוכחי: יש לעבור עליהן ולשמור שוב.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::NameDelegate</name>
    <message>
        <source>Mapping name</source>
        <translation>שם המיפוי</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::OnboardingWizard</name>
    <message>
        <source>Set up mutual TLS — mTLS Desk</source>
        <translation>הגדרת TLS הדדי — mTLS Desk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; הק&amp;ודם</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ה&amp;בא &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ס&amp;יום</translation>
    </message>
    <message>
        <source>Presenter mo&amp;de</source>
        <translation>מ&amp;צב מציג</translation>
    </message>
    <message>
        <source>Start o&amp;ver</source>
        <translation>ה&amp;תחלה מחדש</translation>
    </message>
    <message>
        <source>Forget where this wizard stood and begin again at the first step. Nothing on the service is deleted.</source>
        <translation>שכחת המיקום של האשף והתחלה מחדש מהשלב הראשון. שום דבר בשירות אינו נמחק.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>שלב %1 מתוך %2: %3</translation>
    </message>
    <message>
        <source>Larger text and no secrets on screen, for sharing the screen (%1)</source>
        <translation>טקסט גדול יותר וללא סודות על המסך, לשיתוף מסך (%1)</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12BuilderDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;יצירה</translation>
    </message>
    <message>
        <source>Make key, CSR or PKCS#12 — mTLS Desk</source>
        <translation>יצירת מפתח, CSR או PKCS#12 — mTLS Desk</translation>
    </message>
    <message>
        <source>&amp;Key and CSR</source>
        <translation>&amp;מפתח ו-CSR</translation>
    </message>
    <message>
        <source>&amp;Build P12</source>
        <translation>&amp;בניית P12</translation>
    </message>
    <message>
        <source>&amp;Re-wrap P12</source>
        <translation>א&amp;ריזה מחדש של P12</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>שמירה בשם</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <source>Makes a new private key and a certificate signing request (CSR). Send the CSR to your certificate authority; keep the key. The key file is encrypted with its password.</source>
        <translation>יצירת מפתח פרטי חדש ובקשת חתימה על אישור (CSR). יש לשלוח את ה-CSR לרשות האישורים ולשמור את המפתח. קובץ המפתח מוצפן בסיסמה שלו.</translation>
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
        <translation>סו&amp;ג מפתח:</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>&amp;שם משותף (CN):</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;ארגון:</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>שתי אותיות, למשל US</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>מ&amp;דינה:</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>סיסמת המפתח</translation>
    </message>
    <message>
        <source>Key &amp;password:</source>
        <translation>&amp;סיסמת המפתח:</translation>
    </message>
    <message>
        <source>Save &amp;key as:</source>
        <translation>שמירת המ&amp;פתח בשם:</translation>
    </message>
    <message>
        <source>Save &amp;CSR as:</source>
        <translation>שמיר&amp;ת ה-CSR בשם:</translation>
    </message>
    <message>
        <source>Puts a private key, its signed certificate and the chain into one PKCS#12 file. The certificate must belong to the key.</source>
        <translation>הכנסת מפתח פרטי, האישור החתום שלו והשרשרת לקובץ PKCS#12 אחד. האישור חייב להיות שייך למפתח.</translation>
    </message>
    <message>
        <source>Private &amp;key (PEM/DER):</source>
        <translation>מפתח פר&amp;טי (PEM/DER):</translation>
    </message>
    <message>
        <source>Private key password</source>
        <translation>סיסמת המפתח הפרטי</translation>
    </message>
    <message>
        <source>Key pass&amp;word:</source>
        <translation>סיסמת המ&amp;פתח:</translation>
    </message>
    <message>
        <source>Signed &amp;certificate:</source>
        <translation>אישור &amp;חתום:</translation>
    </message>
    <message>
        <source>C&amp;hain (optional):</source>
        <translation>שרשר&amp;ת (אופציונלי):</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>פרופי&amp;ל:</translation>
    </message>
    <message>
        <source>New PKCS#12 password</source>
        <translation>סיסמת PKCS#12 חדשה</translation>
    </message>
    <message>
        <source>P12 &amp;password:</source>
        <translation>&amp;סיסמת P12:</translation>
    </message>
    <message>
        <source>&amp;Save P12 as:</source>
        <translation>&amp;שמירת P12 בשם:</translation>
    </message>
    <message>
        <source>Writes the same key and certificates into a new PKCS#12 file with other encryption, for example an old RC2 file as a Java 17 file.</source>
        <translation>כתיבת אותו מפתח ואותם אישורים לקובץ PKCS#12 חדש עם הצפנה אחרת, למשל המרת קובץ RC2 ישן לקובץ Java 17.</translation>
    </message>
    <message>
        <source>&amp;PKCS#12 file:</source>
        <translation>&amp;קובץ PKCS#12:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>הסיסמה הנוכחית</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>סיסמה &amp;נוכחית:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>סיסמה חדשה</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;שמירה בשם:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 נשמר.</translation>
    </message>
    <message>
        <source>Enter a common name and where to save the key and the CSR.</source>
        <translation>יש להזין שם משותף ולבחור היכן לשמור את המפתח ואת ה-CSR.</translation>
    </message>
    <message>
        <source>Saved the key to %1 and the CSR to %2. Send the CSR to your certificate authority.</source>
        <translation>המפתח נשמר אל %1 וה-CSR אל %2. יש לשלוח את ה-CSR לרשות האישורים.</translation>
    </message>
    <message>
        <source>Note: the key is saved without a password.</source>
        <translation>הערה: המפתח נשמר ללא סיסמה.</translation>
    </message>
    <message>
        <source>Choose the key, the certificate and where to save the PKCS#12 file.</source>
        <translation>יש לבחור את המפתח, את האישור והיכן לשמור את קובץ ה-PKCS#12.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file and where to save the new one.</source>
        <translation>יש לבחור את קובץ ה-PKCS#12 והיכן לשמור את הקובץ החדש.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>בעבודה…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>אזהרה: %1</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12Page</name>
    <message>
        <source>Client certificate (PKCS#12)</source>
        <translation>אישור לקוח (PKCS#12)</translation>
    </message>
    <message>
        <source>The gateway presents this certificate to your partner&apos;s server. The service stores only files that a Java runtime can load, so they are checked here first.</source>
        <translation>השער מציג אישור זה לשרת של השותף. השירות שומר רק קבצים שסביבת ריצה של Java יכולה לטעון, ולכן הם נבדקים כאן קודם.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::P12View</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>בחי&amp;נה</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>העתקת ה&amp;דוח</translation>
    </message>
    <message>
        <source>Re&amp;member this file&apos;s password in the system keychain</source>
        <translation>&amp;זכירת הסיסמה של קובץ זה במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <source>A .p12 or .pfx file — browse, or drop it here</source>
        <translation>קובץ .p12 או .pfx — עיון, או גרירה לכאן</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>קובץ PKCS#12</translation>
    </message>
    <message>
        <source>Path of the .p12 or .pfx file with the client certificate and its key</source>
        <translation>הנתיב של קובץ ה-.p12 או ה-.pfx עם אישור הלקוח והמפתח שלו</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>סיסמת PKCS#12</translation>
    </message>
    <message>
        <source>The file&apos;s password. Enter inspects the file on this computer.</source>
        <translation>הסיסמה של הקובץ. הקשה על Enter בוחנת את הקובץ במחשב זה.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>ממצאים</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>שרשרת האישורים</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>בתוקף עד</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>מפתח</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>שימוש מורחב במפתח</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;קובץ:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Remember this file&apos;s password in the system keychain</source>
        <translation>זכירת הסיסמה של קובץ זה במחזיק המפתחות של המערכת</translation>
    </message>
    <message>
        <source>Everything here happens on this computer: the file and its password are not sent anywhere. The service accepts only files that Java can load.</source>
        <translation>כל מה שקורה כאן מתבצע במחשב זה: הקובץ והסיסמה שלו אינם נשלחים לשום מקום. השירות מקבל רק קבצים ש-Java יכולה לטעון.</translation>
    </message>
    <message>
        <source>&amp;Make or convert a P12…</source>
        <translation>יצירה או המרה &amp;של P12…</translation>
    </message>
    <message>
        <source>Make a key and CSR, build a P12 from a key and certificate, or re-wrap a P12 for Java</source>
        <translation>יצירת מפתח ו-CSR, בניית P12 ממפתח ואישור, או אריזה מחדש של P12 עבור Java</translation>
    </message>
    <message>
        <source>&amp;Handshake test…</source>
        <translation>בדיקת &amp;לחיצת יד…</translation>
    </message>
    <message>
        <source>Connect to an HTTPS URL with this file&apos;s certificate and see what the server says</source>
        <translation>התחברות לכתובת URL מסוג HTTPS עם האישור שבקובץ זה, והצגת תשובת השרת</translation>
    </message>
    <message>
        <source>Open a PKCS#12 file</source>
        <translation>פתיחת קובץ PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>קובצי PKCS#12 (*.p12 *.pfx);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>יש לבחור קובץ קודם.</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>בחינה מתבצעת…</translation>
    </message>
    <message>
        <source>The new file is chosen: enter its password and press Inspect.</source>
        <translation>הקובץ החדש נבחר: יש להזין את הסיסמה שלו וללחוץ על &quot;בחינה&quot;.</translation>
    </message>
    <message>
        <source>Choose a file, enter its password and press Inspect.</source>
        <translation>יש לבחור קובץ, להזין את הסיסמה שלו וללחוץ על &quot;בחינה&quot;.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>מידע</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>שגיאה</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>אזהרה</translation>
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
        <translation>&amp;מצב מציג</translation>
    </message>
    <message>
        <source>Larger text and no secrets on screen (masked account id, no token details), for sharing the screen</source>
        <translation>טקסט גדול יותר וללא סודות על המסך (מזהה חשבון מוסתר, ללא פרטי אסימון), לשיתוף מסך</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::RemoteTestPage</name>
    <message>
        <source>Test with the service</source>
        <translation>בדיקה מול השירות</translation>
    </message>
    <message>
        <source>The local check said the file looks right; now the service itself opens it. Only a file the service&apos;s Java runtime can load works for mutual TLS.</source>
        <translation>הבדיקה המקומית מצאה שהקובץ נראה תקין; כעת השירות עצמו פותח אותו. רק קובץ שסביבת הריצה של Java בשירות יכולה לטעון מתאים ל-TLS הדדי.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::RemoteTestPanel</name>
    <message>
        <source>Also &amp;call a URL with this key through the service</source>
        <translation>גם קריאה לכתובת URL עם מפת&amp;ח זה דרך השירות</translation>
    </message>
    <message>
        <source>&amp;Test with the service</source>
        <translation>בדיקה &amp;מול השירות</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>ביטול הבדיקה</translation>
    </message>
    <message>
        <source>The service opens the file with its password the way it will when it uses the certificate, and answers whether it can (HTTP 200) or not (HTTP 500). Nothing is stored.</source>
        <translation>השירות פותח את הקובץ עם הסיסמה שלו, כפי שיעשה כשישתמש באישור, ומשיב אם הוא מצליח (HTTP 200) או לא (HTTP 500). שום דבר אינו נשמר.</translation>
    </message>
    <message>
        <source>URL the service calls with the key</source>
        <translation>כתובת URL שהשירות קורא לה עם המפתח</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>שיטת HTTP</translation>
    </message>
    <message>
        <source>optional, e.g. Bearer …</source>
        <translation>אופציונלי, למשל Bearer …</translation>
    </message>
    <message>
        <source>Authorization header sent to the URL</source>
        <translation>כותרת Authorization שנשלחת לכתובת ה-URL</translation>
    </message>
    <message>
        <source>Request body sent to the URL</source>
        <translation>גוף הבקשה שנשלח לכתובת ה-URL</translation>
    </message>
    <message>
        <source>optional body</source>
        <translation>גוף אופציונלי</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;כתובת URL:</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>כות&amp;רת Authorization:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;גוף:</translation>
    </message>
    <message>
        <source>Older versions of the tester made this call; the current service may only check the file. The Dashboard&apos;s forward tester uses the saved mapping.</source>
        <translation>גרסאות קודמות של הבודק ביצעו קריאה זו; ייתכן שהשירות הנוכחי רק בודק את הקובץ. בודק ההעברה בלוח הבקרה משתמש במיפוי השמור.</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>בדיקה מתבצעת</translation>
    </message>
    <message>
        <source>Answer details</source>
        <translation>פרטי התשובה</translation>
    </message>
    <message>
        <source>Choose and inspect a PKCS#12 file first.</source>
        <translation>יש לבחור ולבחון קובץ PKCS#12 קודם.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את הקובץ %1: %2</translation>
    </message>
    <message>
        <source>Enter a full https:// URL for the service to call, or untick the call.</source>
        <translation>יש להזין כתובת URL מלאה מסוג https:// שהשירות יקרא לה, או לבטל את סימון הקריאה.</translation>
    </message>
    <message>
        <source>The service is testing the file…</source>
        <translation>השירות בודק את הקובץ…</translation>
    </message>
    <message>
        <source>Test canceled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>The remote test</source>
        <translation>בדיקה מרוחקת</translation>
    </message>
    <message>
        <source>The service can use this file: the password opens it and the key is usable.</source>
        <translation>השירות יכול להשתמש בקובץ זה: הסיסמה פותחת אותו והמפתח שמיש.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation>לא צוינה סיבה</translation>
    </message>
    <message>
        <source>The service cannot use this file (HTTP %1): %2</source>
        <translation>השירות אינו יכול להשתמש בקובץ זה (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Check the file&apos;s password; if it is right, re-wrap the file for Java (Make or convert a P12…) or export it again, then test again.</source>
        <translation>יש לבדוק את הסיסמה של הקובץ; אם היא נכונה, יש לארוז מחדש את הקובץ עבור Java (&quot;יצירה או המרה של P12…&quot;) או לייצא אותו שוב, ואז לבדוק שוב.</translation>
    </message>
    <message>
        <source>The service could not call the URL with this key (HTTP 424): %1</source>
        <translation>השירות לא הצליח לקרוא לכתובת ה-URL עם מפתח זה (HTTP 424): %1</translation>
    </message>
    <message>
        <source>The service called the URL with this key; it answered HTTP %1.</source>
        <translation>השירות קרא לכתובת ה-URL עם מפתח זה; היא השיבה HTTP %1.</translation>
    </message>
    <message>
        <source>The service called the URL with this key, and the URL answered HTTP %1. Check the details below.</source>
        <translation>השירות קרא לכתובת ה-URL עם מפתח זה, וכתובת ה-URL השיבה HTTP %1. יש לבדוק את הפרטים שלהלן.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>קוד מצב HTTP: %1</translation>
    </message>
    <message>
        <source>Transport: %1</source>
        <translation>תעבורה: %1</translation>
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
        <translation>ייצור</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>מותאמת אישית (%1)</translation>
    </message>
    <message>
        <source>Log in first: checking mappings needs the account and its AppKey.</source>
        <translation>יש להתחבר קודם: בדיקת מיפויים דורשת את החשבון ואת ה-AppKey שלו.</translation>
    </message>
    <message>
        <source>Checking mappings and forwarding take the account&apos;s AppKey (OAuth1), which this session does not have. Log in again with the App key, secret, access token and access token secret.</source>
        <translation>בדיקת מיפויים והעברה דורשות את ה-AppKey של החשבון (OAuth1), שאין להפעלה זו. יש להתחבר שוב עם מפתח היישום, הסוד, אסימון הגישה וסוד אסימון הגישה.</translation>
    </message>
    <message>
        <source>The account has no mtlsGateway domain. Check the Domains step.</source>
        <translation>לחשבון אין דומיין mtlsGateway. יש לבדוק את שלב הדומיינים.</translation>
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
        <translation>(בחירת שירות)</translation>
    </message>
    <message>
        <source>Service %1 (unknown)</source>
        <translation>שירות %1 (לא ידוע)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>שירות</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>שפת הממשק</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>ברירת המחדל של המערכת (%1)</translation>
    </message>
    <message>
        <source>System default (English)</source>
        <translation>ברירת המחדל של המערכת (אנגלית)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <source>mTLS Desk is shown in this language.</source>
        <translation>mTLS Desk מוצג בשפה זו.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of mTLS Desk.</source>
        <translation>השפה החדשה תשמש מההפעלה הבאה של mTLS Desk.</translation>
    </message>
    <message>
        <source>Restart mTLS Desk?</source>
        <translation>להפעיל מחדש את mTLS Desk?</translation>
    </message>
    <message>
        <source>The language changes when mTLS Desk starts again. Restart now? Mapping edits that are not saved yet are kept as a draft.</source>
        <translation>השפה תשתנה כש-mTLS Desk יופעל שוב. להפעיל מחדש עכשיו? עריכות מיפויים שעדיין לא נשמרו יישמרו כטיוטה.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>ה&amp;פעלה מחדש עכשיו</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;מאוחר יותר</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::StatusSummary</name>
    <message>
        <source>Mappings per status</source>
        <translation>מיפויים לפי מצב</translation>
    </message>
    <message>
        <source>Show only &quot;%1&quot;</source>
        <translation>הצגת &quot;%1&quot; בלבד</translation>
    </message>
    <message>
        <source>No saved mappings yet.</source>
        <translation>עדיין אין מיפויים שמורים.</translation>
    </message>
    <message numerus="yes">
        <source>Mappings: %n —</source>
        <translation>
            <numerusform>מיפויים: %n —</numerusform>
            <numerusform>מיפויים: %n —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n מוצג)</numerusform>
            <numerusform>(%n מוצגים)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n פעיל</numerusform>
            <numerusform>%n פעילים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not live yet</source>
        <translation>
            <numerusform>%n עדיין לא פעיל</numerusform>
            <numerusform>%n עדיין לא פעילים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>%n לא נמצא</numerusform>
            <numerusform>%n לא נמצאו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n מושבת</numerusform>
            <numerusform>%n מושבתים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing a certificate</source>
        <translation>
            <numerusform>%n ללא אישור</numerusform>
            <numerusform>%n ללא אישור</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expired certificate</source>
        <translation>
            <numerusform>%n עם אישור שתוקפו פג</numerusform>
            <numerusform>%n עם אישור שתוקפו פג</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an expiring certificate</source>
        <translation>
            <numerusform>%n עם אישור שתוקפו עומד לפוג</numerusform>
            <numerusform>%n עם אישור שתוקפו עומד לפוג</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a duplicate risk</source>
        <translation>
            <numerusform>%n עם סיכון לכפילות</numerusform>
            <numerusform>%n עם סיכון לכפילות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n לא נבדק</numerusform>
            <numerusform>%n לא נבדקו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a failed check</source>
        <translation>
            <numerusform>%n עם בדיקה שנכשלה</numerusform>
            <numerusform>%n עם בדיקה שנכשלה</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UploadPage</name>
    <message>
        <source>Upload the certificate</source>
        <translation>העלאת האישור</translation>
    </message>
    <message>
        <source>The service keeps the file and its password under a name that must be unique in the account, and gives it an id. The mapping in the next step refers to that id.</source>
        <translation>השירות שומר את הקובץ ואת הסיסמה שלו תחת שם שחייב להיות ייחודי בחשבון, ומקצה לו מזהה. המיפוי בשלב הבא מפנה למזהה זה.</translation>
    </message>
    <message>
        <source>The certificate uploaded earlier (id %1) is no longer in the account: upload the file again.</source>
        <translation>האישור שהועלה קודם (מזהה %1) כבר אינו קיים בחשבון: יש להעלות את הקובץ שוב.</translation>
    </message>
    <message>
        <source>Whether it is still in the account could not be checked: %1 The Mapping step checks again.</source>
        <translation>לא ניתן היה לבדוק אם הוא עדיין בחשבון: %1 שלב המיפוי יבדוק שוב.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UploadPanel</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;עיון…</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;העלאה</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>ביטול ההעלאה</translation>
    </message>
    <message>
        <source>PKCS#12 file to upload</source>
        <translation>קובץ PKCS#12 להעלאה</translation>
    </message>
    <message>
        <source>client.p12</source>
        <translation>client.p12</translation>
    </message>
    <message>
        <source>PKCS#12 password</source>
        <translation>סיסמת PKCS#12</translation>
    </message>
    <message>
        <source>The service stores the password with the file to open it later.</source>
        <translation>השירות שומר את הסיסמה עם הקובץ כדי לפתוח אותו בהמשך.</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>שם האישור</translation>
    </message>
    <message>
        <source>Unique within the account; mappings refer to the certificate by it.</source>
        <translation>ייחודי בחשבון; המיפויים מפנים לאישור באמצעותו.</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>התקדמות ההעלאה</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;קובץ:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ה&amp;חלפה</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file</source>
        <translation>בחירת קובץ ה-PKCS#12</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>קובצי PKCS#12 (*.p12 *.pfx);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>✓ Uploaded earlier as &quot;%1&quot; with id %2.</source>
        <translation>✓ הועלה קודם בשם &quot;%1&quot; עם המזהה %2.</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file.</source>
        <translation>יש לבחור את קובץ ה-PKCS#12.</translation>
    </message>
    <message>
        <source>Enter the file&apos;s password: the service stores it to open the file.</source>
        <translation>יש להזין את הסיסמה של הקובץ: השירות שומר אותה כדי לפתוח את הקובץ.</translation>
    </message>
    <message>
        <source>Enter a name for the certificate.</source>
        <translation>יש להזין שם לאישור.</translation>
    </message>
    <message>
        <source>The account already has a certificate named &quot;%1&quot;: names are unique per account. Choose another name, or replace that certificate from the Certificates page.</source>
        <translation>לחשבון כבר יש אישור בשם &quot;%1&quot;: שמות הם ייחודיים בכל חשבון. יש לבחור שם אחר, או להחליף את האישור הזה מדף האישורים.</translation>
    </message>
    <message>
        <source>✓ This file is the account&apos;s certificate &quot;%1&quot; (id %2).</source>
        <translation>✓ קובץ זה הוא האישור &quot;%1&quot; של החשבון (מזהה %2).</translation>
    </message>
    <message>
        <source>Checking the name against the account&apos;s certificates…</source>
        <translation>בדיקת השם מול האישורים של החשבון…</translation>
    </message>
    <message>
        <source>The account&apos;s certificates are not loaded: the service will check that the name is unique.</source>
        <translation>האישורים של החשבון לא נטענו: השירות יבדוק שהשם ייחודי.</translation>
    </message>
    <message>
        <source>✓ No other certificate of the account has this name.</source>
        <translation>✓ לאף אישור אחר בחשבון אין שם זה.</translation>
    </message>
    <message>
        <source>This file is already uploaded under this name (id %1).</source>
        <translation>קובץ זה כבר הועלה בשם זה (מזהה %1).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>לא ניתן לקרוא את הקובץ %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>הקובץ %1 ריק.</translation>
    </message>
    <message>
        <source>The file is larger than 10 MiB: that is not a PKCS#12 client certificate.</source>
        <translation>הקובץ גדול מ-10 MiB: זה אינו אישור לקוח PKCS#12.</translation>
    </message>
    <message>
        <source>Replacing the certificate…</source>
        <translation>האישור מוחלף…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>ההעלאה מתבצעת…</translation>
    </message>
    <message>
        <source>✓ Saved as &quot;%1&quot; with id %2. Mappings see the change after the service&apos;s ~5 minute cache.</source>
        <translation>✓ נשמר בשם &quot;%1&quot; עם המזהה %2. המיפויים יראו את השינוי לאחר המטמון של השירות (כ-5 דקות).</translation>
    </message>
    <message>
        <source>Replacing the certificate</source>
        <translation>החלפת האישור</translation>
    </message>
    <message>
        <source>The upload</source>
        <translation>העלאה</translation>
    </message>
    <message>
        <source>Upload canceled. If the service had already received the file, it appears in the certificate list after a refresh.</source>
        <translation>ההעלאה בוטלה. אם השירות כבר קיבל את הקובץ, הוא יופיע ברשימת האישורים לאחר רענון.</translation>
    </message>
</context>
<context>
    <name>mtlsdesk::UrlDelegate</name>
    <message>
        <source>Full URL</source>
        <translation>כתובת URL מלאה</translation>
    </message>
    <message>
        <source>https://partner.example/api/token</source>
        <translation>https://partner.example/api/token</translation>
    </message>
</context>
</TS>
