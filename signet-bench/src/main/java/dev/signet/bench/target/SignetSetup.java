package dev.signet.bench.target;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.bench.mint.AssertionClaims;
import java.time.Duration;
import java.util.Map;

/**
 * Creates what the scenarios need on a running Signet through its admin API: a user, an app that
 * issues opaque tokens and one with {@code jwtAccessTokens}, and one token.
 *
 * @param baseUrl the server's URL as clients see it (the assertions' {@code aud})
 */
record SignetSetup(SetupHttp http, String baseUrl, MintBudget budget, String certificatePem) {
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(30);

    SignetFixture create(String adminSecret) {
        SignetAdmin admin = new SignetAdmin(http, baseUrl, adminSecret);
        String username = "integration@bench.signet.test";
        admin.createUser(username);
        String key = admin.createApp("Signet Bench", certificatePem, Map.of()).path("consumerKey").asText();
        JsonNode jwtApp = admin.createApp("Signet Bench JWT", certificatePem, Map.of("jwtAccessTokens", true));
        JsonNode token = fetchToken(key, username);
        String jwtKey = jwtApp.path("consumerKey").asText();
        String unsupported = jwtUnsupportedReason(jwtApp, jwtKey, username);
        return new SignetFixture(username, key, unsupported == null ? jwtKey : null, unsupported,
                token.path("access_token").asText(), token.path("id").asText());
    }

    // A build without per-app JWT access tokens ignores the field: then the app answers opaque tokens.
    private String jwtUnsupportedReason(JsonNode jwtApp, String jwtKey, String username) {
        JsonNode token = fetchToken(jwtKey, username);
        String accessToken = token.path("access_token").asText();
        if (accessToken.startsWith("eyJ") && accessToken.chars().filter(c -> c == '.').count() == 2) {
            return null;
        }
        return "not supported by this build: the admin API " + (jwtApp.has("jwtAccessTokens")
                ? "accepted jwtAccessTokens but the app still issues opaque tokens"
                : "ignored the jwtAccessTokens field (an opaque token was issued)");
    }

    private JsonNode fetchToken(String consumerKey, String username) {
        AssertionClaims claims = new AssertionClaims(consumerKey, username, baseUrl, ASSERTION_LIFETIME);
        String assertion = budget.minter().mint(claims, "probe-" + System.nanoTime());
        SetupHttp.Reply reply = http.postForm(baseUrl + "/services/oauth2/token", Map.of(), Map.of(
                "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion));
        if (!reply.ok()) {
            throw new IllegalStateException("Signet refused the setup token request: " + reply.status() + " "
                    + reply.body());
        }
        return reply.json();
    }
}
