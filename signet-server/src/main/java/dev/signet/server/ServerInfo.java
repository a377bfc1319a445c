package dev.signet.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.storage.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code DATA/server.json}: where a running server listens, so that the CLI finds it with
 * {@code --data}. Removed on a clean stop.
 */
public final class ServerInfo {
    public static final String FILE_NAME = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServerInfo() {}

    static void write(Path dataDir, String url, String database) {
        String body = JSON.createObjectNode().put("url", url).put("pid", ProcessHandle.current().pid())
                .put("database", database).toPrettyString();
        try {
            Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            OwnerOnlyFiles.createFile(tmp);
            Files.writeString(tmp, body + "\n");
            Files.move(tmp, dataDir.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE_NAME), e);
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            // best effort: a stale file only points at a closed port
        }
    }

    /** The URL in {@code DATA/server.json}, or null when there is none. */
    public static String readUrl(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile()).path("url").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
