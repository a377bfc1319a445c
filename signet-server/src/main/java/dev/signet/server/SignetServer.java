package dev.signet.server;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.admin.AdminSecret;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.http.HttpApi;
import dev.signet.server.keys.KeyEncryption;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.assertion.AssertionRules;
import dev.signet.server.assertion.AudiencePolicy;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.IpRestrictionPolicy;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.oauth.AccessTokenIssuer;
import dev.signet.server.oauth.GrantHandler;
import dev.signet.server.oauth.JwtAccessTokenIssuer;
import dev.signet.server.oauth.JwtBearerGrantHandler;
import dev.signet.server.oauth.OpaqueAccessTokenIssuer;
import dev.signet.server.oauth.PerAppAccessTokenIssuer;
import dev.signet.server.oauth.TokenService;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.Database;
import dev.signet.server.storage.IpRangeRepository;
import dev.signet.server.storage.Jdbc;
import dev.signet.server.storage.LoginHistoryRepository;
import dev.signet.server.storage.OrgRepository;
import dev.signet.server.storage.SigningKeyRepository;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Signet authorization and resource server: start it with {@link #start(ServerConfig)}, stop
 * it with {@link #close()}. With port 0 it listens on a free port; {@link #baseUrl()} says which.
 */
public final class SignetServer implements AutoCloseable {
    private final ServerConfig config;
    private final Database database;
    private final AdminService admin;
    private final Administration administration;
    private final Javalin javalin;
    private final LoginHistoryRepository loginHistory;
    private final TokenRepository tokens;
    private volatile String baseUrl;

    private SignetServer(ServerConfig config, Database database) {
        this.config = config;
        this.database = database;
        database.changes().maxAge(config.cacheMaxAge());
        Jdbc jdbc = database.jdbc();
        OrgRepository orgs = new OrgRepository(jdbc);
        Org bootOrg = ensureOrg(orgs, config);
        Supplier<Org> org = () -> orgs.find().orElse(bootOrg);
        AppRepository apps = new AppRepository(jdbc);
        UserRepository users = new UserRepository(jdbc);
        TokenRepository tokens = new TokenRepository(jdbc);
        this.tokens = tokens;
        LoginHistoryRepository history = new LoginHistoryRepository(jdbc);
        this.loginHistory = history;
        SigningKeys signingKeys = new SigningKeys(new SigningKeyRepository(jdbc), new KeyEncryption(config.dataDir()),
                config.clock());
        this.admin = new AdminService(org, apps, users, tokens, history, signingKeys, config.clock());
        Supplier<String> base = () -> baseUrl;
        ServerContext context = new ServerContext(config, jdbc, org, apps, users, tokens, history, admin,
                signingKeys, AdminSecret.resolve(config.adminSecret(), config.dataDir()), base);
        AccessTokenIssuer issuer = new PerAppAccessTokenIssuer(new OpaqueAccessTokenIssuer(),
                new JwtAccessTokenIssuer(signingKeys));
        LoginRecorder recorder = new LoginRecorder(history, config.clock());
        IpRestrictionPolicy ipRestrictions = new IpRestrictionPolicy(new IpRangeRepository(jdbc));
        JwtBearerGrantHandler jwtBearer = new JwtBearerGrantHandler(new JwtBearerGrantHandler.Directory(org, apps, users),
                new JwtBearerGrantHandler.Minting(tokens, issuer), AssertionRules.jwtBearerGrant(
                        new AudiencePolicy(base, config.extraAudiences()), config.clockSkew(),
                        config.strictMaxAssertionLifetime()),
                new AccountEligibility(ipRestrictions, apps), recorder, config.clock());
        ConsoleWiring console = new ConsoleWiring(context, issuer, ipRestrictions, recorder);
        this.administration = console.administration();
        List<GrantHandler> grants = new ArrayList<>(List.of(jwtBearer));
        grants.addAll(console.grantHandlers());
        HttpApi api = new HttpApi(context, new TokenService(grants));
        this.javalin = Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.jetty.threadPool = httpThreads();
            api.configure(cfg);
            console.register(cfg.routes);
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

    /** Everything the admin console administers (App Manager, users, IP ranges, console admins). */
    public Administration administration() {
        return administration;
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
        // After the last request: what the writer threads still hold is stored before the pool closes.
        tokens.close();
        loginHistory.close();
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

    // Javalin's default allows 250 threads; on a small machine that many only add memory and
    // contention. Requests beyond the pool wait in Jetty's queue.
    private static QueuedThreadPool httpThreads() {
        int max = Math.max(32, Runtime.getRuntime().availableProcessors() * 16);
        QueuedThreadPool pool = new QueuedThreadPool(max, 8, 60_000);
        pool.setName("signet-http");
        return pool;
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
