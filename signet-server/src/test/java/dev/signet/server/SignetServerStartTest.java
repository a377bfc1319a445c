package dev.signet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.signet.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up order: the listener is bound first, so its address is known before anything is built. */
class SignetServerStartTest {
    @TempDir
    Path dataDir;

    @Test
    void startWhenPortTakenThenClearErrorAndNothingLeftOpen() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ServerConfig config = ServerConfig.builder().port(taken.getLocalPort()).dataDir(dataDir)
                    .adminSecret("secret").build();

            assertThatThrownBy(() -> SignetServer.start(config)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        // Nothing was left half-started: the same data directory serves at once.
        try (SignetServer server = SignetServer.start(ServerConfig.builder().port(0).dataDir(dataDir)
                .adminSecret("secret").build())) {
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        }
    }

    @Test
    void startWhenPublicUrlGivenThenBaseUrlIsItWithoutTrailingSlash() {
        try (SignetServer server = SignetServer.start(ServerConfig.builder().port(0).dataDir(dataDir)
                .adminSecret("secret").publicUrl("https://signet.example/").build())) {
            assertThat(server.baseUrl()).isEqualTo("https://signet.example");
            assertThat(server.port()).isPositive();
        }
    }

    @Test
    void startWhenDataDirectoryNewThenOwnerOnlyAndNoTraceFile() throws IOException {
        Path data = dataDir.resolve("new");
        try (SignetServer server = SignetServer.start(ServerConfig.builder().port(0).dataDir(data)
                .adminSecret("secret").build())) {
            // A failed statement is what H2 would write to its trace file, values and all.
            assertThatThrownBy(() -> server.jdbc().queryOne("select no_such_column from sf_user", rs -> 1))
                    .isInstanceOf(RuntimeException.class);
        }
        assumeTrue(Files.getFileStore(data).supportsFileAttributeView("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".trace.db"));
        }
    }

    @Test
    void stopWhenServerCreatedDatabaseSecretsAndKeysThenEveryFileOwnerOnly() throws IOException {
        Path data = dataDir.resolve("fresh");
        try (SignetServer server = SignetServer.start(ServerConfig.builder().port(0).dataDir(data).build())) {
            server.admin().rotateSigningKey(); // the key-encryption secret
            assertThat(data.resolve("admin-secret")).exists();
            assertThat(data.resolve(ServerInfo.FILE_NAME)).exists();
            assertOwnerOnly(data);
        }
        assertOwnerOnly(data);
    }

    private static void assertOwnerOnly(Path data) throws IOException {
        assumeTrue(Files.getFileStore(data).supportsFileAttributeView("posix"));
        try (Stream<Path> paths = Files.walk(data)) {
            assertThat(paths.toList()).hasSizeGreaterThan(4).allSatisfy(p -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("%s", p)
                    .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
    }
}
