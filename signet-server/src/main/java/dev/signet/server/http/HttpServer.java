package dev.signet.server.http;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.server.admin.AdminException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
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
    private static final int MAX_REQUEST_BYTES = 1_000_000;
    /** How long a stop waits for requests in flight to be answered. */
    private static final long DRAIN_MILLIS = 10_000;
    /**
     * Request line and headers together (Jetty's default is half): a longer request line is a 414,
     * more headers a 431, both answered by {@link JettyErrors} without echoing the request.
     */
    static final int MAX_REQUEST_HEADER_BYTES = 16_384;

    private HttpServer() {}

    /** Creates (does not start) the server with the modules' routes, in the order given. */
    public static Javalin create(Listener listener, List<HttpModule> modules) {
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            cfg.jetty.threadPool = httpThreads();
            cfg.jetty.addConnector(listener::connector);
            cfg.jetty.modifyServer(HttpServer::drainOnStop);
            modules.forEach(module -> module.register(cfg.routes));
            cfg.routes.exception(ApiException.class,
                    (e, ctx) -> ErrorResponses.rest(ctx, e.status(), e.errorCode(), e.getMessage()));
            cfg.routes.exception(AdminException.class,
                    (e, ctx) -> ErrorResponses.admin(ctx, e.status(), e.errorCode(), e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, HttpServer::refused);
            cfg.routes.exception(EofException.class, (e, ctx) -> clientFault(ctx, 400, "the request ended early"));
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

    // Javalin's default allows 250 threads; on a small machine that many only add memory and
    // contention. Requests beyond the pool wait in Jetty's queue.
    private static QueuedThreadPool httpThreads() {
        int max = Math.max(32, Runtime.getRuntime().availableProcessors() * 16);
        QueuedThreadPool pool = new QueuedThreadPool(max, 8, 60_000);
        pool.setName("signet-http");
        return pool;
    }

    // What Jetty and Javalin refuse themselves (body too large, bad headers): the same status, in
    // the error shape of the caller's endpoint family. A path that is no endpoint stays a plain
    // 404, as on Salesforce: clients read that as "wrong URL".
    private static void refused(HttpResponseException e, Context ctx) {
        String path = ctx.path();
        if (e.getStatus() == 404 && !path.startsWith(Paths.REST)) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(e.getMessage());
        } else if (path.startsWith(Paths.OAUTH)) {
            ErrorResponses.oauth(ctx, new OAuth2Error("invalid_request", e.getMessage(), e.getStatus()));
        } else if (path.startsWith(Paths.ADMIN_API)) {
            ErrorResponses.admin(ctx, e.getStatus(), "invalid_request", e.getMessage());
        } else if (path.startsWith(Paths.REST)) {
            ApiException answer = e.getStatus() == 404 ? ApiException.notFound()
                    : new ApiException(e.getStatus(), "INVALID_REQUEST", e.getMessage());
            ErrorResponses.rest(ctx, answer.status(), answer.errorCode(), answer.getMessage());
        } else {
            ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
        }
    }

    // Never a stack trace to the caller, nor a detail of the fault: the log line and the answer
    // share an error id. What Jetty throws with a 4xx status (a malformed body) is the client's.
    private static void unexpected(Exception e, Context ctx) {
        if (e instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
            clientFault(ctx, http.getCode(), HttpStatus.getMessage(http.getCode()));
            return;
        }
        String id = ErrorIds.next();
        LOG.error("unexpected error, error id {}, on {} {}", id, ctx.method(), ctx.path(), e);
        ErrorResponses.serverFault(ctx, id);
    }

    private static void clientFault(Context ctx, int status, String reason) {
        LOG.debug("refused {} {}: {}", ctx.method(), ctx.path(), reason);
        ErrorResponses.protocolError(ctx, status, reason);
    }
}
