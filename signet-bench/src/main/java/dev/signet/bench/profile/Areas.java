package dev.signet.bench.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Groups JFR frames into areas by class-name prefix (first match wins). */
final class Areas {
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("dev.signet.", "Signet code");
        PREFIXES.put("org.h2.", "H2 database");
        PREFIXES.put("org.postgresql.", "PostgreSQL driver");
        PREFIXES.put("com.zaxxer.hikari.", "Hikari pool");
        PREFIXES.put("com.nimbusds.", "Nimbus JOSE");
        PREFIXES.put("com.fasterxml.", "Jackson");
        PREFIXES.put("net.minidev.", "json-smart");
        PREFIXES.put("ch.qos.logback.", "logging");
        PREFIXES.put("org.slf4j.", "logging");
        PREFIXES.put("org.eclipse.jetty.", "Jetty");
        PREFIXES.put("io.javalin.", "Javalin");
        PREFIXES.put("kotlin.", "Kotlin");
        PREFIXES.put("sun.security.", "JDK crypto");
        PREFIXES.put("com.sun.crypto.", "JDK crypto");
        PREFIXES.put("java.security.", "JDK crypto");
        PREFIXES.put("java.math.", "JDK crypto");
        PREFIXES.put("sun.nio.", "JDK I/O");
        PREFIXES.put("java.nio.", "JDK I/O");
        PREFIXES.put("java.net.", "JDK I/O");
        PREFIXES.put("java.util.regex.", "JDK regex");
        PREFIXES.put("java.time.", "JDK time");
        PREFIXES.put("java.", "JDK other");
        PREFIXES.put("jdk.", "JDK other");
        PREFIXES.put("sun.", "JDK other");
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
