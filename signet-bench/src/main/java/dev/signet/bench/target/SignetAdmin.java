package dev.signet.bench.target;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The few Signet admin API calls ({@code /admin/api}) the bench needs to create its fixtures. */
final class SignetAdmin {
    static final String PROFILE = "Bench Integration";
    private final SetupHttp http;
    private final String baseUrl;
    private final Map<String, String> auth;

    SignetAdmin(SetupHttp http, String baseUrl, String adminSecret) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.auth = Map.of("Authorization", "Bearer " + adminSecret);
    }

    /** Creates a user with {@link #PROFILE}; returns its record. */
    JsonNode createUser(String username) {
        return created("user " + username, http.postJson(baseUrl + "/admin/api/users", auth,
                Map.of("username", username, "firstName", "Bench", "lastName", "Integration", "profile", PROFILE)));
    }

    /**
     * Creates an admin-approved app that pre-authorizes {@link #PROFILE}.
     *
     * @param extra more fields of the create request, e.g. {@code jwtAccessTokens: true}
     */
    JsonNode createApp(String name, String certificatePem, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("certificate", certificatePem);
        body.put("profiles", List.of(PROFILE));
        body.putAll(extra);
        return created("app " + name, http.postJson(baseUrl + "/admin/api/apps", auth, body));
    }

    private static JsonNode created(String what, SetupHttp.Reply reply) {
        if (!reply.ok()) {
            throw new IllegalStateException("admin API refused to create " + what + ": " + reply.status() + " "
                    + reply.body());
        }
        return reply.json();
    }
}
