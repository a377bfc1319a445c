package dev.signet.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalizes the login URL and token endpoint for {@link JwtBearerClient.Builder}. */
final class UrlChecks {
    private UrlChecks() {}

    /** The login URL without trailing slashes; must be an absolute http(s) URL without query. */
    static String normalizeLoginUrl(String value) {
        String trimmed = value.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("loginUrl is not a URL: \"" + value + "\"", e);
        }
        checkHttpUrl(uri, "loginUrl");
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("loginUrl must not have a query or fragment: " + value);
        }
        return trimmed;
    }

    static void checkHttpUrl(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute https:// URL such as "
                    + LoginUrls.PRODUCTION + ", got \"" + uri + "\"");
        }
    }

    /** Plain HTTP only to the loopback interface: elsewhere the token would cross the network in clear. */
    static void requireHttpsUnlessLoopback(URI endpoint) {
        if ("http".equalsIgnoreCase(endpoint.getScheme()) && !isLoopback(endpoint.getHost())) {
            throw new IllegalArgumentException("token endpoint " + endpoint + " uses plain HTTP to a non-loopback"
                    + " host: the assertion and the access token would travel unencrypted. Use https, or call"
                    + " allowInsecureHttp() (CLI: --allow-http)");
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
