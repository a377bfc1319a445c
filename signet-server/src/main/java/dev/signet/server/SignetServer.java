package dev.signet.server;

import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.config.HttpConfig;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.logging.LogFormat;
import dev.signet.server.config.StorageConfig;
import dev.signet.server.data.RecordService;
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
     * Starts loading, on a background thread, the libraries {@link #start} needs, for a process about
     * to call it (the CLI, before it parses its arguments); {@link #start} does it too, if not yet done.
     */
    public static void preload() {
        ClassPreloader.start();
    }

    /**
     * Binds the listener, opens the database (running migrations), builds the server, starts
     * serving and writes {@code DATA/server.json}.
     */
    public static SignetServer start(ServerConfig config) {
        preload();
        if (config.log().format().equals("json")) {
            LogFormat.json();
        }
        createDirectories(config.storage().dataDir());
        HttpConfig http = config.http();
        Listener listener = Listener.bind(http.host(), http.port(), http.tls());
        Listener redirect = null;
        String baseUrl = listener.baseUrl(http.publicUrl());
        Database database = null;
        ServerAssembly.Assembled parts = null;
        try {
            if (http.https() && http.redirectPort() != null) {
                redirect = Listener.bind(http.host(), http.redirectPort());
            }
            database = openDatabase(config);
            parts = ServerAssembly.build(config, baseUrl, database);
            if (config.orgFile() != null) {
                OrgFileLog.applied(config.orgFile(), parts.orgFiles().applyAtStart(config.orgFile()));
            }
            HttpServer.Listeners listeners = new HttpServer.Listeners(listener, redirect, http.requireHttps(), baseUrl);
            Javalin javalin = HttpServer.create(listeners, parts.modules(), parts.metrics().requests());
            SignetServer server = new SignetServer(config, baseUrl, database, parts, javalin);
            javalin.start();
            ServerInfo.write(config.storage().dataDir(), baseUrl, database.kind());
            return server;
        } catch (RuntimeException e) {
            if (parts != null) {
                parts.retention().close();
            }
            listener.close();
            if (redirect != null) {
                redirect.close();
            }
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
                : Database.embedded(storage.dataDir(), storage.embedded(), cacheMaxAge);
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

    /** Records of the REST data API (create, read, update, delete), for tools and tests that seed data. */
    public RecordService records() {
        return parts.records();
    }

    /** The database, for tools and tests that look at what is stored. */
    public Jdbc jdbc() {
        return database.jdbc();
    }

    /** {@code sqlite}, {@code h2} or {@code postgresql}. */
    public String databaseKind() {
        return database.kind();
    }

    /**
     * Marks the server not ready: {@code /health/ready} answers 503 from now on while everything
     * else is still served. The first step of {@link #close()}.
     */
    public void stopping() {
        parts.readiness().stopping();
    }

    /**
     * Stops: not ready at once, serving on for {@code http.shutdown-delay} (an interrupt cuts it
     * short) so load balancers see it, then no new connections while requests in flight are
     * answered, the writer threads' rows stored, and the database closed.
     */
    @Override
    public void close() {
        stopping();
        boolean interrupted = pause(config.http().shutdownDelay());
        javalin.stop();
        parts.retention().close();
        // After the last request: what the writer threads still hold is stored before the pool closes.
        parts.repositories().flush();
        parts.metrics().close();
        database.close();
        ServerInfo.delete(config.storage().dataDir());
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // Returns whether an interrupt cut it short; the stop goes on uninterrupted (H2 closes its file on one).
    private static boolean pause(Duration delay) {
        if (delay.isZero()) {
            return false;
        }
        try {
            Thread.sleep(delay.toMillis());
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    // One we create is owner-only, whatever the umask (one that exists is the operator's to set).
    private static void createDirectories(Path dir) {
        OwnerOnlyFiles.createDirectories(dir);
    }
}
