package dev.signet.server.login;

/**
 * Where a token request came from, for Login History and URLs in the response.
 *
 * @param sourceIp the client address
 * @param userAgent the {@code User-Agent} header, or null
 * @param baseUrl this server's base URL as configured (no trailing slash)
 */
public record RequestInfo(String sourceIp, String userAgent, String baseUrl) {}
