package dev.signet.server.http;

import dev.signet.server.admin.AdminException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
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
    /**
     * Request line and headers together (Jetty's default is half): a longer request line is a 414,
     * more headers a 431, both answered by {@link JettyErrors} without echoing the request.
     */
    static final int MAX_REQUEST_HEADER_BYTES = 16_384;
    /** How long a stop waits for requests in flight to be answered. */
    private static final long DRAIN_MILLIS = 10_000;

    private HttpServer() {}

    /**
     * Where the server serves: its listener, the plain-HTTP redirect listener ({@code null} for none),
     * whether plain OAuth requests from other hosts are refused, and the base URL (redirects go there).
     */
    public record Listeners(Listener main, Listener redirect, boolean requireHttps, String baseUrl) {
        PlainHttp plainHttp() {
            return new PlainHttp(requireHttps, redirect == null ? null : baseUrl);
        }
    }

    /**
     * Creates (does not start) the server with the modules' routes, in the order given; {@code
     * observer} hears of every answered request.
     */
    public static Javalin create(Listeners listeners, List<HttpModule> modules, RequestObserver observer) {
        PlainHttp plain = listeners.plainHttp();
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            // a known path called with another method is a 405, not a "wrong URL" 404
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            cfg.router.javaLangErrorHandler(JettyErrors::fatal);
            cfg.jetty.threadPool = httpThreads();
            cfg.jetty.addConnector(listeners.main()::connector);
            if (listeners.redirect() != null) {
                cfg.jetty.addConnector(listeners.redirect()::connector);
            }
            cfg.jetty.modifyServer(HttpServer::drainOnStop);
            cfg.requestLogger.http((ctx, millis) -> observer.answered(Paths.metricsFamily(ctx.path()),
                    ctx.method().name(), route(ctx), ctx.statusCode(), millis));
            cfg.routes.before(plain::apply);
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

    // A stop first closes the listener, then waits (bounded) until every request in flight has had
    // its answer, and only then stops the handlers: nothing stored goes unanswered. Javalin puts its
    // servlet context inside the wrapper it finds on the server.
    private static void drainOnStop(Server server) {
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(DRAIN_MILLIS);
    }

    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched"; // refused before routing (404, 405, Jetty's own errors)
        }
    }

    // Javalin's default allows 250 threads; on a small machine that many only add memory and
    // contention. Requests beyond the pool wait in Jetty's queue.
    private static QueuedThreadPool httpThreads() {
        int max = Math.max(32, Runtime.getRuntime().availableProcessors() * 16);
        QueuedThreadPool pool = new QueuedThreadPool(max, 8, 60_000);
        pool.setName("signet-http");
        return pool;
    }

    // Never a stack trace to the caller, nor a detail of the fault: the log line and the answer
    // share an error id. A malformed or truncated body is the client's fault, not the server's.
    private static void unexpected(Exception e, Context ctx) {
        int clientFault = Refusals.clientFault(e);
        if (clientFault != 0) {
            Refusals.clientFault(e, ctx, clientFault);
            return;
        }
        String id = ErrorIds.next();
        LOG.error("unexpected error, error id {}, on {} {}", id, ctx.method(), ctx.path(), e);
        ErrorResponses.serverFault(ctx, id);
    }
}
