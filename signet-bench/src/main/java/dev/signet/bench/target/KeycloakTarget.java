package dev.signet.bench.target;

import dev.signet.bench.load.Exchange;
import dev.signet.bench.load.HttpRequests;
import dev.signet.bench.load.ResponseCheck;
import dev.signet.bench.load.Workload;
import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.scenario.TokenEndpoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keycloak (production mode, {@code kc.sh start --optimized}, dev-file database, local cache)
 * with its JWT Authorization Grant (RFC 7523, preview feature in 26.x). If that grant cannot be
 * made to work, the token scenario falls back to {@code client_credentials} and says so.
 */
public final class KeycloakTarget extends PeerTarget {
    static final String ADMIN = "bench-admin";
    static final String ADMIN_PASSWORD = "bench-admin-password";
    /** Keycloak refuses assertions that expire more than 5 minutes ahead (its default). */
    private static final Duration LIFETIME = Duration.ofMinutes(4);
    private static final int WARMUP_POOL_CAP = 4_000;

    /** @param publicKeyBase64 the assertion-signing key, X.509 SubjectPublicKeyInfo in Base64 */
    public record Options(Path home, Path javaHome, Path workDir, MintBudget budget, String publicKeyBase64) {}

    private final Options options;
    private final KeycloakInstall install;
    private final List<String> notes = new ArrayList<>();
    private KeycloakRealm realm;
    private String fallbackReason;
    private String accessToken;
    private Duration startup;

    public KeycloakTarget(Options options) {
        this.options = options;
        this.install = new KeycloakInstall(options.home(), options.javaHome());
    }

    @Override
    public String name() {
        return "Keycloak " + install.version();
    }

    @Override
    public void start() {
        install.ensureBuilt(options.workDir().resolve("keycloak-build.log"));
        install.resetData();
        port = SetupHttp.freePort();
        process = ServerProcess.start(List.of(install.home().resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--hostname-strict=false", "--http-host=127.0.0.1", "--http-port=" + port),
                install.env(), options.workDir(), options.workDir().resolve("keycloak.log"));
        Readiness.awaitStatus(process, http, baseUrl() + "/realms/master", 200, Duration.ofMinutes(3));
        startup = Duration.ofNanos(System.nanoTime() - process.startedNanos());
        realm = new KeycloakRealm(http, baseUrl());
        realm.create(options.publicKeyBase64());
        accessToken = probeJwtGrant();
        if (accessToken == null) {
            accessToken = clientCredentialsToken();
        }
    }

    // Returns a token from the JWT grant, or null (and records why) so that the fallback is used.
    private String probeJwtGrant() {
        String assertion = options.budget().minter().mint(claims(), "probe-" + System.nanoTime());
        SetupHttp.Reply reply = http.postForm(baseUrl() + realm.tokenPath(), Map.of(), Map.of(
                "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion,
                "client_id", KeycloakRealm.CLIENT_ID, "client_secret", KeycloakRealm.CLIENT_SECRET, "scope", "openid"));
        if (reply.ok()) {
            notes.add("JWT Authorization Grant (identity provider type jwt-authorization-grant, feature "
                    + "jwt-authorization-grant): every assertion unique, replay check on");
            return reply.json().path("access_token").asText();
        }
        fallbackReason = "JWT Authorization Grant refused the probe assertion (" + reply.status() + " " + reply.body()
                + "); measured client_credentials instead";
        notes.add(fallbackReason);
        return null;
    }

    private String clientCredentialsToken() {
        SetupHttp.Reply reply = http.postForm(baseUrl() + realm.tokenPath(), Map.of(), Map.of(
                "grant_type", "client_credentials", "client_id", KeycloakRealm.CLIENT_ID,
                "client_secret", KeycloakRealm.CLIENT_SECRET, "scope", "openid"));
        if (!reply.ok()) {
            throw new IllegalStateException("Keycloak refused client_credentials too: " + reply.status() + " "
                    + reply.body());
        }
        return reply.json().path("access_token").asText();
    }

    private AssertionClaims claims() {
        return new AssertionClaims(KeycloakRealm.ISSUER, KeycloakRealm.SUBJECT, realm.audience(), LIFETIME);
    }

    private String baseUrl() {
        return "http://" + host();
    }

    @Override
    public Plan plan(Scenario scenario) {
        return switch (scenario) {
            case TOKEN, TOKEN_HALF_RATE -> fallbackReason == null ? jwtGrantPlan() : clientCredentialsPlan();
            case IDENTITY -> {
                Exchange userinfo = new Exchange(HttpRequests.get(host(), realm.userinfoPath(),
                        HttpRequests.bearer(accessToken)), ResponseCheck.statusAndBody(200, "\"sub\""));
                yield Plan.of(n -> Workload.repeating(userinfo), n -> Workload.repeating(userinfo));
            }
            default -> Plan.skip("no equivalent in Keycloak");
        };
    }

    private Plan jwtGrantPlan() {
        String form = "&client_id=" + KeycloakRealm.CLIENT_ID + "&client_secret=" + KeycloakRealm.CLIENT_SECRET
                + "&scope=openid";
        TokenEndpoint endpoint = new TokenEndpoint(host(), realm.tokenPath(), form,
                ResponseCheck.statusAndBody(200, "\"access_token\""));
        MintBudget budget = options.budget();
        return Plan.of(n -> endpoint.pool(budget.mint(claims(), Math.min(n, WARMUP_POOL_CAP), 1.0), false),
                n -> endpoint.pool(budget.mint(claims(), n, 1.0), false));
    }

    private Plan clientCredentialsPlan() {
        byte[] body = ("grant_type=client_credentials&client_id=" + KeycloakRealm.CLIENT_ID + "&client_secret="
                + KeycloakRealm.CLIENT_SECRET).getBytes(StandardCharsets.US_ASCII);
        Exchange exchange = new Exchange(HttpRequests.post(host(), realm.tokenPath(), HttpRequests.FORM, body, Map.of()),
                ResponseCheck.statusAndBody(200, "\"access_token\""));
        return Plan.of(n -> Workload.repeating(exchange), n -> Workload.repeating(exchange));
    }

    @Override
    public Map<String, String> versions() {
        return Map.of("Keycloak", install.version() + " (on " + options.javaHome().getFileName() + ")");
    }

    @Override
    public Optional<Duration> startup() {
        return Optional.ofNullable(startup);
    }

    @Override
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
