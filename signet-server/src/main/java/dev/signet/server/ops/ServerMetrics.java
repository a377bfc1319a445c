package dev.signet.server.ops;

import com.zaxxer.hikari.HikariDataSource;
import dev.signet.server.http.RequestObserver;
import dev.signet.server.oauth.TokenOutcomes;
import dev.signet.server.storage.DirectoryChanges;
import dev.signet.server.storage.WriterStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The server's meters, in one Prometheus registry per server (tests run several in one JVM):
 * token requests by grant and outcome, request latency by endpoint family, REST calls by route
 * and status, the directory cache, the writer threads, the connection pool and the JVM. Meter
 * names are Micrometer's dotted ones; Prometheus shows {@code signet.token.requests} as
 * {@code signet_token_requests_total}.
 */
public final class ServerMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Map<List<Object>, Object> meters = new ConcurrentHashMap<>();

    /** Meters for a server on {@code dataSource} with these writer threads and directory cache. */
    public ServerMetrics(DataSource dataSource, List<WriterStats> writers, DirectoryChanges changes) {
        List.of(new ClassLoaderMetrics(), new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ProcessorMetrics(),
                new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
        if (dataSource instanceof HikariDataSource pool) {
            pool.setMetricRegistry(registry); // hikaricp_connections_active, _pending, _timeout_total, …
        }
        writers.forEach(this::writer);
        cache(changes);
    }

    /** Counts each token request under {@code signet.token.requests} (grant, outcome, status). */
    public TokenOutcomes tokenOutcomes() {
        return (grant, outcome, status) -> meter(List.of(grant, outcome, status), () -> Counter.builder(
                "signet.token.requests")
                .description("token requests by grant, OAuth error (or success) and Login History status")
                .tags("grant", grant, "outcome", outcome, "status", status).register(registry), Counter.class)
                .increment();
    }

    /** Times every request by endpoint family; counts REST calls by route, method and status. */
    public RequestObserver requests() {
        return (family, method, route, status, millis) -> {
            meter(List.of("http", family, status / 100), () -> Timer.builder("signet.http.requests")
                    .description("time to answer a request, by endpoint family and status class")
                    .tags("family", family, "status", status / 100 + "xx")
                    .publishPercentileHistogram().register(registry), Timer.class)
                    .record(Duration.ofNanos((long) (millis * 1_000_000)));
            if (family.equals("rest")) {
                meter(List.of("rest", route, method, status), () -> Counter.builder("signet.rest.calls")
                        .description("REST API calls by route, method and status")
                        .tags("route", route, "method", method, "status", String.valueOf(status))
                        .register(registry), Counter.class).increment();
            }
        };
    }

    // Registering builds and looks up the meter's id on every call, on every request; the labels
    // take few values (families, route templates, statuses), so their meters are kept here.
    private <M> M meter(List<Object> key, Supplier<M> register, Class<M> type) {
        return type.cast(meters.computeIfAbsent(key, k -> register.get()));
    }

    /** The meters in Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    private void writer(WriterStats writer) {
        Gauge.builder("signet.writer.queue.depth", writer, WriterStats::queueDepth)
                .description("items waiting for the writer thread").tag("writer", writer.name()).register(registry);
        FunctionCounter.builder("signet.writer.batches", writer, WriterStats::batches)
                .description("batches committed").tag("writer", writer.name()).register(registry);
        FunctionCounter.builder("signet.writer.batch.items", writer, WriterStats::items)
                .description("items committed in batches (÷ batches = batch size)").tag("writer", writer.name())
                .register(registry);
    }

    private void cache(DirectoryChanges changes) {
        FunctionCounter.builder("signet.directory.cache.hits", changes, DirectoryChanges::cacheHits)
                .description("directory lookups answered from memory").register(registry);
        FunctionCounter.builder("signet.directory.cache.misses", changes, DirectoryChanges::cacheMisses)
                .description("directory lookups that read the database").register(registry);
        FunctionCounter.builder("signet.directory.cache.invalidations", changes, DirectoryChanges::invalidations)
                .description("times cached directory state was dropped (writes here or on other nodes)")
                .register(registry);
    }
}
