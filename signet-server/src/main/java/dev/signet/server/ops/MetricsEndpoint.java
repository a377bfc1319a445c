package dev.signet.server.ops;

import dev.signet.server.adminapi.AdminAuthenticator;
import dev.signet.server.http.HttpModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /metrics}: the meters in Prometheus text format, behind the admin secret
 * ({@code Authorization: Bearer}) unless {@code metrics.public} is set: the counts tell an
 * outsider which apps fail and how busy the server is.
 */
public record MetricsEndpoint(ServerMetrics metrics, AdminAuthenticator auth, boolean isPublic) implements HttpModule {
    public static final String PATH = "/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::scrape);
    }

    private void scrape(Context ctx) {
        if (!isPublic) {
            auth.authenticate(ctx);
        }
        ctx.header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }
}
