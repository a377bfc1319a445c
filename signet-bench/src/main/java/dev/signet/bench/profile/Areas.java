package dev.signet.bench.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Groups JFR frames into areas by class-name prefix (first match wins). */
final class Areas {
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    // In match order: the JDK's specific packages before the catch-all java./jdk./sun.
    static {
        area("Signet code", "dev.signet.");
        area("H2 database", "org.h2.");
        area("PostgreSQL driver", "org.postgresql.");
        area("Hikari pool", "com.zaxxer.hikari.");
        area("Nimbus JOSE", "com.nimbusds.");
        area("Jackson", "com.fasterxml.");
        area("json-smart", "net.minidev.");
        area("logging", "ch.qos.logback.", "org.slf4j.");
        area("Jetty", "org.eclipse.jetty.");
        area("Javalin", "io.javalin.");
        area("Kotlin", "kotlin.");
        area("JDK crypto", "sun.security.", "com.sun.crypto.", "java.security.", "java.math.");
        area("JDK I/O", "sun.nio.", "java.nio.", "java.net.");
        area("JDK regex", "java.util.regex.");
        area("JDK time", "java.time.");
        area("JDK other", "java.", "jdk.", "sun.");
    }

    private static void area(String name, String... prefixes) {
        for (String prefix : prefixes) {
            PREFIXES.put(prefix, name);
        }
    }

    private Areas() {}

    static String of(String className) {
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (className.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "other";
    }
}
