// Loads a PKCS#12 file the way a Java mTLS client would: `java JavaLoad FILE` (or `java JavaLoad.java FILE`),
// password in the environment variable P12_PASSWORD (unset = empty). Prints "loads" (exit 0) or
// "fails: <exception class>: <message> (cause ...)" (exit 1). Used by tst_p12java to check the inspector's Java
// verdict against a real JDK. Run it with a UTF-8 locale (LC_ALL=C.UTF-8) so that a non-ASCII password
// reaches Java as typed.

import java.io.FileInputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.util.Collections;

public class JavaLoad {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.out.println("usage: java JavaLoad.java FILE (password in P12_PASSWORD)");
            System.exit(2);
        }
        String env = System.getenv("P12_PASSWORD");
        char[] password = env == null ? new char[0] : env.toCharArray();
        try (InputStream in = new FileInputStream(args[0])) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    if (store.getKey(alias, password) == null) {
                        throw new IllegalStateException("key entry " + alias + " returned no key");
                    }
                }
            }
            System.out.println("loads");
            System.exit(0);
        } catch (Throwable e) {
            System.out.println("fails: " + e.getClass().getName() + ": " + e.getMessage()
                               + (e.getCause() != null ? " (cause " + e.getCause().getClass().getName() + ": "
                                                             + e.getCause().getMessage() + ")"
                                                       : ""));
            System.exit(1);
        }
    }
}
