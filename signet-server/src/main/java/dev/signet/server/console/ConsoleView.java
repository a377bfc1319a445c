package dev.signet.server.console;

import dev.signet.server.model.BrowserSession;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders console pages: every page gets the session's CSRF token ({@code csrf}), the logged-in
 * admin ({@code admin}), the error of a refused form ({@code error}) and the notice of a done
 * action ({@code notice}, from a fixed list chosen by {@code ?done=…}, never text from the URL).
 */
final class ConsoleView {
    static final String SESSION = "signet.console.session";
    static final String ADMIN = "signet.console.admin";
    static final String ERROR = "signet.console.error";
    private static final Map<String, String> NOTICES = Map.ofEntries(
            Map.entry("created", "Created."), Map.entry("saved", "Saved."), Map.entry("deleted", "Deleted."),
            Map.entry("added", "Added."), Map.entry("removed", "Removed."), Map.entry("retired",
                    "Certificate retired: it no longer verifies signatures."),
            Map.entry("activated", "Certificate activated."), Map.entry("password", "Password set."),
            Map.entry("unlocked", "Unlocked."),
            Map.entry("revoked", "Approval revoked, with the user's refresh and access tokens for the app."),
            Map.entry("loggedout", "You have logged out."));

    private final Templates templates;

    ConsoleView(Templates templates) {
        this.templates = templates;
    }

    void show(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> m = new HashMap<>(model);
        BrowserSession session = ctx.attribute(SESSION);
        ConsoleAdmin admin = ctx.attribute(ADMIN);
        m.put("csrf", session == null ? "" : session.csrfToken());
        m.put("admin", admin);
        m.put("error", ctx.attribute(ERROR));
        String done = ctx.queryParam("done");
        m.put("notice", done == null ? null : NOTICES.get(done));
        m.put("section", template.startsWith("app") ? "apps" : template.startsWith("user") ? "users" : template);
        ctx.html(templates.render("console/" + template, m));
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        show(ctx, "error", Map.of("status", status, "message", message));
    }

    /** Post/Redirect/Get: 303 to {@code location}. */
    static void seeOther(Context ctx, String location) {
        ctx.redirect(location, HttpStatus.SEE_OTHER);
    }

    /** A path segment, percent-encoded (usernames contain {@code @}). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, Object> model(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
