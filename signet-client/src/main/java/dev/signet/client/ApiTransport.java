package dev.signet.client;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Sends one REST API request for {@link SalesforceApi}: the seam for proxies, custom TLS and test
 * spies. {@link JdkHttpTransport} is the default. Like {@link TokenTransport}, an implementation
 * answers every HTTP status with an {@link HttpResult} and throws {@link IOException} only when no
 * response came back.
 *
 * <p>Related specifications: RFC 9110 §9 (methods); RFC 6750 §2.1 (the {@code Authorization:
 * Bearer} header the caller puts in {@code headers}).
 */
@FunctionalInterface
public interface ApiTransport {
    /**
     * Sends {@code method} to {@code uri}.
     *
     * @param headers request headers, e.g. {@code Authorization} and {@code Content-Type}
     * @param body the request body, or {@code null} for none
     * @return the response, whatever its status
     * @throws IOException when no response came back
     */
    HttpResult send(String method, URI uri, Map<String, String> headers, String body) throws IOException;
}
