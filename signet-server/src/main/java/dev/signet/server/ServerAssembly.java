package dev.signet.server;

import static dev.signet.server.http.Json.JSON;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.admin.AdminSecret;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppManager;
import dev.signet.server.admin.Passwords;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.admin.IpRangeAdmin;
import dev.signet.server.admin.UserManager;
import dev.signet.server.adminapi.AdminApis;
import dev.signet.server.adminapi.AdminAuthenticator;
import dev.signet.server.authorize.AuthorizationFlow;
import dev.signet.server.authorize.AuthorizeEndpoint;
import dev.signet.server.authorize.PasswordLogin;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.console.ConsoleRoutes;
import dev.signet.server.data.CustomObjectStore;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordService;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.RecordStore;
import dev.signet.server.data.soql.QueryCursors;
import dev.signet.server.data.soql.SoqlEngine;
import dev.signet.server.http.AccessLog;
import dev.signet.server.http.HttpModule;
import dev.signet.server.identity.IdentityApi;
import dev.signet.server.keys.ClusterSecret;
import dev.signet.server.keys.KeyEncryption;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.assertion.AssertionRules;
import dev.signet.server.assertion.AudiencePolicy;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.ApprovalPolicy;
import dev.signet.server.login.BrowserSessionStore;
import dev.signet.server.login.IpRestrictionPolicy;
import dev.signet.server.login.LockoutPolicy;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.oauth.AccessTokenIssuer;
import dev.signet.server.oauth.AccessTokenMinting;
import dev.signet.server.oauth.AuthorizationCodeGrantHandler;
import dev.signet.server.oauth.ClientAssertionAuthenticator;
import dev.signet.server.oauth.GrantedTokens;
import dev.signet.server.oauth.JwtAccessTokenIssuer;
import dev.signet.server.oauth.JwtBearerGrantHandler;
import dev.signet.server.oauth.OpaqueAccessTokenIssuer;
import dev.signet.server.oauth.PerAppAccessTokenIssuer;
import dev.signet.server.oauth.RefreshTokenGrantHandler;
import dev.signet.server.oauth.TokenEndpoint;
import dev.signet.server.oauth.TokenOutcomes;
import dev.signet.server.oauth.TokenService;
import dev.signet.server.orgfile.OrgData;
import dev.signet.server.orgfile.OrgExport;
import dev.signet.server.orgfile.OrgFiles;
import dev.signet.server.orgfile.OrgSync;
import dev.signet.server.ops.HealthEndpoints;
import dev.signet.server.ops.MetricsEndpoint;
import dev.signet.server.ops.Readiness;
import dev.signet.server.ops.ServerMetrics;
import dev.signet.server.resource.ActiveTokens;
import dev.signet.server.retention.Retention;
import dev.signet.server.retention.RetentionJob;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.resource.JwtTokenVerifier;
import dev.signet.server.resource.OpaqueTokenVerifier;
import dev.signet.server.rest.ApiUsage;
import dev.signet.server.rest.DataApi;
import dev.signet.server.rest.DataServices;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.storage.Database;
import dev.signet.server.storage.Directory;
import dev.signet.server.storage.Jdbc;
import dev.signet.server.storage.OrgRepository;
import dev.signet.server.storage.Repositories;
import dev.signet.server.web.BrowserSessions;
import dev.signet.server.web.Templates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The composition root: the one place that builds the server's components, each once, in the
 * order they depend on each other. Read top to bottom it is the architecture: storage, the org
 * and its administration, signing keys, login rules, token issuing and checking, the grants, and
 * last the HTTP modules, each handed only what it uses. The listener is bound before this runs,
 * so the base URL is a plain value.
 */
record ServerAssembly(ServerConfig config, String baseUrl, Clock clock, Jdbc jdbc, Repositories repositories) {
    /** Builds the server's components on {@code database}, for clients of {@code baseUrl}. */
    static Assembled build(ServerConfig config, String baseUrl, Database database) {
        Jdbc jdbc = database.jdbc();
        return new ServerAssembly(config, baseUrl, config.clock(), jdbc, Repositories.on(jdbc, config.clock())).assemble(database);
    }

