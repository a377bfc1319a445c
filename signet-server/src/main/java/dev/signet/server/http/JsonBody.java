package dev.signet.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a JSON body straight to the response. The hot endpoints (token, identity, REST reads)
 * use it: {@code ctx.result(String)} copies every body through a fresh 8 KB buffer, which was the
 * server's largest source of garbage under load. Bodies over 8 KB still go through Javalin, which
 * may compress them.
 */
public final class JsonBody {
    private static final Logger LOG = LoggerFactory.getLogger(JsonBody.class);
    private static final int DIRECT_LIMIT = 8 * 1024;

    private JsonBody() {}

    public static void write(Context ctx, int status, String json) {
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
            LOG.debug("client went away before the response was written: {}", e.toString());
        }
    }
}
