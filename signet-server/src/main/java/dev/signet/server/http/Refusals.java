package dev.signet.server.http;

import dev.signet.core.oauth.OAuth2Error;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the HTTP layer refuses by itself, before or around an endpoint (no route for the path or
 * method, a body too large, cut short or in an unknown charset), answered with the same status in
 * the error shape of the caller's endpoint family.
 */
final class Refusals {
    static final String UNKNOWN_CHARSET = "the Content-Type names an unknown charset";
    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private Refusals() {}

    static void refused(HttpResponseException e, Context ctx) {
        answer(ctx, e.getStatus(), e.getMessage());
    }

    // A Content-Type naming a charset the JVM does not know: the body cannot be read as sent.
    static void unknownCharset(IllegalArgumentException e, Context ctx) {
        answer(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), UNKNOWN_CHARSET);
    }

    /** The status of a fault of the client's request (a malformed or truncated body), or 0. */
    static int clientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof EofException || t instanceof IllegalCharsetNameException
                    || t instanceof UnsupportedCharsetException) {
                return t instanceof EofException ? 400 : 415;
            }
        }
        return 0;
    }

    /** The answer for a client fault found while an endpoint read the request. */
    static void clientFault(Exception e, Context ctx, int status) {
        LOG.debug("request refused on {} {}: {}", ctx.method(), ctx.path(), e.toString());
        answer(ctx, status, status == 415 ? UNKNOWN_CHARSET
                : "the request body could not be read: " + HttpStatus.forStatus(status).getMessage());
    }

    // A path that is no endpoint stays a plain 404 where Salesforce answers so (clients read that
    // as "wrong URL"); Signet's own admin API and the pages answer in their shape.
    static void answer(Context ctx, int status, String message) {
        String path = ctx.path();
        if (Paths.isPage(path)) {
            ErrorResponses.page(ctx, status, message);
        } else if (path.startsWith(Paths.ADMIN_API)) {
            ErrorResponses.admin(ctx, status, status == 404 ? "not_found" : "invalid_request", message);
        } else if (path.startsWith(Paths.REST)) {
            rest(ctx, status, message);
        } else if (status == 404) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result(message);
        } else if (path.startsWith(Paths.OAUTH)) {
            ErrorResponses.oauth(ctx, new OAuth2Error("invalid_request", message, status));
        } else {
            ctx.status(status).contentType("text/plain; charset=utf-8").result(message);
        }
    }

    private static void rest(Context ctx, int status, String message) {
        ApiException answer = switch (status) {
            case 404 -> ApiException.notFound();
            case 405 -> new ApiException(405, "METHOD_NOT_ALLOWED", "HTTP Method '" + ctx.method() + "' not allowed");
            default -> new ApiException(status, "INVALID_REQUEST", message);
        };
        ErrorResponses.rest(ctx, answer.status(), answer.errorCode(), answer.getMessage());
    }
}
