package dev.signet.server.http;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP entry point: the routes it serves. The composition root registers each once. */
public interface HttpModule {
    void register(RoutesConfig routes);
}
