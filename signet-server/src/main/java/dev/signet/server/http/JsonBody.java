package dev.signet.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a JSON body straight to the response. The hot endpoints (token, identity, REST reads)
 * use it: {@code ctx.result(String)} copies every body through a fresh 8 KB buffer, which was the
 * server's largest source of garbage under load. Bodies over 8 KB still go through Javalin, which
 * may compress them.
 */
final class JsonBody {
    private static final int DIRECT_LIMIT = 8 * 1024;

    private JsonBody() {}

    static void write(Context ctx, int status, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ctx.status(status).contentType(ErrorResponses.JSON_UTF8);
        if (bytes.length > DIRECT_LIMIT) {
            ctx.result(bytes);
            return;
        }
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("client went away while the response was written", e);
        }
    }
}
