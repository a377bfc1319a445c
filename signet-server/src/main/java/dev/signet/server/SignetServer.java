package dev.signet.server;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.admin.AdminSecret;
import dev.signet.server.admin.AdminService;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.http.HttpApi;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.Database;
import dev.signet.server.storage.Jdbc;
import dev.signet.server.storage.LoginHistoryRepository;
import dev.signet.server.storage.OrgRepository;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import dev.signet.server.token.AudiencePolicy;
import dev.signet.server.token.JwtBearerGrantHandler;
import dev.signet.server.token.LoginRecorder;
import dev.signet.server.token.TokenService;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Signet authorization and resource server: start it with {@link #start(ServerConfig)}, stop
 * it with {@link #close()}. With port 0 it listens on a free port; {@link #baseUrl()} says which.
 */
public final class SignetServer implements AutoCloseable {
    private final ServerConfig config;
    private final Database database;
    private final AdminService admin;
    private final Javalin javalin;
    private volatile String baseUrl;

    private SignetServer(ServerConfig config, Database database) {
        this.config = config;
        this.database = database;
        Jdbc jdbc = database.jdbc();
        OrgRepository orgs = new OrgRepository(jdbc);
        Org bootOrg = ensureOrg(orgs, config);
        Supplier<Org> org = () -> orgs.find().orElse(bootOrg);
        AppRepository apps = new AppRepository(jdbc);
        UserRepository users = new UserRepository(jdbc);
        TokenRepository tokens = new TokenRepository(jdbc);
        LoginHistoryRepository history = new LoginHistoryRepository(jdbc);
        this.admin = new AdminService(org, apps, users, tokens, history, config.clock());
        Supplier<String> base = () -> baseUrl;
        ServerContext context = new ServerContext(config, jdbc, org, apps, users, tokens, history, admin,
                AdminSecret.resolve(config.adminSecret(), config.dataDir()), base);
        JwtBearerGrantHandler jwtBearer = new JwtBearerGrantHandler(org, apps, users, tokens,
                new LoginRecorder(history, config.clock()), new AudiencePolicy(base, config.extraAudiences()),
                config.clockSkew(), config.strictMaxAssertionLifetime(), config.clock());
        HttpApi api = new HttpApi(context, new TokenService(List.of(jwtBearer)));
        this.javalin = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            api.configure(cfg);
        });
    }

    /** Opens the database (running migrations), starts listening and writes {@code DATA/server.json}. */
    public static SignetServer start(ServerConfig config) {
        createDirectories(config.dataDir());
        Database database = config.usesExternalDatabase()
                ? Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())
                : Database.embedded(config.dataDir());
        SignetServer server;
        try {
            server = new SignetServer(config, database);
            server.javalin.start();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        server.baseUrl = server.computeBaseUrl();
        ServerInfo.write(config.dataDir(), server.baseUrl, database.kind());
        return server;
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
        return admin;
    }

    /** {@code h2}, {@code postgresql} or {@code jdbc}. */
    public String databaseKind() {
        return database.kind();
    }

    @Override
    public void close() {
        javalin.stop();
        database.close();
        ServerInfo.delete(config.dataDir());
    }

    private String computeBaseUrl() {
        if (config.publicUrl() != null && !config.publicUrl().isBlank()) {
            String url = config.publicUrl().trim();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + javalin.port();
    }

    private static Org ensureOrg(OrgRepository orgs, ServerConfig config) {
        return orgs.find().orElseGet(() -> {
            Org org = new Org(SalesforceId.random(SalesforceId.ORG_PREFIX).to18(),
                    config.demo() ? "Signet Demo Org" : "Signet", OrgStatus.ACTIVE, config.clock().instant());
            orgs.insert(org);
            return org;
        });
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir, e);
        }
    }
}
