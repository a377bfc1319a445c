package dev.signet.server.ops;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.http.HttpModule;
import dev.signet.server.http.JsonBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /health/live} (200 while the process serves) and {@code GET /health/ready} (200 UP or
 * 503 DOWN, with each check), in the usual {@code {"status":…,"checks":{…}}} shape. Public: they
 * say up or down and why, nothing more.
 */
public record HealthEndpoints(Readiness readiness) implements HttpModule {
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(LIVE, ctx -> answer(ctx, true, JSON.createObjectNode()));
        routes.get(READY, this::ready);
    }

    private void ready(Context ctx) {
        Health health = readiness.check();
        ObjectNode checks = JSON.createObjectNode();
        health.checks().forEach((name, check) -> {
            ObjectNode node = checks.putObject(name).put("status", status(check.up()));
            if (check.detail() != null) {
                node.put("detail", check.detail());
            }
        });
        answer(ctx, health.up(), checks);
    }

    private static void answer(Context ctx, boolean up, ObjectNode checks) {
        ObjectNode body = JSON.createObjectNode().put("status", status(up));
        body.set("checks", checks);
        ctx.header("Cache-Control", "no-store");
        JsonBody.write(ctx, up ? 200 : 503, body.toString());
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
