package dev.signet.bench.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's HAProxy in front of two stand-in nodes: real HAProxy, real HTTP. */
class HaproxyTest {
    private final List<HttpServer> nodes = new ArrayList<>();
    private final SetupHttp http = new SetupHttp();

    @AfterEach
    void stopNodes() {
        nodes.forEach(n -> n.stop(0));
    }

    @Test
    void startWhenTwoHealthyNodesThenRequestsGoToBoth(@TempDir Path dir) {
        assumeTrue(haproxyInstalled(), "haproxy is not installed");
        List<Integer> ports = List.of(node("node-a"), node("node-b"));
        int port = SetupHttp.freePort();

        try (ServerProcess balancer = Haproxy.start(dir, port, ports)) {
            String url = "http://127.0.0.1:" + port;
            Readiness.awaitStatus(balancer, http, url + Haproxy.HEALTH_PATH, 200, Duration.ofSeconds(30));
            Set<String> answeredBy = new HashSet<>();
            for (int i = 0; i < 20 && answeredBy.size() < 2; i++) {
                answeredBy.add(http.get(url + "/who", Map.of()).body());
            }

            assertThat(answeredBy).containsExactlyInAnyOrder("node-a", "node-b");
        }
    }

    @Test
    void configWhenNodesThenRoundRobinWithHealthChecksOnEach() {
        String cfg = Haproxy.config(8080, List.of(8081, 8082));

        assertThat(cfg).contains("bind 127.0.0.1:8080", "balance roundrobin",
                "option httpchk GET " + Haproxy.HEALTH_PATH, "server node1 127.0.0.1:8081", "server node2 127.0.0.1:8082")
                .doesNotContain("cookie", "stick");
    }

    private static boolean haproxyInstalled() {
        try {
            Haproxy.binary();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    // Answers every path with its name.
    private int node(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            nodes.add(server);
            return server.getAddress().getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
