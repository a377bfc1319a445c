package dev.signet.client;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Sends the token request: one form-encoded {@code POST}. The seam for proxies, custom TLS, test
 * doubles and, later, retries. {@link JdkHttpTransport} is the default.
 *
 * <p>An implementation answers every HTTP status with an {@link HttpResult} (an OAuth error is a
 * 400 result, not an exception) and throws {@link IOException} only when no response came back;
 * {@link JwtBearerClient} turns that into a {@link JwtBearerException} naming the URL.
 *
 * <p>Related specifications: RFC 6749 §3.2 and §4.5 (token request), RFC 7523 §2.1.
 */
@FunctionalInterface
public interface TokenTransport {
    /**
     * Posts {@code form} as {@code application/x-www-form-urlencoded} to {@code uri}, asking for
     * {@code application/json}.
     *
     * @param uri the token endpoint
     * @param form the parameters, in the order to send them
     * @return the response, whatever its status
     * @throws IOException when the server cannot be reached or does not answer in time; the
     *     message says why in a few words (for example "Connection refused")
     */
    HttpResult post(URI uri, Map<String, String> form) throws IOException;
}
