package dev.signet.cli.broker;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named credential, as Salesforce's "Named Credentials" with the JWT token exchange: where
 * {@code /callout/NAME/...} goes, and how the broker gets the token it adds. Callers never see the
 * key or the token.
 *
 * <pre>
 * namedCredentials:
 *   - name: OrgB                                   # /callout/OrgB/...
 *     url: https://orgb.my.salesforce.com          # the target; the callout path is appended
 *     protocol: jwt-bearer                         # the only protocol (RFC 7523 §2.1)
 *     tokenEndpoint: https://login.salesforce.com/services/oauth2/token  # default: url + /services/oauth2/token
 *     issuer: 3MVG9...                             # the consumer key of org B's connected app (iss)
 *     subject: integration@orgb.com                # a named principal (sub), or per user:
 *     # subjects: {alice@orga.com: alice@orgb.com} #   the caller's Signet-Subject header, mapped
 *     audience: https://login.salesforce.com       # default: the token endpoint's login URL
 *     scopes: [api]                                # optional; Salesforce takes the app's scopes
 *     assertionLifetimeSeconds: 180
 *     signingKey: orga_cert                        # a key imported with: signet broker keys import
 *     timeoutSeconds: 30                           # connect and answer timeout of each callout
 *     maxBodyBytes: 10485760                       # largest request body a caller may send
 * </pre>
 *
 * @param name the name in {@code /callout/NAME/}
 * @param url the target's base URL
 * @param protocol {@code jwt-bearer}
 * @param tokenEndpoint the token endpoint, or null for {@code url + /services/oauth2/token}
 * @param issuer the consumer key ({@code iss})
 * @param subject the named principal ({@code sub}), or null when {@code subjects} maps callers' subjects
 * @param subjects caller subject to target username, or empty for a named principal
 * @param audience the {@code aud}, or null for the token endpoint's login URL
 * @param scopes sent as {@code scope}; empty sends none
 * @param assertionLifetimeSeconds {@code exp - iat}, default 180
 * @param signingKey the name of an imported key
 * @param timeoutSeconds connect and answer timeout, default 30
 * @param maxBodyBytes largest request body, default 10 MiB
 * @param sessionLifetimeMinutes token lifetime when the server sends no {@code expires_in}, default 15
 * @param allowHttp whether plain HTTP to a host other than loopback is allowed
 */
public record NamedCredential(String name, String url, String protocol, String tokenEndpoint, String issuer,
        String subject, Map<String, String> subjects, String audience, List<String> scopes,
        int assertionLifetimeSeconds, String signingKey, int timeoutSeconds, long maxBodyBytes,
        int sessionLifetimeMinutes, boolean allowHttp) {
    /** The protocol of every named credential: the OAuth 2.0 JWT bearer grant. */
    public static final String JWT_BEARER = "jwt-bearer";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,79}");
    private static final String TOKEN_PATH = "/services/oauth2/token";

    /** Checks the values and fills in the defaults; messages name the credential and the key. */
    public NamedCredential {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("namedCredentials[].name must be a letter then letters, digits, _ or -;"
                    + " got '" + name + "'");
        }
        ConfigFiles.required(url, "named credential '" + name + "': url");
        url = url.replaceAll("/+$", "");
        checkUrl(name, "url", url, allowHttp);
        protocol = protocol == null ? JWT_BEARER : protocol;
        if (!JWT_BEARER.equals(protocol)) {
            throw new IllegalArgumentException("named credential '" + name + "': protocol must be " + JWT_BEARER);
        }
        tokenEndpoint = tokenEndpoint == null ? url + TOKEN_PATH : tokenEndpoint;
        checkUrl(name, "tokenEndpoint", tokenEndpoint, allowHttp);
        ConfigFiles.required(issuer, "named credential '" + name + "': issuer");
        ConfigFiles.required(signingKey, "named credential '" + name + "': signingKey");
        subjects = Map.copyOf(subjects == null ? Map.of() : subjects);
        if ((subject == null) == subjects.isEmpty()) {
            throw new IllegalArgumentException("named credential '" + name + "': give exactly one of subject (a"
                    + " named principal) and subjects (caller subject: target username)");
        }
        scopes = List.copyOf(scopes == null ? List.of() : scopes);
        assertionLifetimeSeconds = (int) orDefault(name, "assertionLifetimeSeconds", assertionLifetimeSeconds, 180);
        timeoutSeconds = (int) orDefault(name, "timeoutSeconds", timeoutSeconds, 30);
        maxBodyBytes = orDefault(name, "maxBodyBytes", maxBodyBytes, 10L << 20);
        sessionLifetimeMinutes = (int) orDefault(name, "sessionLifetimeMinutes", sessionLifetimeMinutes, 15);
    }

    /** The username to get the token for: the named principal, or the caller's subject mapped. */
    public Optional<String> username(String callerSubject) {
        if (subject != null) {
            return Optional.of(subject);
        }
        return Optional.ofNullable(callerSubject == null ? null : subjects.get(callerSubject));
    }

    /** The login URL the token endpoint belongs to: the default {@code aud}. */
    public String loginUrl() {
        if (tokenEndpoint.endsWith(TOKEN_PATH)) {
            return tokenEndpoint.substring(0, tokenEndpoint.length() - TOKEN_PATH.length());
        }
        URI uri = URI.create(tokenEndpoint);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    private static void checkUrl(String name, String key, String value, boolean allowHttp) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("named credential '" + name + "': " + key + " is not a URL: " + value,
                    e);
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme());
        if (!(http || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("named credential '" + name + "': " + key + " must be an http(s) URL"
                    + " without query: " + value);
        }
        if (http && !allowHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("named credential '" + name + "': " + key + " is plain http to "
                    + uri.getHost() + "; use https, or set allowHttp: true");
        }
    }

    /** 0 (absent) is the default; a negative value is a mistake. */
    private static long orDefault(String name, String key, long value, long fallback) {
        if (value < 0) {
            throw new IllegalArgumentException("named credential '" + name + "': " + key + " must be positive");
        }
        return value == 0 ? fallback : value;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
