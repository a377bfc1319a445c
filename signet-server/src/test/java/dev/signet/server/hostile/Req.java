package dev.signet.server.hostile;

import dev.signet.server.ServerFixture;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request sent with the JDK's HTTP client (which refuses malformed header values and method
 * names: {@link Raw} sends those). A browser-session request carries the console's or the
 * authorization page's cookie, and its form the session's CSRF token unless {@link #noCsrf()}.
 */
final class Req implements Call {
    static final String FORM = "application/x-www-form-urlencoded";

    /** Whose cookie the request carries. */
    enum Session { NONE, CONSOLE, AUTHORIZE }

    private final String method;
    private final String path;
    private final List<String[]> headers = new ArrayList<>();
    private String body;
    private Session session = Session.NONE;
    private boolean csrf = true;
    private boolean form;

    private Req(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static Req get(String path) {
        return new Req("GET", path);
    }

    static Req post(String path) {
        return new Req("POST", path);
    }

    static Req method(String method, String path) {
        return new Req(method, path);
    }

    /** A form POST; the body is sent as written (already encoded). */
    static Req form(String path, String body) {
        return post(path).type(FORM).body(body);
    }

    /** A form POST of name, value, … pairs, each URL-encoded. */
    static Req fields(String path, String... nameValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            parts.add(enc(nameValues[i]) + "=" + enc(nameValues[i + 1]));
        }
        return form(path, String.join("&", parts));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String path() {
        return path;
    }

    boolean isPost(String to) {
        return method.equals("POST") && path.startsWith(to);
    }

    Req header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    Req type(String contentType) {
        this.form = contentType.startsWith(FORM);
        return header("Content-Type", contentType);
    }

    Req body(String text) {
        this.body = text;
        return this;
    }

    Req json(String text) {
        return type("application/json").body(text);
    }

    Req bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    Req admin() {
        return bearer(ServerFixture.ADMIN_SECRET);
    }

    Req console() {
        this.session = Session.CONSOLE;
        return this;
    }

    Req authorizeSession() {
        this.session = Session.AUTHORIZE;
        return this;
    }

    Req noCsrf() {
        this.csrf = false;
        return this;
    }

    @Override
    public Answer send(Target t) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(t.baseUrl() + path));
        headers.forEach(h -> request.header(h[0], h[1]));
        String sent = body;
        if (session != Session.NONE) {
            request.header("Cookie", t.cookie(session));
            if (csrf && form) {
                sent = "csrf=" + enc(t.csrf(session)) + (body == null || body.isEmpty() ? "" : "&" + body);
            }
        }
        request.method(method, sent == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(sent));
        return Answer.of(t.fixture().send(request.build()));
    }

    @Override
    public String toString() {
        return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path);
    }
}
