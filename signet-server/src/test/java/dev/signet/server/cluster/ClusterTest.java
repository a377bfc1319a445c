package dev.signet.server.cluster;

import static dev.signet.server.cluster.Cluster.assertion;
import static dev.signet.server.cluster.Cluster.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import dev.signet.server.storage.PostgresDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three server processes on one PostgreSQL database, started at once, with requests spread across
 * them: what one node issues or changes holds on every node. The nodes cache directory state for
 * {@value #CACHE_MAX_AGE_SECONDS} s, so a change another node enforces sooner reached it by
 * notification ({@link ChangePropagation} measures how soon).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
    static final long CACHE_MAX_AGE_SECONDS = 60;
    static final int NODES = 3;

    @TempDir
    static Path tmp;
    static Cluster cluster;
    static String app;
    static String jwtApp;
    static String user;

    @BeforeAll
    static void startThreeNodesAtOnce() {
        cluster = Cluster.start(tmp, NODES, CACHE_MAX_AGE_SECONDS);
        app = cluster.createApp(0, false);
        jwtApp = cluster.createApp(1, true);
        user = cluster.createUser(2);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void startWhenNodesStartAtOnceOnAnEmptyDatabaseThenOneOrgThatEveryNodeNames() throws Exception {
        try (Connection c = DriverManager.getConnection(cluster.dbUrl(), PostgresDatabases.USER, PostgresDatabases.PASSWORD);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from org")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        Set<String> orgIds = new HashSet<>();
        for (int i = 0; i < NODES; i++) {
            String id = json(ok(cluster.token(i, assertion(app, user)))).get("id").asText();
            orgIds.add(id.split("/")[4]);
        }
        assertThat(orgIds).hasSize(1);
    }

    @Test
    @Order(2)
    void tokensWhenIssuedByOneNodeThenValidOnEveryNode() {
        for (String consumerKey : List.of(app, jwtApp)) {
            for (int issuer = 0; issuer < NODES; issuer++) {
                String token = accessToken(cluster.token(issuer, assertion(consumerKey, user)));
                for (int node = 0; node < NODES; node++) {
                    assertThat(cluster.check(node, token))
                            .as("token of node %d on node %d", issuer, node).isEqualTo(200);
                }
            }
        }
    }

    @Test
    @Order(3)
    void jwtTokensWhenKeyRotatedOnOneNodeThenEveryNodeSignsWithItAndEveryKeySetVerifiesThem() throws Exception {
        String kid = cluster.admin(0, "/signing-keys/rotate", null).get("kid").asText();
        for (int node = 0; node < NODES; node++) {
            JWSObject token = JWSObject.parse(accessToken(cluster.token(node, assertion(jwtApp, user))));
            assertThat(token.getHeader().getKeyID()).as("kid of node %d's token", node).isEqualTo(kid);
            for (int keys = 0; keys < NODES; keys++) {
                JWKSet set = JWKSet.parse(cluster.get(keys, "/id/keys", "none").body());
                assertThat(token.verify(new RSASSAVerifier(set.getKeyByKeyId(kid).toRSAKey()))).isTrue();
            }
        }
    }

    @Test
    @Order(4)
    void replayWhenOneAssertionPostedToEveryNodeAtOnceThenExactlyOneToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2 * NODES);
        try {
            for (int round = 0; round < 20; round++) {
                String signed = assertion(app, user);
                List<Callable<Integer>> posts = IntStream.range(0, 2 * NODES)
                        .mapToObj(i -> (Callable<Integer>) () -> cluster.token(i % NODES, signed).statusCode()).toList();
                int successes = 0;
                for (Future<Integer> status : pool.invokeAll(posts)) {
                    successes += status.get() == 200 ? 1 : 0;
                }
                assertThat(successes).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(5)
    void revokeWhenTokenRevokedOnOneNodeThenRefusedOnTheOthersAtOnce() {
        String token = accessToken(cluster.token(1, assertion(app, user)));
        HttpResponse<String> revoked = cluster.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(cluster.node(0).url() + "/services/oauth2/revoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token="
                        + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))).build());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(cluster.check(1, token)).isEqualTo(401);
        assertThat(cluster.check(2, token)).isEqualTo(401);
    }

    @Test
    @Order(6)
    void changesWhenMadeOnOneNodeThenEnforcedOnEveryOtherAndUndoingThemRevivesNoToken() throws Exception {
        for (ChangePropagation.Change change : ChangePropagation.Change.values()) {
            new ChangePropagation(cluster, change).run();
        }
    }

    @Test
    @Order(7)
    void soqlPagingWhenPagesAreReadFromDifferentNodesThenEveryRecordOnce() {
        String token = accessToken(cluster.token(0, assertion(app, user)));
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 450; i++) {
            HttpResponse<String> response = cluster.post(i % NODES, "/services/data/v60.0/sobjects/Account", token,
                    "{\"Name\":\"Paging " + i + "\"}");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            created.add(json(response).get("id").asText());
        }
        Set<String> read = new HashSet<>();
        String next = "/services/data/v60.0/query?q=SELECT+Id+FROM+Account+WHERE+Name+LIKE+'Paging%25'";
        for (int node = 0; next != null; node = (node + 1) % NODES) {
            var page = json(ok(cluster.get(node, next, token, "Sforce-Query-Options", "batchSize=200")));
            page.get("records").forEach(r -> assertThat(read.add(r.get("Id").asText())).isTrue());
            next = page.has("nextRecordsUrl") ? page.get("nextRecordsUrl").asText() : null;
        }
        assertThat(read).isEqualTo(created);
    }

    @Test
    @Order(8)
    void killWhenOneNodeIsKilledUnderLoadThenNothingAcknowledgedIsLostAndTheOthersServe() throws Exception {
        new KillUnderLoad(cluster, app, user).run();
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    static String accessToken(HttpResponse<String> response) {
        return json(ok(response)).get("access_token").asText();
    }
}
