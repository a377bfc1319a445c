package dev.signet.server.crash;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.ServerFixture;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Clients minting tokens with unique {@code jti}s as fast as the server answers, one user each;
 * every 4th request, when it gets a token, revokes it again and every 7th request names an unknown user (a refusal,
 * recorded in the background). What was answered goes into the {@link Ledger}.
 */
final class TokenLoad {
    /** Accepted by every server by default, whatever port a restart picks. */
    static final String AUDIENCE = "https://login.salesforce.com";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String consumerKey;
    private final Ledger ledger;
    private final String userAgent;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> clients = new ArrayList<>();

    TokenLoad(String url, String consumerKey, Ledger ledger, String userAgent) {
        this.url = url;
        this.consumerKey = consumerKey;
        this.ledger = ledger;
        this.userAgent = userAgent;
    }

    void start(List<String> users) {
        for (String user : users) {
            Thread t = new Thread(() -> run(user), "crash-client");
            clients.add(t);
            t.start();
        }
    }

    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread t : clients) {
            t.join();
        }
    }

    private void run(String user) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int n = 1; !stop.get(); n++) {
            boolean refusal = n % 7 == 0;
            String jti = UUID.randomUUID().toString();
            String assertion = JwtAssertion.builder().issuer(consumerKey)
                    .subject(refusal ? "nobody-" + jti + "@signet.test" : user).audience(AUDIENCE)
                    .expiresAt(Instant.now().plusSeconds(300)).issuedAt(Instant.now()).jwtId(jti).build()
                    .sign(TestKeys.serverKey());
            try {
                HttpResponse<String> response = post(http, "/services/oauth2/token",
                        ServerFixture.JWT_BEARER_GRANT + "&assertion=" + assertion);
                if (response.statusCode() == 200) {
                    String token = JSON.readTree(response.body()).get("access_token").asText();
                    ledger.issued.add(new Ledger.Issued(assertion, jti, token));
                    if (n % 4 == 0) {
                        revoke(http, token);
                    }
                } else if (refusal && response.statusCode() == 400) {
                    ledger.refusalsAnsweredBeforeStop.incrementAndGet();
                }
            } catch (ConnectException refused) {
                pause(); // not listening (any more): nothing was sent
            } catch (IOException broken) {
                ledger.unanswered.put(jti, broken + (broken.getCause() == null ? "" : ", caused by " + broken.getCause()));
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // A revocation that breaks off is not the token request's: only ledger.revoking remembers it.
    private void revoke(HttpClient http, String token) throws InterruptedException {
        ledger.revoking.add(token);
        try {
            if (post(http, "/services/oauth2/revoke", "token=" + encode(token)).statusCode() == 200) {
                ledger.revoked.add(token);
            }
        } catch (IOException broken) {
            pause();
        }
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
