package dev.signet.server;

import dev.signet.server.http.Json;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * Loads and initialises, on a second thread, the libraries a start reaches one after the other on
 * the first: logging, the migration tool, the web framework, the meters, JSON. Loading their classes
 * is most of a start (docs/memory-and-startup.md); while the first thread parses the command line
 * and opens the database, the second has them ready. Nothing it builds is kept or started (no
 * thread, port or file); a class either thread is initialising, the other waits for, never repeats.
 */
final class ClassPreloader {
    private static boolean started;

    private ClassPreloader() {}

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(ClassPreloader::load, "signet-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            LoggerFactory.getILoggerFactory();
            Javalin.create(config -> config.startup.showJavalinBanner = false);
            Flyway.configure().locations("classpath:db/migration");
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT).close();
            Json.JSON.createObjectNode().put("warm", true).toString();
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the start itself loads whatever this did not.
        }
    }
}
