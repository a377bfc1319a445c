package dev.signet.bench.target;

import dev.signet.bench.load.Exchange;
import dev.signet.bench.load.HttpRequests;
import dev.signet.bench.load.ResponseCheck;
import dev.signet.bench.load.Workload;
import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import dev.signet.bench.scenario.TokenEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * NAV's mock-oauth2-server, standalone ({@code StandaloneMockOAuth2ServerKt}, configured by
 * {@code SERVER_PORT} and {@code JSON_CONFIG}), issuing RS256 JWTs from its jwt-bearer grant at
 * {@code /default/token}. It keeps no record of {@code jti}s, so its assertion pool is reused.
 */
public final class NavMockTarget extends PeerTarget {
    public static final String MAIN = "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt";
    private static final String ISSUER = "default";
    private static final int POOL = 2_000;

    /** @param httpServer the mock's {@code httpServer} setting, e.g. {@code MockWebServerWrapper} */
    public record Options(Path libDir, String version, String javaBin, String httpServer, Path workDir,
            MintBudget budget) {}

    private final Options options;
    private String accessToken;

    public NavMockTarget(Options options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "NAV mock-oauth2-server " + options.version();
    }

    @Override
    public void start() {
        port = SetupHttp.freePort();
        String config = "{\"interactiveLogin\":false,\"httpServer\":\"" + options.httpServer() + "\"}";
        process = ServerProcess.start(List.of(options.javaBin(), "-cp", options.libDir().resolve("*").toString(), MAIN),
                Map.of("SERVER_PORT", Integer.toString(port), "JSON_CONFIG", config), options.workDir(),
                options.workDir().resolve("mock-oauth2-server.log"));
        Readiness.awaitStatus(process, http, url("/.well-known/openid-configuration"), 200, Duration.ofSeconds(60));
        String assertion = options.budget().minter().mint(claims(), "probe");
        SetupHttp.Reply reply = http.postForm(url("/token"), Map.of(), Map.of("grant_type",
                "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion, "scope", "openid api"));
        if (!reply.ok()) {
            throw new IllegalStateException("mock-oauth2-server refused the jwt-bearer grant: " + reply.status() + " "
                    + reply.body());
        }
        accessToken = reply.json().path("access_token").asText();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + "/" + ISSUER + path;
    }

    private AssertionClaims claims() {
        return new AssertionClaims("signet-bench", "integration@bench.signet.test", url("/token"),
                Duration.ofMinutes(10));
    }

    @Override
    public Plan plan(Scenario scenario) {
        return switch (scenario) {
            case TOKEN, TOKEN_HALF_RATE -> {
                TokenEndpoint endpoint = new TokenEndpoint(host(), "/" + ISSUER + "/token", "&scope=openid+api",
                        ResponseCheck.statusAndBody(200, "\"access_token\""));
                List<String> pool = options.budget().minter().mintUnique(claims(), POOL, options.budget().threads());
                yield Plan.of(n -> endpoint.pool(pool, true), n -> endpoint.pool(pool, true));
            }
            case IDENTITY -> {
                Exchange userinfo = new Exchange(HttpRequests.get(host(), "/" + ISSUER + "/userinfo",
                        HttpRequests.bearer(accessToken)), ResponseCheck.statusAndBody(200, "\"sub\""));
                yield Plan.of(n -> Workload.repeating(userinfo), n -> Workload.repeating(userinfo));
            }
            default -> Plan.skip("no equivalent in mock-oauth2-server");
        };
    }

    @Override
    public Map<String, String> versions() {
        return Map.of("NAV mock-oauth2-server", options.version() + " (httpServer " + options.httpServer() + ")");
    }

    @Override
    public List<String> notes() {
        return List.of("mock-oauth2-server does not verify assertion signatures or track jti, so its " + POOL
                + " assertions are reused round-robin; it signs every access token (RS256). httpServer "
                + options.httpServer() + (options.httpServer().equals("NettyWrapper")
                        ? " (answers Connection: close, so every request opens a connection; the default "
                                + "MockWebServerWrapper stalls ~40 ms per keep-alive response on loopback)" : ""));
    }
}
