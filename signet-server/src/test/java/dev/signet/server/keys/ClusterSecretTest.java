package dev.signet.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing keys encrypted with the cluster secret every node is given: the same secret decrypts them
 * anywhere, a wrong or missing one stops the server at start with a message saying what to set,
 * and keys a single node encrypted with its own file move to the cluster secret once it is set.
 */
class ClusterSecretTest {
    private static final byte[] KEY = "pkcs8 bytes of a private key".getBytes(StandardCharsets.UTF_8);
    private static final String SECRET = "a-cluster-secret-of-at-least-32-characters";

    @TempDir
    Path data;

    @Test
    void decryptWhenAnyNodeHasTheSameSecretThenOriginalBytes(@TempDir Path otherNode) {
        String encrypted = cluster(data, SECRET).encrypt(KEY, "kid-1");

        assertThat(encrypted).startsWith("c1.");
        assertThat(cluster(otherNode, SECRET).decrypt(encrypted, "kid-1")).isEqualTo(KEY);
        assertThat(data.resolve(KeyEncryption.FILE_NAME)).doesNotExist();
    }

    @Test
    void decryptWhenSecretWrongOrMissingThenMessageNamesTheSetting() {
        String encrypted = cluster(data, SECRET).encrypt(KEY, "kid-1");

        assertThatThrownBy(() -> cluster(data, SECRET + "x").decrypt(encrypted, "kid-1"))
                .hasMessageContaining("security.cluster-secret is not the secret").hasNoCause();
        assertThatThrownBy(() -> new KeyEncryption(data).decrypt(encrypted, "kid-1"))
                .hasMessageContaining("give every node the same security.cluster-secret");
    }

    @Test
    void deriveWhenSecretShortThenRefusedAndFromFileWhenGiven() throws Exception {
        assertThatThrownBy(() -> ClusterSecret.derive("short", null)).hasMessageContaining("at least 32 characters");
        assertThat(ClusterSecret.derive(null, null)).isNull();
        Path file = Files.writeString(data.resolve("cluster-secret"), SECRET + "\n");
        assertThat(ClusterSecret.derive(null, file).getEncoded()).isEqualTo(ClusterSecret.derive(SECRET, null).getEncoded());
        assertThatThrownBy(() -> ClusterSecret.derive(null, data.resolve("missing")))
                .hasMessageContaining("cannot read the cluster secret file");
    }

    @Test
    void startWhenSecretWrongThenRefusedAndWhenFirstGivenThenNodeKeysMoveToIt() {
        String kid;
        try (SignetServer server = SignetServer.start(config().build())) {
            kid = server.admin().rotateSigningKey().kid(); // encrypted with DATA/signing-key-secret
        }
        try (SignetServer server = SignetServer.start(config().clusterSecret(SECRET).build())) {
            assertThat(server.jdbc().queryOne("select private_key from signing_key where kid = ?",
                    rs -> rs.getString(1), kid).orElseThrow()).startsWith("c1.");
        }
        assertThatThrownBy(() -> SignetServer.start(config().clusterSecret(SECRET.toUpperCase()).build()))
                .hasMessageContaining("security.cluster-secret is not the secret");
        try (SignetServer server = SignetServer.start(config().clusterSecret(SECRET).build())) {
            assertThat(server.admin().signingKeys()).isNotEmpty();
        }
    }

    private ServerConfig.Builder config() {
        return ServerConfig.builder().port(0).dataDir(data);
    }

    private static KeyEncryption cluster(Path dataDir, String secret) {
        return new KeyEncryption(dataDir, ClusterSecret.derive(secret, null));
    }
}
