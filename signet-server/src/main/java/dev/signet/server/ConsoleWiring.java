package dev.signet.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppManager;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.admin.IpRangeAdmin;
import dev.signet.server.admin.UserManager;
import dev.signet.server.adminapi.ConsoleAdminApi;
import dev.signet.server.authorize.AuthorizationFlow;
import dev.signet.server.authorize.AuthorizeEndpoint;
import dev.signet.server.authorize.PasswordLogin;
import dev.signet.server.console.ConsoleRoutes;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.IpRestrictionPolicy;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.oauth.AccessTokenIssuer;
import dev.signet.server.oauth.AuthorizationCodeGrantHandler;
import dev.signet.server.oauth.GrantHandler;
import dev.signet.server.oauth.GrantedTokens;
import dev.signet.server.oauth.RefreshTokenGrantHandler;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.storage.AuthorizationCodeRepository;
import dev.signet.server.storage.BrowserSessionRepository;
import dev.signet.server.storage.ConsoleAdminRepository;
import dev.signet.server.storage.IpRangeRepository;
import dev.signet.server.storage.Jdbc;
import dev.signet.server.storage.PasswordRepository;
import dev.signet.server.storage.RefreshTokenRepository;
import dev.signet.server.web.BrowserSessions;
import dev.signet.server.web.Templates;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.List;

/**
 * Builds the admin console, the authorization endpoint with its two grants (authorization code,
 * refresh token) and the console's admin API routes, from the server's shared parts.
 */
final class ConsoleWiring {
    private final Administration administration;
    private final List<GrantHandler> grantHandlers;
    private final ConsoleRoutes console;
    private final AuthorizeEndpoint authorize;
    private final ConsoleAdminApi api;

    ConsoleWiring(ServerContext context, AccessTokenIssuer issuer, IpRestrictionPolicy ipRestrictions,
            LoginRecorder recorder) {
        Jdbc jdbc = context.jdbc();
        Clock clock = context.clock();
        PasswordHasher hasher = new PasswordHasher();
        PasswordRepository passwords = new PasswordRepository(jdbc);
        RefreshTokenRepository refreshTokens = new RefreshTokenRepository(jdbc);
        AuthorizationCodeRepository codes = new AuthorizationCodeRepository(jdbc);
        BrowserSessionRepository sessionStore = new BrowserSessionRepository(jdbc);
        this.administration = new Administration(context.admin(), new AppManager(context.admin(), context.apps()),
                new UserManager(context.admin(), context.users(), context.apps(), passwords, refreshTokens, sessionStore,
                        hasher, clock),
                new IpRangeAdmin(new IpRangeRepository(jdbc), context.users(), context.apps(), clock),
                new ConsoleAdmins(new ConsoleAdminRepository(jdbc), hasher, context.adminSecret(), clock));
        GrantedTokens granted = new GrantedTokens(context.tokens(), refreshTokens, issuer, clock);
        AccountEligibility eligibility = new AccountEligibility(ipRestrictions, context.apps());
        this.grantHandlers = List.of(
                new AuthorizationCodeGrantHandler(context.org(), context.apps(), context.users(), codes, granted, clock),
                new RefreshTokenGrantHandler(context.org(), context.apps(), context.users(), refreshTokens,
                        eligibility, granted, recorder));
        Templates templates = new Templates();
        BrowserSessions sessions = new BrowserSessions(sessionStore, context.baseUrl(), clock);
        this.console = new ConsoleRoutes(administration, sessions, templates);
        this.authorize = new AuthorizeEndpoint(context.apps(), context.users(),
                new AuthorizationFlow(context.apps(), codes, clock),
                new PasswordLogin(context.org(), context.users(), passwords, hasher, eligibility, recorder), sessions,
                templates, context.baseUrl());
        this.api = new ConsoleAdminApi(administration, new ObjectMapper());
    }

    Administration administration() {
        return administration;
    }

    /** The {@code authorization_code} and {@code refresh_token} grants. */
    List<GrantHandler> grantHandlers() {
        return grantHandlers;
    }

    void register(RoutesConfig routes) {
        console.register(routes);
        authorize.register(routes);
        api.register(routes);
    }
}