    private Assembled assemble(Database database) {
        ServerMetrics metrics = new ServerMetrics(database.dataSource(), repositories.writers(), database.changes());
        Readiness readiness = new Readiness(database.dataSource(), database.schemaVersion(), repositories.writers(),
                database.changes());
        Directory directory = new Directory(currentOrg(), repositories.apps(), repositories.users());
        SigningKeys signingKeys = new SigningKeys(repositories.signingKeys(), new KeyEncryption(config.storage().dataDir(),
                ClusterSecret.derive(config.security().clusterSecret(), config.security().clusterSecretFile())), clock);
        signingKeys.checkDecryptable();
        AdminService admin = new AdminService(directory, repositories.revocations(),
                repositories.loginHistory(), signingKeys, clock);
        String adminSecret = AdminSecret.resolve(config.security().adminSecret(), config.storage().dataDir());
        PasswordHasher hasher = new PasswordHasher();
        LockoutPolicy lockout = new LockoutPolicy(repositories.lockouts(), config.security().lockoutAttempts(),
                config.security().lockoutPeriod(), clock);
        Administration administration = administration(directory, admin, adminSecret, new Passwords(hasher, lockout));

        LoginRecorder recorder = new LoginRecorder(repositories.loginHistory(), clock);
        AccountEligibility eligibility = new AccountEligibility(new IpRestrictionPolicy(repositories.ipRanges()),
                new ApprovalPolicy(repositories.apps()));
        AudiencePolicy audiences = new AudiencePolicy(baseUrl, config.tokens().extraAudiences());
        AccessTokenIssuer issuer = new PerAppAccessTokenIssuer(new OpaqueAccessTokenIssuer(),
                new JwtAccessTokenIssuer(signingKeys));
        ActiveTokens activeTokens = new ActiveTokens(List.of(
                new JwtTokenVerifier(signingKeys, repositories.tokens(), clock),
                new OpaqueTokenVerifier(repositories.tokens())),
                repositories.tokens(), directory, clock);
        BearerAuthenticator bearer = new BearerAuthenticator(activeTokens);
        ClientAssertionAuthenticator clients = new ClientAssertionAuthenticator(repositories.apps(),
                repositories.tokens(), audiences, config.security().clockSkew(), config.tokens().strictMaxAssertionLifetime(), clock);
        TokenService grants = grants(directory, audiences, issuer, recorder, eligibility,
                metrics.tokenOutcomes());

        Retention retention = new Retention(repositories.retention(), config.retention(),
                config.security().clockSkew(), clock);
        ObjectCatalog catalog = new ObjectCatalog(new CustomObjectStore(jdbc), clock);
        DataServices data = data(directory, catalog);
        OrgFiles orgFiles = new OrgFiles(new OrgSync(administration, new OrgData(catalog, data.store(),
                data.records(), admin)), new OrgExport(administration, catalog));
        Templates templates = new Templates();
        BrowserSessions sessions = new BrowserSessions(
                new BrowserSessionStore(repositories.browserSessions(), clock), baseUrl);
        List<HttpModule> modules = new java.util.ArrayList<>();
        if (config.log().access()) {
            modules.add(new AccessLog()); // first, so that its before-handler times every request
        }
        modules.addAll(List.of(
                new TokenEndpoint(grants, baseUrl),
                new IdentityApi(activeTokens, bearer, clients, signingKeys, baseUrl),
                new DataApi(bearer, data, new ApiUsage(repositories.apiUsage(), clock), baseUrl),
                new AdminApis(administration, catalog, retention, orgFiles, adminSecret, JSON),
                new ConsoleRoutes(administration, sessions, templates),
                new AuthorizeEndpoint(
                        new AuthorizationFlow(directory, repositories.codes(), clock),
                        new PasswordLogin(directory, repositories.passwords(), hasher, eligibility,
                                recorder, lockout),
                        sessions, templates, baseUrl),
                new HealthEndpoints(readiness),
                new MetricsEndpoint(metrics, new AdminAuthenticator(adminSecret), config.metrics().isPublic())));
        return new Assembled(repositories, admin, administration, data.records(), orgFiles, modules,
                RetentionJob.start(retention), readiness, metrics);
    }

    /**
     * What the server keeps: the repositories (to flush at stop), administration, the record service
     * (for tools and test kits that seed records), the org file service (for {@code --org}), the
     * HTTP modules in order, the background retention job (to stop), readiness (to turn off at
     * stop) and the meters.
     */
    record Assembled(Repositories repositories, AdminService admin, Administration administration,
            RecordService records, OrgFiles orgFiles, List<HttpModule> modules, RetentionJob retention,
            Readiness readiness, ServerMetrics metrics) {}

    private Supplier<Org> currentOrg() {
        OrgRepository orgs = repositories.orgs();
        Org bootOrg = orgs.findOrInsert(new Org(SalesforceId.random(SalesforceId.ORG_PREFIX).to18(),
                config.demo() ? "Signet Demo Org" : "Signet", OrgStatus.ACTIVE, clock.instant()));
        return () -> orgs.find().orElse(bootOrg);
    }

    private Administration administration(Directory directory, AdminService admin, String adminSecret,
            Passwords passwords) {
        return new Administration(admin, new AppManager(admin, repositories.apps()),
                new UserManager(admin, repositories, passwords, clock),
                new IpRangeAdmin(repositories.ipRanges(), directory, clock),
                new ConsoleAdmins(repositories.consoleAdmins(), passwords, adminSecret, clock));
    }

    // The JWT bearer grant (RFC 7523), and the code and refresh grants of the authorize flow.
    private TokenService grants(Directory directory, AudiencePolicy audiences, AccessTokenIssuer issuer,
            LoginRecorder recorder, AccountEligibility eligibility, TokenOutcomes outcomes) {
        AccessTokenMinting minting = new AccessTokenMinting(repositories.tokens(), issuer);
        GrantedTokens granted = new GrantedTokens(minting, repositories.refreshTokens(), clock);
        return new TokenService(List.of(
                new JwtBearerGrantHandler(directory, minting,
                        AssertionRules.jwtBearerGrant(audiences, config.security().clockSkew(),
                                config.tokens().strictMaxAssertionLifetime()), eligibility, recorder, clock),
                new AuthorizationCodeGrantHandler(directory, repositories.codes(),
                        granted, recorder, clock),
                new RefreshTokenGrantHandler(directory,
                        repositories.refreshTokens(), eligibility, granted, recorder)), directory, recorder,
                outcomes);
    }

    private DataServices data(Directory directory, ObjectCatalog catalog) {
        RecordStore store = new RecordStore(jdbc);
        RecordSources sources = new RecordSources(store, directory);
        return new DataServices(catalog, store, sources, new RecordService(catalog, sources, clock),
                new SoqlEngine(catalog, sources, clock), new QueryCursors(jdbc, config.query().locatorBytesPerUser(),
                        config.query().locatorBytesPerOrg(), clock));
    }
}
