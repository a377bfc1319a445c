package dev.signet.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.mint.AssertionMinter;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.SelfSignedKeyPair;
import dev.signet.server.SignetServer;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Issues real tokens into an embedded-H2 data directory by running the server in-process once
 * (admin service for the app and user, the token endpoint for the tokens), then stops it.
 */
final class TokenFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = "Bench Integration";

    private TokenFixture() {}

    static List<String> issueTokens(Path dataDir, int count) throws IOException, InterruptedException {
        SelfSignedKeyPair keys = SelfSignedKeyPair.generate("signet-bench", 1, 2048, Clock.systemUTC());
        try (SignetServer server = SignetServer.start(ServerConfig.builder().port(0).dataDir(dataDir)
                .adminSecret("bench").build())) {
            server.admin().createUser(new NewUser("jmh@bench.signet.test", null, "Bench", "Jmh", PROFILE, Set.of()));
            String key = server.admin().createApp(NewApp.builder().name("JMH")
                    .certificate(CertificateLoader.toPem(keys.certificate()).getBytes(StandardCharsets.US_ASCII))
                    .profiles(Set.of(PROFILE)).build()).consumerKey();
            AssertionMinter minter = new AssertionMinter(keys.keyPair().getPrivate(), null, Clock.systemUTC());
            List<String> assertions = minter.mintUnique(new AssertionClaims(key, "jmh@bench.signet.test",
                    server.baseUrl(), Duration.ofMinutes(5)), count, Runtime.getRuntime().availableProcessors());
            HttpClient http = HttpClient.newHttpClient();
            List<String> tokens = new ArrayList<>();
            for (String assertion : assertions) {
                tokens.add(token(http, server.baseUrl(), assertion));
            }
            return tokens;
        }
    }

    private static String token(HttpClient http, String baseUrl, String assertion) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
                        + "&assertion=" + assertion)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: leaving it behind is harmless
        }
    }
}
