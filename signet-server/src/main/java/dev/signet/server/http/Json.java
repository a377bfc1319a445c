package dev.signet.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one {@link ObjectMapper} for request and response bodies: thread-safe once configured, so
 * every endpoint shares it, and limits on what a body may hold are set here once.
 */
public final class Json {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Json() {}
}
