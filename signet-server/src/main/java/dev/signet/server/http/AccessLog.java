package dev.signet.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code log.access}: one line per request on the {@code signet.access} logger — method, path,
 * status, milliseconds, client address. Never the query string, headers or body: tokens travel in
 * those ({@code ?token=}, {@code Authorization}, form fields), never in a path.
 */
public final class AccessLog implements HttpModule {
    private static final Logger LOG = LoggerFactory.getLogger("signet.access");
    private static final String STARTED = "signet.access.started";

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(AccessLog::log);
    }

    private static void log(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long millis = started == null ? -1 : (System.nanoTime() - started) / 1_000_000;
        LOG.info("{} {} {} {}ms {}", ctx.method(), ctx.path(), ctx.statusCode(), millis, ctx.ip());
    }
}
