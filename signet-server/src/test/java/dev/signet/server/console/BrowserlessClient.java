package dev.signet.server.console;

import dev.signet.server.ServerFixture;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client for console and authorization pages, without a browser: GETs pages,
 * reads the CSRF token from the last form, POSTs forms. Redirects are not followed.
 */
public final class BrowserlessClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private final String baseUrl;
    private final HttpClient http;
    private String lastPage = "";

    public BrowserlessClient(ServerFixture server) {
        this(server.baseUrl());
    }

    /** A client of the server at {@code baseUrl} (e.g. the real address when the public URL differs). */
    public BrowserlessClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return remember(send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build()));
    }

    /** POSTs a form; {@code fields} are name, value, name, value, … */
    public HttpResponse<String> post(String path, String... fields) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build()));
    }

    /** POSTs a form with the last page's CSRF token added. */
    public HttpResponse<String> submit(String path, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "csrf";
        all[1] = csrf();
        System.arraycopy(fields, 0, all, 2, fields.length);
        return post(path, all);
    }

    /** The hidden fields of the last page's last form (the authorization request and the CSRF token). */
    public Map<String, String> hiddenFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(lastPage);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&#43;", "+").replace("&#61;", "="));
        }
        return fields;
    }

    public String csrf() {
        Matcher m = CSRF.matcher(lastPage);
        String token = null;
        while (m.find()) {
            token = m.group(1);
        }
        if (token == null) {
            throw new AssertionError("no CSRF token on the last page: " + lastPage);
        }
        return token;
    }

    /** Logs in to the console, creating the first admin with the admin secret if needed. */
    public BrowserlessClient consoleAdmin(String username, String password) {
        HttpResponse<String> first = get("/console/login");
        if (first.statusCode() == 303 && first.headers().firstValue("Location").orElse("").endsWith("/setup")) {
            get("/console/setup");
            expect(submit("/console/setup", "adminSecret", ServerFixture.ADMIN_SECRET, "username", username, "password",
                    password, "confirm", password), 303);
        } else {
            expect(submit("/console/login", "username", username, "password", password), 303);
        }
        return this;
    }

    public static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            lastPage = response.body();
        }
        return response;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return ServerFixture.sendWith(http, request);
    }

    /** The parameters of a raw (still encoded) query string, in order. */
    public static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    /** URL-encodes a form or query value. */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
