package dev.signet.server.authorize;

import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.BrowserSession;
import dev.signet.server.model.User;
import dev.signet.server.web.BrowserSessions;
import dev.signet.server.web.ConsoleException;
import dev.signet.server.web.OAuthScopes;
import dev.signet.server.web.SecurityHeaders;
import dev.signet.server.web.Templates;
import dev.signet.server.http.HttpModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /services/oauth2/authorize}, the web-server flow's user-facing part: validate the
 * request, log the user in (username and password), ask for consent, redirect to the callback
 * with a code, or with {@code error}/{@code error_description}/{@code state}. Forms carry the
 * request as hidden fields (validated again on every step) and the session's CSRF token.
 */
public final class AuthorizeEndpoint implements HttpModule {
    public static final String PATH = "/services/oauth2/authorize";
    private final AuthorizationFlow flow;
    private final PasswordLogin logins;
    private final BrowserSessions sessions;
    private final Templates templates;
    private final String baseUrl;

    public AuthorizeEndpoint(AuthorizationFlow flow, PasswordLogin logins, BrowserSessions sessions,
            Templates templates, String baseUrl) {
        this.flow = flow;
        this.logins = logins;
        this.sessions = sessions;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::authorize);
        routes.post(PATH + "/login", this::login);
        routes.post(PATH + "/consent", this::consent);
        routes.post(PATH + "/logout", this::logout);
    }

    private void authorize(Context ctx) {
        AuthorizationRequest request = parse(ctx, ctx.queryParamMap());
        if (request == null) {
            return;
        }
        Optional<User> user = sessions.find(ctx, BrowserSessions.AUTHORIZE).map(BrowserSession::userId)
                .flatMap(flow::signedIn);
        if (user.isEmpty()) {
            loginPage(ctx, request, sessions.findOrStart(ctx, BrowserSessions.AUTHORIZE), null, "");
            return;
        }
        try {
            String callback = flow.decide(request, user.get());
            if (callback != null) {
                ctx.redirect(callback, HttpStatus.FOUND);
            } else {
                consentPage(ctx, request, sessions.find(ctx, BrowserSessions.AUTHORIZE).orElseThrow(), user.get());
            }
        } catch (AuthorizationError e) {
            refuse(ctx, e);
        }
    }

    private void login(Context ctx) {
        BrowserSession session = checkedSession(ctx);
        AuthorizationRequest request = session == null ? null : parse(ctx, ctx.formParamMap());
        if (request == null) {
            return;
        }
        String username = ctx.formParam("username");
        try {
            User user = logins.login(request.app(), username, ctx.formParam("password"),
                    new RequestInfo(ctx.ip(), ctx.header("User-Agent"), baseUrl));
            sessions.start(ctx, BrowserSessions.AUTHORIZE, null, user.id());
            ctx.redirect(request.authorizeUrl(), HttpStatus.SEE_OTHER);
        } catch (LoginFailure failure) {
            ctx.status(401);
            loginPage(ctx, request, session, message(failure), username == null ? "" : username);
        }
    }

    private void consent(Context ctx) {
        BrowserSession session = checkedSession(ctx);
        AuthorizationRequest request = session == null ? null : parse(ctx, ctx.formParamMap());
        if (request == null) {
            return;
        }
        Optional<User> user = flow.signedIn(session.userId());
        if (user.isEmpty()) {
            loginPage(ctx, request, session, null, "");
            return;
        }
        boolean allow = "allow".equals(ctx.formParam("decision"));
        ctx.redirect(allow ? flow.approve(request, user.get()) : flow.deny(request), HttpStatus.SEE_OTHER);
    }

    // "Not you?": ends the session and starts the request over.
    private void logout(Context ctx) {
        BrowserSession session = checkedSession(ctx);
        AuthorizationRequest request = session == null ? null : parse(ctx, ctx.formParamMap());
        if (request != null) {
            sessions.end(ctx, BrowserSessions.AUTHORIZE);
            ctx.redirect(request.authorizeUrl(), HttpStatus.SEE_OTHER);
        }
    }

    private BrowserSession checkedSession(Context ctx) {
        BrowserSession session = sessions.find(ctx, BrowserSessions.AUTHORIZE).orElse(null);
        try {
            BrowserSessions.checkCsrf(session, ctx.formParam("csrf"));
            return session;
        } catch (ConsoleException e) {
            errorPage(ctx, 403, "forbidden", e.getMessage());
            return null;
        }
    }

    private AuthorizationRequest parse(Context ctx, Map<String, List<String>> params) {
        try {
            return flow.request(params);
        } catch (AuthorizationError e) {
            refuse(ctx, e);
            return null;
        }
    }

    private void refuse(Context ctx, AuthorizationError e) {
        if (e.redirectUri() != null) {
            ctx.redirect(e.redirectUri(), ctx.method().name().equals("GET") ? HttpStatus.FOUND : HttpStatus.SEE_OTHER);
        } else {
            errorPage(ctx, 400, e.error(), e.description());
        }
    }

    private void loginPage(Context ctx, AuthorizationRequest request, BrowserSession session, String message,
            String username) {
        render(ctx, request, "authorize/login", Map.of("app", request.app(), "params", request.parameters(),
                "csrf", session.csrfToken(), "message", message == null ? "" : message, "username", username));
    }

    private void consentPage(Context ctx, AuthorizationRequest request, BrowserSession session, User user) {
        render(ctx, request, "authorize/consent", Map.of("app", request.app(), "params", request.parameters(),
                "csrf", session.csrfToken(), "user", user,
                "scopes", request.scopes().stream().map(OAuthScopes::label).distinct().toList()));
    }

    private void errorPage(Context ctx, int status, String error, String description) {
        SecurityHeaders.apply(ctx);
        ctx.status(status).html(templates.render("authorize/error", Map.of("error", error, "description", description)));
    }

    private void render(Context ctx, AuthorizationRequest request, String template, Map<String, Object> model) {
        SecurityHeaders.apply(ctx, formTarget(request.redirectUri()));
        ctx.html(templates.render(template, new HashMap<>(model)));
    }

    private static String message(LoginFailure failure) {
        if (failure.hasStatus(LoginStatus.USER_INACTIVE) || failure.hasStatus(LoginStatus.USER_FROZEN)) {
            return "Your account is not active. Contact your administrator.";
        }
        if (failure.hasStatus(LoginStatus.PASSWORD_LOCKOUT)) {
            return "Your account is locked after too many failed logins. Try again later, or ask your administrator "
                    + "to unlock it.";
        }
        if (failure.hasStatus(LoginStatus.RESTRICTED_IP)) {
            return "You can't log in from this IP address: it is outside your profile's login IP ranges.";
        }
        return "Please check your username and password. If you still can't log in, contact your administrator.";
    }

    // The callback's origin (or scheme, for custom schemes): the consent form's POST redirects there.
    private static String formTarget(String redirectUri) {
        URI uri = URI.create(redirectUri);
        String scheme = uri.getScheme();
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
            return scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        }
        return scheme + ":";
    }
}
