package dev.signet.cli.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A callout's bytes and headers on the way through, against a real HTTP server ({@link
 * EchoTarget}) that takes org B's tokens: what is passed on and what stays behind, bodies larger
 * than memory would like both ways, the body limit, the timeout, one token for many callers
 * arriving together, and a body sent again after {@code INVALID_SESSION_ID}.
 */
class CalloutStreamingTest {
    private static final int LIMIT = 8 << 20;
    @RegisterExtension
    static final SignetServerExtension orgB = SignetServerExtension.builder().build();
    @TempDir
    static Path dir;
    private static EchoTarget echo;
    private static TokenBroker broker;
    private static String flightUser;
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        BrokerFixture orgA = BrokerFixture.in(dir);
        ConnectedApp app = orgB.createApp(a -> a.toBuilder().certificate(orgA.certificate()).build());
        echo = new EchoTarget(orgB.server().admin().org().id().substring(0, 15) + "!");
        flightUser = orgB.createUser();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        orgA.writeConfig("Echo, EchoFlight, Nowhere", String.join("\n", "namedCredentials:",
                credential("Echo", echo.url(), app, orgB.user()),
                credential("EchoFlight", echo.url(), app, flightUser),
                credential("Nowhere", "http://127.0.0.1:" + closed, app, orgB.user())));
        assertThat(orgA.importKey().exit()).isZero();
        broker = orgA.start();
    }

    private static String credential(String name, String url, ConnectedApp app, String subject) {
        return String.join("\n", "  - name: " + name, "    url: " + url,
                "    tokenEndpoint: " + orgB.baseUrl() + "/services/oauth2/token", "    audience: " + orgB.baseUrl(),
                "    issuer: " + app.consumerKey(), "    subject: " + subject, "    signingKey: " + BrokerFixture.KEY_NAME,
                "    timeoutSeconds: 2", "    maxBodyBytes: " + LIMIT);
    }

    @AfterAll
    static void stop() {
        broker.close();
        echo.close();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(broker.url() + "/callout/" + path))
                .header("Authorization", "Bearer " + BrokerFixture.BILLING_KEY);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return http.send(request, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    @Test
    void calloutWhenHeadersSentThenOwnAndHopByHopOnesStayBehind() throws Exception {
        String raw = "GET /callout/Echo/echo?a=1&b=%20x HTTP/1.1\r\nHost: broker\r\nAuthorization: Bearer "
                + BrokerFixture.BILLING_KEY + "\r\nConnection: close\r\nConnection: X-Hop\r\nX-Hop: hop\r\nX-Custom: 1\r\n"
                + "Cookie: sid=caller\r\nSignet-Subject: someone\r\nProxy-Authorization: Basic eA==\r\n\r\n";
        String answer;
        URI url = URI.create(broker.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 200").contains("X-echo: yes", "\"query\":\"a=1&b=%20x\"",
                "\"orgBToken\":true", "\"x-custom\"");
        assertThat(answer.toLowerCase(java.util.Locale.ROOT)).doesNotContain("set-cookie", "x-hop", "\"cookie\"",
                "signet-subject", "proxy-authorization", BrokerFixture.BILLING_KEY.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void calloutWhenLargeBodyUploadedThenTargetGetsEveryByte() throws Exception {
        byte[] body = new byte[6 << 20];
        new Random(7).nextBytes(body);

        JsonNode echoed = json(send(request("Echo/upload").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString()));

        assertThat(echoed.get("length").asLong()).isEqualTo(body.length);
        assertThat(echoed.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(EchoTarget.sha256().digest(body)));
    }

    @Test
    void calloutWhenLargeAnswerThenStreamedBackWhole() throws Exception {
        long size = 40L << 20;

        HttpResponse<InputStream> response = send(request("Echo/download?" + size).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream in = response.body()) {
            assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(size);
        }
    }

    @Test
    void calloutWhenBodyOverLimitThenRequestTooLargeDeclaredOrStreamed() throws Exception {
        int before = echo.requests.get();
        HttpResponse<String> declared = send(request("Echo/upload").POST(HttpRequest.BodyPublishers.ofByteArray(
                new byte[LIMIT + 1])).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(echo.requests.get()).as("refused before the target is called").isEqualTo(before);
        HttpResponse<String> streamed = send(request("Echo/upload").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[LIMIT + 1]))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(streamed).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void calloutWhenTargetSilentPastTimeoutThenGatewayTimeout() throws Exception {
        HttpResponse<String> response = send(request("Echo/slow").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("gateway_timeout");
    }

    @Test
    void calloutWhenTargetUnreachableThenBadGatewayWithoutInternals() throws Exception {
        HttpResponse<String> response = send(request("Nowhere/x").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("bad_gateway", "cannot reach 127.0.0.1").doesNotContain("Exception",
                "java.");
    }

    @Test
    void calloutWhenSessionExpiredThenSameBodySentOnceMoreWithNewToken() throws Exception {
        String body = "{\"Name\":\"sent twice\"}";

        JsonNode echoed = json(send(request("Echo/expire-once").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString()));

        assertThat(echoed.get("length").asInt()).isEqualTo(body.length());
        assertThat(echo.rejectedToken).isNotNull();
        assertThat(echo.retriedToken).isNotNull().isNotEqualTo(echo.rejectedToken);
    }

    @Test
    void calloutWhenManyCallersTogetherThenOneLogin() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                statuses.add(callers.submit(() -> send(request("EchoFlight/echo").build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(orgB.server().admin().loginHistory(10_000).stream()
                .filter(e -> flightUser.equals(e.username()) && "Success".equals(e.status())).count()).isEqualTo(1);
    }
}
