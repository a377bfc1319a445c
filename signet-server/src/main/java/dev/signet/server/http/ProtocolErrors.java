package dev.signet.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own refusals (a malformed request line or header, an illegal path, an oversized URL or
 * header block) happen before any endpoint and so have no endpoint family: they answer the
 * status and its reason as plain text, instead of Jetty's HTML page that names the server.
 */
final class ProtocolErrors extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolErrors.class);

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorResponses.PLAIN_UTF8);
        response.write(true, ByteBuffer.wrap(ErrorResponses.protocolText(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ErrorResponses.PLAIN_UTF8);
        return ByteBuffer.wrap(ErrorResponses.protocolText(status));
    }

    // An Error (a stack overflow, out of memory) escapes the exception handlers: a generic 500, logged.
    static void fatal(HttpServletResponse response, Error error) {
        LOG.error("fatal error while serving a request", error);
        try {
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(500);
                response.setContentType(ErrorResponses.PLAIN_UTF8);
                response.getOutputStream().write(ErrorResponses.protocolText(500));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("could not answer after a fatal error", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
