package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.Administration;
import dev.signet.server.model.BrowserSession;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.web.BrowserSessions;
import dev.signet.server.web.ConsoleException;
import dev.signet.server.web.SecurityHeaders;
import dev.signet.server.web.Templates;
import dev.signet.server.http.ErrorIds;
import dev.signet.server.http.HttpModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin console under {@code /console}: server-rendered pages, no JavaScript. Every request
 * passes one gate: security headers, the session from the cookie, the CSRF token of every POST
 * (403 without it), and a login (or, before the first admin exists, the first-run page).
 */
public final class ConsoleRoutes implements HttpModule {
    static final String PREFIX = "/console";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRoutes.class);
    private static final Set<String> PUBLIC = Set.of(PREFIX + "/login", PREFIX + "/setup");
    private static final String CSS_PATH = PREFIX + "/static/console.css";

    /** A form action: does the work and answers where to go next (Post/Redirect/Get). */
    @FunctionalInterface
    interface FormAction {
        String run(Context ctx) throws Exception;
    }

    private final Administration administration;
    private final BrowserSessions sessions;
    private final ConsoleView view;
    private final byte[] css;
    private RoutesConfig routes;

    public ConsoleRoutes(Administration administration, BrowserSessions sessions, Templates templates) {
        this.administration = administration;
        this.sessions = sessions;
        this.view = new ConsoleView(templates);
        this.css = resource("signet/static/console.css");
    }

    @Override
    public void register(RoutesConfig routesConfig) {
        this.routes = routesConfig;
        routes.before(PREFIX, this::gate);
        routes.before(PREFIX + "/*", this::gate);
        routes.exception(ConsoleException.class, (e, ctx) -> {
            if (ctx.path().startsWith(PREFIX)) {
                view.error(ctx, e.status(), e.getMessage());
            }
        });
        routes.get(CSS_PATH, ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600")
                .result(css));
        page(PREFIX, ctx -> ConsoleView.seeOther(ctx, PREFIX + "/apps"));
        // The server's root leads people who open its URL in a browser to the console.
        routes.get("/", ctx -> ConsoleView.seeOther(ctx, PREFIX));
        new SignInPages(this, administration.consoleAdmins(), sessions).register();
        new AppPages(this, administration).register();
        new AppPolicyPages(this, administration).register();
        new UserPages(this, administration).register();
        new LoginHistoryPages(this, administration.admin()).register();
        new IpRangePages(this, administration.ipRanges()).register();
        new AdminAccountPages(this, administration.consoleAdmins()).register();
    }

    ConsoleView view() {
        return view;
    }

    void page(String path, Handler handler) {
        routes.get(path, ctx -> safely(ctx, handler));
    }

    /** A POST form: on success 303 to the answered location; refused input re-renders {@code onError} with the reason. */
    void form(String path, FormAction action, Handler onError) {
        routes.post(path, ctx -> safely(ctx, c -> {
            try {
                ConsoleView.seeOther(c, action.run(c));
            } catch (AdminException e) {
                c.status(e.status()).attribute(ConsoleView.ERROR, e.getMessage());
                onError.handle(c);
            }
        }));
    }

    private void gate(Context ctx) {
        SecurityHeaders.apply(ctx);
        if (ctx.path().equals(CSS_PATH)) {
            return;
        }
        Optional<BrowserSession> session = sessions.find(ctx, BrowserSessions.CONSOLE);
        ConsoleAdmin admin = session.map(BrowserSession::adminId).flatMap(administration.consoleAdmins()::find)
                .orElse(null);
        ctx.attribute(ConsoleView.SESSION, session.orElse(null));
        ctx.attribute(ConsoleView.ADMIN, admin);
        if (ctx.method() == HandlerType.POST) {
            BrowserSessions.checkCsrf(session.orElse(null), ctx.formParam("csrf"));
        }
        if (admin == null && !PUBLIC.contains(ctx.path())) {
            boolean setup = administration.consoleAdmins().needsSetup();
            ConsoleView.seeOther(ctx, PREFIX + (setup ? "/setup" : "/login"));
            ctx.skipRemainingHandlers();
        }
    }

    // Unexpected failures become an error page (and a log line), never a stack trace or JSON.
    private void safely(Context ctx, Handler handler) throws Exception {
        try {
            handler.handle(ctx);
        } catch (AdminException e) {
            view.error(ctx, e.status(), e.getMessage());
        } catch (ConsoleException e) {
            throw e;
        } catch (RuntimeException e) {
            String id = ErrorIds.next();
            LOG.error("console error, error id {}, on {} {}", id, ctx.method(), ctx.path(), e);
            view.error(ctx, 500, "Something went wrong; the server log has the details under error id " + id + ".");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConsoleRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
