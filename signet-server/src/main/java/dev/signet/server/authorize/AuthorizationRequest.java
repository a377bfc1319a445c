package dev.signet.server.authorize;

import dev.signet.server.model.ConnectedApp;
import dev.signet.server.oauth.Pkce;
import dev.signet.server.storage.AppRepository;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated request to {@code /services/oauth2/authorize}: {@code response_type=code}, the app
 * ({@code client_id}), a {@code redirect_uri} equal to one of its callback URLs, the granted
 * scopes (those requested, all of them allowed for the app; the app's scopes when none are
 * requested), {@code state}, and the PKCE S256 {@code code_challenge} (required: apps are public
 * clients without a secret).
 *
 * <p>Related specifications: RFC 6749 §4.1.1, §4.1.2.1; RFC 7636 §4.3.
 */
public record AuthorizationRequest(
        ConnectedApp app, String redirectUri, List<String> scopes, String state, String codeChallenge) {
    public AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }

    /** Validates the parameters (query string or hidden form fields). */
    public static AuthorizationRequest parse(Map<String, List<String>> params, AppRepository apps)
            throws AuthorizationError {
        ConnectedApp app = apps.findByConsumerKey(value(params, "client_id")).filter(ConnectedApp::enabled)
                .orElseThrow(() -> AuthorizationError.page("invalid_client_id", "client identifier invalid"));
        String redirectUri = value(params, "redirect_uri");
        // a missing or repeated redirect_uri is null, which no callback URL equals
        if (redirectUri == null || !app.settings().callbackUrls().contains(redirectUri)) {
            throw AuthorizationError.page("redirect_uri_mismatch", "redirect_uri must match configuration");
        }
        String state = value(params, "state");
        AuthorizationRequest partial = new AuthorizationRequest(app, redirectUri, List.of(), state, null);
        if (!"code".equals(value(params, "response_type"))) {
            throw AuthorizationError.redirect(partial, "unsupported_response_type", "response type not supported");
        }
        List<String> scopes = scopes(app, value(params, "scope"));
        if (scopes == null) {
            throw AuthorizationError.redirect(partial, "invalid_scope", "the requested scope is not allowed");
        }
        String challenge = value(params, "code_challenge");
        String method = value(params, "code_challenge_method");
        if (challenge == null) {
            throw AuthorizationError.redirect(partial, "invalid_request", "missing required code challenge");
        }
        if ((method != null && !method.equals("S256")) || !Pkce.isValidChallenge(challenge)) {
            throw AuthorizationError.redirect(partial, "invalid_request",
                    "invalid code challenge: only S256 (a 43-character Base64url SHA-256) is supported");
        }
        return new AuthorizationRequest(app, redirectUri, scopes, state, challenge);
    }

    /** The parameters to carry through the login and consent forms (hidden fields). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("response_type", "code");
        p.put("client_id", app.consumerKey());
        p.put("redirect_uri", redirectUri);
        p.put("scope", String.join(" ", scopes));
        if (state != null) {
            p.put("state", state);
        }
        p.put("code_challenge", codeChallenge);
        p.put("code_challenge_method", "S256");
        return p;
    }

    /** The authorization endpoint URL of this request (after login, the browser comes back here). */
    public String authorizeUrl() {
        return "/services/oauth2/authorize?" + query(parameters());
    }

    /** The redirect URI with the given parameters (name, value, …) and {@code state}. */
    String callback(String... nameValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            p.put(nameValues[i], nameValues[i + 1]);
        }
        if (state != null) {
            p.put("state", state);
        }
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + query(p);
    }

    // Requested scopes must all be allowed for the app; refresh_token and offline_access are one
    // scope ("refresh_token, offline_access"). Null when one is not allowed.
    private static List<String> scopes(ConnectedApp app, String requested) {
        if (requested == null || requested.isBlank()) {
            return app.scopes();
        }
        List<String> granted = new ArrayList<>();
        for (String scope : requested.trim().split("[\\s+]+")) {
            boolean allowed = app.scopes().contains(scope) || (isRefresh(scope) && app.scopes().stream()
                    .anyMatch(AuthorizationRequest::isRefresh));
            if (!allowed) {
                return null;
            }
            if (!granted.contains(scope)) {
                granted.add(scope);
            }
        }
        return granted;
    }

    private static boolean isRefresh(String scope) {
        return scope.equals("refresh_token") || scope.equals("offline_access");
    }

    private static String value(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.size() == 1 && !values.get(0).isBlank() ? values.get(0) : null;
    }

    private static String query(Map<String, String> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }
}
