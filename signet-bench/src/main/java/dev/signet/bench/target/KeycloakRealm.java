package dev.signet.bench.target;

import java.util.List;
import java.util.Map;

/**
 * The realm the bench creates through Keycloak's admin REST API: a JWT Authorization Grant
 * identity provider that trusts the bench's public key, a confidential client allowed to use it,
 * and a user linked to the provider (the assertion's {@code sub} is the user's id there).
 */
final class KeycloakRealm {
    static final String REALM = "bench";
    static final String IDP = "signet-bench";
    static final String ISSUER = "https://bench.signet.test";
    static final String CLIENT_ID = "bench-client";
    static final String CLIENT_SECRET = "bench-client-secret";
    static final String SUBJECT = "integration@bench.signet.test";

    private final SetupHttp http;
    private final String baseUrl;

    KeycloakRealm(SetupHttp http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    /** @param publicKeyBase64 the assertion-signing key, X.509 SubjectPublicKeyInfo in Base64 */
    void create(String publicKeyBase64) {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + adminToken());
        String admin = baseUrl + "/admin/realms";
        http.delete(admin + "/" + REALM, auth);
        require("realm", http.postJson(admin, auth, Map.of("realm", REALM, "enabled", true)));
        require("identity provider", http.postJson(admin + "/" + REALM + "/identity-provider/instances", auth, Map.of(
                "alias", IDP, "providerId", "jwt-authorization-grant", "enabled", true, "config", Map.of(
                        "issuer", ISSUER, "useJwksUrl", "false", "publicKeySignatureVerifier", publicKeyBase64,
                        "jwtAuthorizationGrantEnabled", "true", "jwtAuthorizationGrantAssertionSignatureAlg", "RS256",
                        "jwtAuthorizationGrantAllowedClockSkew", "30"))));
        require("client", http.postJson(admin + "/" + REALM + "/clients", auth, Map.of(
                "clientId", CLIENT_ID, "enabled", true, "publicClient", false, "secret", CLIENT_SECRET,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", false, "serviceAccountsEnabled", true,
                "attributes", Map.of("oauth2.jwt.authorization.grant.enabled", "true",
                        "oauth2.jwt.authorization.grant.idp", IDP))));
        require("user", http.postJson(admin + "/" + REALM + "/users", auth, Map.of(
                "username", "integration", "enabled", true, "email", SUBJECT, "emailVerified", true,
                "firstName", "Bench", "lastName", "Integration", "federatedIdentities", List.of(Map.of(
                        "identityProvider", IDP, "userId", SUBJECT, "userName", SUBJECT)))));
    }

    String tokenPath() {
        return "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    String userinfoPath() {
        return "/realms/" + REALM + "/protocol/openid-connect/userinfo";
    }

    /** The issuer URL, one of the two audiences Keycloak accepts for the grant. */
    String audience() {
        return baseUrl + "/realms/" + REALM;
    }

    private String adminToken() {
        SetupHttp.Reply reply = http.postForm(baseUrl + "/realms/master/protocol/openid-connect/token", Map.of(),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", KeycloakTarget.ADMIN,
                        "password", KeycloakTarget.ADMIN_PASSWORD));
        require("admin token", reply);
        return reply.json().path("access_token").asText();
    }

    private static void require(String what, SetupHttp.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("Keycloak refused the " + what + ": " + reply.status() + " " + reply.body());
        }
    }
}
