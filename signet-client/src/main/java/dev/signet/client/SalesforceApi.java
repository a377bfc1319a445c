package dev.signet.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small authenticated client for the Salesforce REST API. Each call takes a token from the
 * {@link TokenSource} (use a {@link CachingTokenSource}), sends it as {@code Authorization: Bearer}
 * to the token's {@code instance_url}, and when the answer is 401 {@code INVALID_SESSION_ID}
 * (the session expired or was revoked) reports the token with {@link
 * TokenSource#invalidate(TokenResponse)} and tries once more with a new one.
 *
 * <p>Paths: {@code "/services/data/v62.0/sobjects"} is taken below the instance URL;
 * {@code "sobjects/Account"} (no leading slash) below {@code /services/data/v}{@link
 * Builder#apiVersion version}{@code /}; an absolute URL must be on the instance or on the host of
 * the token's identity URL, so the token never goes to another host.
 *
 * <p>{@link #get}, {@link #post}, {@link #patch}, {@link #delete} and {@link #query} throw {@link
 * SalesforceApiException} for any status other than 2xx; {@link #send} returns every response.
 * Thread-safe.
 *
 * <p>Related specifications: RFC 6750 §2.1 (bearer header); Salesforce REST API Developer Guide
 * ("Execute a SOQL Query", {@code nextRecordsUrl}; "Query Options Header"; "Status Codes and Error
 * Responses").
 */
public final class SalesforceApi {
    /** Default API version. */
    public static final String DEFAULT_API_VERSION = "62.0";
    /** Smallest query batch size Salesforce takes in {@code Sforce-Query-Options}. */
    public static final int MIN_BATCH_SIZE = 200;
    /** Largest query batch size, also Salesforce's default. */
    public static final int MAX_BATCH_SIZE = 2000;

    private static final String QUERY_OPTIONS_HEADER = "Sforce-Query-Options";

    private static final Pattern VERSION = Pattern.compile("\\d{2,3}\\.0");
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");

    private final TokenSource tokens;
    private final ApiTransport transport;
    private final String apiVersion;

    private SalesforceApi(Builder b) {
        this.tokens = b.tokens;
        this.transport = b.transport;
        this.apiVersion = b.apiVersion;
    }

    /** A builder over {@code tokens}, e.g. {@link JwtBearerClient#cachingTokenSource()}. */
    public static Builder builder(TokenSource tokens) {
        return new Builder(tokens);
    }

    /** {@code GET path}; the response must be 2xx. */
    public HttpResult get(String path) {
        return checked("GET", path, null);
    }

    /** {@code POST path} with a JSON body; the response must be 2xx. */
    public HttpResult post(String path, String json) {
        return checked("POST", path, Objects.requireNonNull(json, "json must not be null"));
    }

    /** {@code PATCH path} with a JSON body (Salesforce's update); the response must be 2xx. */
    public HttpResult patch(String path, String json) {
        return checked("PATCH", path, Objects.requireNonNull(json, "json must not be null"));
    }

    /** {@code DELETE path}; the response must be 2xx. */
    public HttpResult delete(String path) {
        return checked("DELETE", path, null);
    }

    /**
     * Runs a SOQL query and returns all {@code records}, following {@code nextRecordsUrl} until
     * the result is {@code done}.
     *
     * @throws SalesforceApiException when a page is refused (e.g. 400 {@code MALFORMED_QUERY})
     */
    public List<JsonNode> query(String soql) {
        return query(soql, Map.of());
    }

    /**
     * {@link #query(String)} asking for pages of {@code batchSize} records with the header
     * {@code Sforce-Query-Options: batchSize=N} (Salesforce's default is 2000). The server may
     * still answer with other batch sizes; all records are returned either way.
     *
     * @param batchSize {@value #MIN_BATCH_SIZE} to {@value #MAX_BATCH_SIZE}, Salesforce's bounds
     * @throws SalesforceApiException when a page is refused (e.g. 400 {@code MALFORMED_QUERY})
     */
    public List<JsonNode> query(String soql, int batchSize) {
        if (batchSize < MIN_BATCH_SIZE || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be " + MIN_BATCH_SIZE + " to " + MAX_BATCH_SIZE
                    + ", got " + batchSize);
        }
        return query(soql, Map.of(QUERY_OPTIONS_HEADER, "batchSize=" + batchSize));
    }

    private List<JsonNode> query(String soql, Map<String, String> headers) {
        Objects.requireNonNull(soql, "soql must not be null");
        List<JsonNode> records = new ArrayList<>();
        String next = "query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8).replace("+", "%20");
        while (next != null) {
            JsonNode page = checked("GET", next, headers, null).json();
            page.path("records").forEach(records::add);
            boolean done = page.path("done").asBoolean(true);
            next = done || !page.hasNonNull("nextRecordsUrl") ? null : page.get("nextRecordsUrl").asText();
        }
        return records;
    }

    /**
     * Sends any request and returns the response whatever its status, after one retry with a new
     * token on 401 {@code INVALID_SESSION_ID}.
     *
     * @param method e.g. {@code GET}, {@code POST}, {@code PATCH}, {@code PUT}, {@code DELETE}
     * @param headers extra headers (may override {@code Accept}/{@code Content-Type}); not
     *     {@code Authorization}
     * @param body the body, or {@code null}; sent as {@code application/json} unless a header says
     *     otherwise
     * @throws UncheckedIOException when no response came back
     * @throws JwtBearerException when no token can be had
     */
    public HttpResult send(String method, String path, Map<String, String> headers, String body) {
        String verb = Objects.requireNonNull(method, "method must not be null").toUpperCase(Locale.ROOT);
        if (!METHOD.matcher(verb).matches()) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(headers, "headers must not be null");
        TokenResponse token = tokens.token();
        HttpResult result = sendWith(token, verb, path, headers, body);
        if (SalesforceApiException.isInvalidSession(result)) {
            tokens.invalidate(token);
            result = sendWith(tokens.token(), verb, path, headers, body);
        }
        return result;
    }

    /** The URL {@code path} resolves to with {@code token}, as described in the class comment. */
    URI resolve(TokenResponse token, String path) {
        String instance = token.instanceUrl();
        if (instance == null || instance.isBlank()) {
            throw new IllegalStateException("the token response has no instance_url: use a Salesforce-compatible"
                    + " server, or call absolute URLs");
        }
        String base = instance.replaceAll("/+$", "");
        if (path.startsWith("https://") || path.startsWith("http://")) {
            URI uri = URI.create(path);
            if (!sameOrigin(uri, base) && (token.id() == null || !sameOrigin(uri, token.id()))) {
                throw new IllegalArgumentException("refusing to send the access token to " + uri.getScheme() + "://"
                        + uri.getAuthority() + ": only the instance URL " + base + " and the identity URL's host");
            }
            return uri;
        }
        return URI.create(path.startsWith("/") ? base + path : base + "/services/data/v" + apiVersion + "/" + path);
    }

    private HttpResult checked(String method, String path, String body) {
        return checked(method, path, Map.of(), body);
    }

    private HttpResult checked(String method, String path, Map<String, String> headers, String body) {
        HttpResult result = send(method, path, headers, body);
        if (!result.isSuccess()) {
            throw SalesforceApiException.of(method, path, result);
        }
        return result;
    }

    private HttpResult sendWith(TokenResponse token, String method, String path, Map<String, String> extra,
            String body) {
        URI uri = resolve(token, path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        extra.forEach((name, value) -> {
            if ("Authorization".equalsIgnoreCase(name)) {
                throw new IllegalArgumentException("the Authorization header is set from the token source");
            }
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, value);
        });
        headers.put("Authorization", (token.tokenType() == null ? "Bearer" : token.tokenType()) + " "
                + token.accessToken());
        try {
            return transport.send(method, uri, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri.getScheme() + "://" + uri.getAuthority()
                    + uri.getRawPath() + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean sameOrigin(URI uri, String other) {
        URI o = URI.create(other);
        return uri.getScheme().equalsIgnoreCase(o.getScheme()) && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(o.getHost()) && port(uri) == port(o);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Shows the settings, never a token. */
    @Override
    public String toString() {
        return "SalesforceApi[apiVersion=" + apiVersion + ", tokens=" + tokens + "]";
    }

    /** Builder for {@link SalesforceApi}. */
    public static final class Builder {
        private final TokenSource tokens;
        private ApiTransport transport = JdkHttpTransport.shared();
        private String apiVersion = DEFAULT_API_VERSION;

        private Builder(TokenSource tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
        }

        /** The version in relative paths such as {@code "sobjects"}; default {@value SalesforceApi#DEFAULT_API_VERSION}. */
        public Builder apiVersion(String value) {
            Objects.requireNonNull(value, "apiVersion must not be null");
            String v = value.startsWith("v") ? value.substring(1) : value;
            if (!VERSION.matcher(v).matches()) {
                throw new IllegalArgumentException("apiVersion must look like 62.0, got \"" + value + "\"");
            }
            this.apiVersion = v;
            return this;
        }

        /** How requests are sent; default {@link JdkHttpTransport#shared()}. */
        public Builder transport(ApiTransport value) {
            this.transport = Objects.requireNonNull(value, "transport must not be null");
            return this;
        }

        /** Builds the client. */
        public SalesforceApi build() {
            return new SalesforceApi(this);
        }
    }
}
