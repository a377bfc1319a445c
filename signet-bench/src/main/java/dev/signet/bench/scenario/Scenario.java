package dev.signet.bench.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a run measures. Not every target supports every scenario; unsupported ones are skipped. */
public enum Scenario {
    TOKEN("token", "token endpoint, JWT bearer grant, unique assertions (closed loop)"),
    TOKEN_HALF_RATE("token@50%", "token endpoint at half the rate `token` reached (fixed rate, latency from schedule)"),
    TOKEN_JWT("token-jwt", "token endpoint issuing RS256 JWT access tokens"),
    IDENTITY("identity", "identity URL (peers: OIDC userinfo) with a cached token"),
    REST_READ("rest-read", "REST record read, GET /services/data/v62.0/sobjects/Account/{id}"),
    SOQL("soql", "SOQL query, SELECT Id, Name FROM Account LIMIT 10"),
    MIXED("mixed", "1 token : 3 identity : 4 record reads : 2 queries (unsupported parts left out)");

    private final String id;
    private final String description;

    Scenario(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Scenario parse(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + id + "'; known: "
                        + Arrays.stream(values()).map(Scenario::id).collect(Collectors.joining(", "))));
    }
}
