package dev.signet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A real server on a free port with its own data directory, plus a real HTTP client: what the
 * server tests drive. Started without a data directory, it makes a temporary one and removes it on
 * {@link #close()}; on {@link ServerDatabase#DEFAULT} ({@code SIGNET_TEST_DB_URL} runs it on an
 * external database instead of the embedded one). Most tests get one from {@link SignetServerExtension}.
 */
public final class TestServer implements ServerFixture, AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final SignetServer server;
    /** What {@link #close()} does once the server has stopped. */
    private final Runnable cleanUp;

    private TestServer(SignetServer server, Runnable cleanUp) {
        this.server = server;
        this.cleanUp = cleanUp;
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    /** On {@link ServerDatabase#DEFAULT}, in a temporary data directory removed on close. */
    public static TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
        return ServerDatabase.DEFAULT.start(customize);
    }

    /** In the caller's {@code dataDir}, which stays: a restart on it finds the data. */
    public static TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
        return start(dataDir, customize, () -> {});
    }

    /**
     * Starts a server in {@code dataDir}, or in a new temporary directory (removed on close) where it
     * is null. {@code afterClose} runs once the server has stopped, or failed to start.
     */
    static TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize, Runnable afterClose) {
        Path dir = dataDir == null ? tempDir() : dataDir;
        Runnable cleanUp = dataDir != null ? afterClose : () -> {
            try {
                afterClose.run();
            } finally {
                deleteRecursively(dir);
            }
        };
        try {
            ServerConfig.Builder config = ServerConfig.builder().port(0).dataDir(dir).adminSecret(ADMIN_SECRET);
            return new TestServer(SignetServer.start(customize.apply(config).build()), cleanUp);
        } catch (RuntimeException | Error e) {
            cleanUp.run();
            throw e;
        }
    }

    @Override
    public SignetServer server() {
        return server;
    }

    @Override
    public Path dataDir() {
        return server.config().storage().dataDir();
    }

    @Override
    public HttpResponse<String> send(HttpRequest request) {
        return ServerFixture.sendWith(http, request);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The test certificate's fingerprint, for assertions on app records. */
    public static String testCertificateFingerprint() {
        return CertificateLoader.sha256Fingerprint(TestKeys.serverCertificate());
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            cleanUp.run();
        }
    }

    /** A new temporary directory; a server started without a data directory removes its own. */
    public static Path tempDir() {
        try {
            return Files.createTempDirectory("signet-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }
}
