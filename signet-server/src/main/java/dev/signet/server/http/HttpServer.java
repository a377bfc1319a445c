package dev.signet.server.http;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.server.admin.AdminException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server on the bound {@link Listener}: registers the feature modules and maps the
 * exceptions they leave to the error body of the caller's endpoint family. The only code that
 * creates Javalin.
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    static final int MAX_REQUEST_BYTES = 1_000_000;

    private HttpServer() {}

    /** Creates (does not start) the server with the modules' routes, in the order given. */
    public static Javalin create(Listener listener, List<HttpModule> modules) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            // a known path called with another method is a 405, not a "wrong URL" 404
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
            cfg.router.javaLangErrorHandler(ProtocolErrors::fatal);
            cfg.jetty.threadPool = httpThreads();
            cfg.jetty.addConnector(listener::connector);
            modules.forEach(module -> module.register(cfg.routes));
            cfg.routes.exception(ApiException.class,
                    (e, ctx) -> ErrorResponses.rest(ctx, e.status(), e.errorCode(), e.getMessage()));
            cfg.routes.exception(AdminException.class,
                    (e, ctx) -> ErrorResponses.admin(ctx, e.status(), e.errorCode(), e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, Refusals::refused);
            cfg.routes.exception(UnsupportedCharsetException.class, Refusals::unknownCharset);
            cfg.routes.exception(IllegalCharsetNameException.class, Refusals::unknownCharset);
            cfg.routes.exception(Exception.class, HttpServer::unexpected);
        });
    }

    // Javalin's default allows 250 threads; on a small machine that many only add memory and
    // contention. Requests beyond the pool wait in Jetty's queue.
    private static QueuedThreadPool httpThreads() {
        int max = Math.max(32, Runtime.getRuntime().availableProcessors() * 16);
        QueuedThreadPool pool = new QueuedThreadPool(max, 8, 60_000);
        pool.setName("signet-http");
        return pool;
    }

    // Never a stack trace to the caller: log it here, answer in the shape the caller's endpoint uses.
    private static void unexpected(Exception e, Context ctx) {
        int clientFault = Refusals.clientFault(e);
        if (clientFault != 0) {
            Refusals.clientFault(e, ctx, clientFault);
            return;
        }
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        if (Paths.isPage(ctx.path())) {
            ErrorResponses.page(ctx, 500, "Something went wrong; the server log has the details.");
        } else if (ctx.path().startsWith(Paths.OAUTH)) {
            ErrorResponses.oauth(ctx, new OAuth2Error("server_error", "internal server error", 500));
        } else if (ctx.path().startsWith(Paths.ADMIN_API)) {
            ErrorResponses.admin(ctx, 500, "server_error", "internal server error; see the server log");
        } else {
            ErrorResponses.rest(ctx, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please check the server log.");
        }
    }
}
