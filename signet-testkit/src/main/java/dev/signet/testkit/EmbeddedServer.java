package dev.signet.testkit;

import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The server {@link Signet} runs: on an in-memory H2 database of its own (the options the schema
 * needs, as the server's embedded file database has them), a free port, the kit's clock, and a
 * temporary directory (data directory and key files) removed on close.
 */
final class EmbeddedServer implements AutoCloseable {
    private static final String DB_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";QUERY_CACHE_SIZE=64;DB_CLOSE_ON_EXIT=FALSE";

    private final SignetServer server;
    private final SignetClock clock;
    private final String adminSecret;
    private final Path directory;

    private EmbeddedServer(SignetServer server, SignetClock clock, String adminSecret, Path directory) {
        this.server = server;
        this.clock = clock;
        this.adminSecret = adminSecret;
        this.directory = directory;
    }

    static EmbeddedServer start(UnaryOperator<ServerConfig.Builder> customize) {
        Path directory = tempDirectory();
        try {
            SignetClock clock = new SignetClock();
            String adminSecret = UUID.randomUUID().toString();
            ServerConfig.Builder config = customize.apply(ServerConfig.builder().adminSecret(adminSecret))
                    .host("127.0.0.1").port(0).dataDir(directory.resolve("data"))
                    // Without DB_CLOSE_DELAY the database goes when the server's pool closes.
                    .dbUrl("jdbc:h2:mem:signet-" + UUID.randomUUID() + DB_OPTIONS).dbUser("sa").dbPassword("")
                    .clock(clock);
            Files.createDirectories(directory.resolve("keys"));
            return new EmbeddedServer(SignetServer.start(config.build()), clock, adminSecret, directory);
        } catch (IOException e) {
            deleteRecursively(directory);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteRecursively(directory);
            throw e;
        }
    }

    SignetServer server() {
        return server;
    }

    SignetClock clock() {
        return clock;
    }

    String adminSecret() {
        return adminSecret;
    }

    /** Where apps' key files go. */
    Path files() {
        return directory.resolve("keys");
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            deleteRecursively(directory);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("signet-testkit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }
}
