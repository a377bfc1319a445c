package dev.signet.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * The default {@link TokenTransport} and {@link ApiTransport}, on {@link java.net.http.HttpClient}:
 * HTTP/1.1, no redirects,
 * connect timeout {@value #CONNECT_TIMEOUT_SECONDS} s, request timeout
 * {@value #REQUEST_TIMEOUT_SECONDS} s, {@code Accept: application/json} and
 * {@code User-Agent: signet-client/<version>}. Thread-safe; share one instance.
 *
 * <p>Related specifications: RFC 6749 §3.2 (token endpoint), RFC 6749 Appendix B
 * ({@code application/x-www-form-urlencoded}).
 */
public final class JdkHttpTransport implements TokenTransport, ApiTransport {
    /** Default connect timeout, in seconds. */
    public static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** Default time to wait for the whole response, in seconds. */
    public static final int REQUEST_TIMEOUT_SECONDS = 30;
    /** The {@code User-Agent} header value. */
    public static final String USER_AGENT = "signet-client/" + version();

    private final HttpClient httpClient;
    private final Duration requestTimeout;

    /** A transport with the default timeouts and its own {@link HttpClient}. */
    public JdkHttpTransport() {
        this(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS));
    }

    /**
     * A transport on a client you configured (proxy, TLS, executor, connect timeout).
     *
     * @param httpClient the client to send with
     * @param requestTimeout how long to wait for the whole response
     */
    public JdkHttpTransport(HttpClient httpClient, Duration requestTimeout) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    /**
     * A transport with the default timeouts that trusts the certificates of {@code caCertificates}
     * (PEM) besides the JDK's CAs: a private CA, or a server's development certificate.
     */
    public static JdkHttpTransport trusting(Path caCertificates) {
        return new JdkHttpTransport(HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .sslContext(TrustedCertificates.sslContext(caCertificates))
                        .build(),
                Duration.ofSeconds(REQUEST_TIMEOUT_SECONDS));
    }

    /** The shared default instance, created on first use. */
    public static JdkHttpTransport shared() {
        return Shared.INSTANCE;
    }

    @Override
    public HttpResult post(URI uri, Map<String, String> form) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8))
                .build();
        return execute(request, uri);
    }

    /** Sends a REST request; {@code User-Agent} is set unless {@code headers} has one. */
    @Override
    public HttpResult send(String method, URI uri, Map<String, String> headers, String body) throws IOException {
        Objects.requireNonNull(method, "method must not be null");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(requestTimeout);
        if (headers.keySet().stream().noneMatch("User-Agent"::equalsIgnoreCase)) {
            request.header("User-Agent", USER_AGENT);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return execute(request.build(), uri);
    }

    private HttpResult execute(HttpRequest request, URI uri) throws IOException {
        try {
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the response");
        } catch (IOException e) {
            throw new IOException(reason(e, uri), e);
        }
    }

    /** Encodes parameters as {@code application/x-www-form-urlencoded}, in order, UTF-8. */
    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A few words on why no response came back; the JDK often leaves the message empty. */
    private String reason(IOException e, URI uri) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + seconds(httpClient.connectTimeout().orElse(null));
        }
        if (e instanceof HttpTimeoutException) {
            return "no response within " + seconds(requestTimeout);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (t instanceof SSLException) {
                return "TLS handshake failed: " + t.getMessage();
            }
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e instanceof ConnectException ? "Connection refused" : e.getClass().getSimpleName();
    }

    private static String seconds(Duration d) {
        return d == null ? "the timeout" : d.toSeconds() + " s";
    }

    private static String version() {
        String v = JdkHttpTransport.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = JdkHttpTransport.class.getResourceAsStream(
                "/META-INF/maven/dev.signet/signet-client/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through
        }
        return "dev";
    }

    @Override
    public String toString() {
        return "JdkHttpTransport[requestTimeout=" + requestTimeout + "]";
    }

    private static final class Shared {
        static final JdkHttpTransport INSTANCE = new JdkHttpTransport();
    }
}
