package dev.signet.server;

import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.config.StorageConfig;
import dev.signet.server.http.HttpServer;
import dev.signet.server.http.Listener;
import dev.signet.server.storage.Database;
import dev.signet.server.storage.Jdbc;
import io.javalin.Javalin;
import dev.signet.server.storage.OwnerOnlyFiles;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The Signet authorization and resource server: start it with {@link #start(ServerConfig)}, stop
 * it with {@link #close()}. With port 0 it listens on a free port; {@link #baseUrl()} says which.
 * What it is made of is built by {@link ServerAssembly}.
 */
public final class SignetServer implements AutoCloseable {
    private final ServerConfig config;
    private final String baseUrl;
    private final Database database;
    private final ServerAssembly.Assembled parts;
    private final Javalin javalin;

    private SignetServer(ServerConfig config, String baseUrl, Database database, ServerAssembly.Assembled parts,
            Javalin javalin) {
        this.config = config;
        this.baseUrl = baseUrl;
        this.database = database;
        this.parts = parts;
        this.javalin = javalin;
    }

    /**
     * Binds the listener, opens the database (running migrations), builds the server, starts
     * serving and writes {@code DATA/server.json}.
     */
    public static SignetServer start(ServerConfig config) {
        createDirectories(config.storage().dataDir());
        Listener listener = Listener.bind(config.http().host(), config.http().port());
        String baseUrl = listener.baseUrl(config.http().publicUrl());
        Database database = null;
        ServerAssembly.Assembled parts = null;
        try {
            database = openDatabase(config);
            parts = ServerAssembly.build(config, baseUrl, database.jdbc());
            if (config.orgFile() != null) {
                OrgFileLog.applied(config.orgFile(), parts.orgFiles().applyAtStart(config.orgFile()));
            }
            Javalin javalin = HttpServer.create(listener, parts.modules());
            SignetServer server = new SignetServer(config, baseUrl, database, parts, javalin);
            javalin.start();
            ServerInfo.write(config.storage().dataDir(), baseUrl, database.kind());
            return server;
        } catch (RuntimeException e) {
            if (parts != null) {
                parts.retention().close();
            }
            listener.close();
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    private static Database openDatabase(ServerConfig config) {
        StorageConfig storage = config.storage();
        Duration cacheMaxAge = config.cache().maxAge();
        return storage.usesExternalDatabase()
                ? Database.open(storage.dbUrl(), storage.dbUser(), storage.dbPassword(), cacheMaxAge)
                : Database.embedded(storage.dataDir(), cacheMaxAge);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return javalin.port();
    }

    public ServerConfig config() {
        return config;
    }

    /** Administration of apps and users, as the admin API does it. */
    public AdminService admin() {
        return parts.admin();
    }

    /** Everything the admin console administers (App Manager, users, IP ranges, console admins). */
    public Administration administration() {
        return parts.administration();
    }

    /** The database, for tools and tests that look at what is stored. */
    public Jdbc jdbc() {
        return database.jdbc();
    }

    /** {@code h2}, {@code postgresql} or {@code jdbc}. */
    public String databaseKind() {
        return database.kind();
    }

    @Override
    public void close() {
        javalin.stop();
        parts.retention().close();
        // After the last request: what the writer threads still hold is stored before the pool closes.
        parts.repositories().flush();
        database.close();
        ServerInfo.delete(config.storage().dataDir());
    }

    // One we create is owner-only, whatever the umask (one that exists is the operator's to set).
    private static void createDirectories(Path dir) {
        OwnerOnlyFiles.createDirectories(dir);
    }
}
