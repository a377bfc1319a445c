package dev.signet.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty gives before any endpoint runs (a header or URL over its limit, a malformed
 * request): the status's reason phrase in the caller's error shape. Jetty's own error page echoes
 * the request URI, which can carry {@code oauth_token=…}, and logs the whole request line when the
 * page outgrows its buffer; this one echoes nothing, so it never outgrows it and logs nothing.
 */
final class JettyErrors extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JettyErrors.class);

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        ErrorResponses.Body body = ErrorResponses.protocolError(path, code, reason(code, cause));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, body.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.text().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /**
     * The body of a refusal made while parsing, before there is a request to look at. Deprecated in
     * Jetty 12.1, still called by older connectors; once gone, {@link #generateResponse} answers alone.
     */
    @Override
    @SuppressWarnings("removal")
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        ErrorResponses.Body body = ErrorResponses.protocolError((String) null, status, HttpStatus.getMessage(status));
        fields.put(HttpHeader.CONTENT_TYPE, body.contentType());
        return ByteBuffer.wrap(body.text().getBytes(StandardCharsets.UTF_8));
    }

    // Jetty's message can quote the request; the reason phrase cannot. A 500 here is a fault of
    // the server: logged with an id (the cause's type only: its message may quote the request).
    private static String reason(int code, Throwable cause) {
        if (code != HttpStatus.INTERNAL_SERVER_ERROR_500) {
            return HttpStatus.getMessage(code);
        }
        String id = ErrorIds.next();
        LOG.error("server fault, error id {}: {}", id, cause == null ? "no cause" : cause.getClass().getName());
        return "internal server error (error id " + id + ")";
    }

    // An Error (a stack overflow, out of memory) escapes the exception handlers: a generic 500
    // that carries an error id, which the log line carries too.
    static void fatal(HttpServletResponse response, Error error) {
        String id = ErrorIds.next();
        LOG.error("fatal error while serving a request, error id {}", id, error);
        try {
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(500);
                response.setContentType("text/plain; charset=utf-8");
                response.getOutputStream().write(("500 Internal Server Error (error id " + id + ")\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not answer after a fatal error", e);
        }
    }
}
