package dev.signet.bench.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named costs worth knowing about, each recognized by a frame anywhere on the stack (class or
 * class + method prefix): SQL parsing, commits, RSA, random bytes, time zones, JSON, logging.
 */
final class Markers {
    static final Map<String, String> FRAMES = new LinkedHashMap<>();

    static {
        FRAMES.put("H2 SQL parsing (org.h2.command.Parser)", "org.h2.command.Parser.");
        FRAMES.put("H2 commit (SessionLocal.commit)", "org.h2.engine.SessionLocal.commit");
        FRAMES.put("JDBC prepareStatement", "org.h2.jdbc.JdbcConnection.prepareStatement");
        FRAMES.put("PostgreSQL driver I/O (QueryExecutorImpl)", "org.postgresql.core.v3.QueryExecutorImpl.");
        FRAMES.put("Hikari getConnection", "com.zaxxer.hikari.HikariDataSource.getConnection");
        FRAMES.put("RSA signature verify (java.security.Signature.verify)", "java.security.Signature.verify");
        FRAMES.put("RSA signature sign (java.security.Signature.sign)", "java.security.Signature.sign");
        FRAMES.put("Nimbus JWT parse (SignedJWT.parse)", "com.nimbusds.jwt.SignedJWT.parse");
        FRAMES.put("SecureRandom.nextBytes", "java.security.SecureRandom.nextBytes");
        FRAMES.put("TimeZone/Calendar lookups", "java.util.TimeZone.getTimeZone");
        FRAMES.put("Calendar.getInstance", "java.util.Calendar.getInstance");
        FRAMES.put("Jackson (com.fasterxml)", "com.fasterxml.");
        FRAMES.put("Logging (logback/slf4j)", "ch.qos.logback.");
        FRAMES.put("Regex (java.util.regex)", "java.util.regex.");
        FRAMES.put("Form parsing (Javalin formParamMap)", "io.javalin.http.Context.formParamMap");
    }

    private Markers() {}
}
