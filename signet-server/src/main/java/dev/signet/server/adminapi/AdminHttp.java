package dev.signet.server.adminapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.admin.AdminException;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.Json;
import io.javalin.http.Context;

/**
 * The admin API's one way in and out: a body bound to its request record through the server's
 * JSON reader (a bad body is a 400 in the admin error shape), an answer written from its view.
 */
final class AdminHttp {
    private final ObjectMapper json;

    AdminHttp(ObjectMapper json) {
        this.json = json;
    }

    /** The request body as {@code type}; its own checks (required fields) run as it is bound. */
    static <T> T body(Context ctx, Class<T> type) {
        try {
            return Json.read(ctx.body(), type);
        } catch (Json.BodyException e) {
            throw AdminException.badRequest(e.getMessage());
        }
    }

    void ok(Context ctx, Object view) {
        send(ctx, 200, view);
    }

    void created(Context ctx, Object view) {
        send(ctx, 201, view);
    }

    private void send(Context ctx, int status, Object view) {
        try {
            ctx.status(status).contentType(ErrorResponses.JSON_UTF8).result(json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName(), e);
        }
    }
}
