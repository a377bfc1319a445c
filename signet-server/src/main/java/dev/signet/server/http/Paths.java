package dev.signet.server.http;

/** Path prefixes that decide which family of error body an answer uses. */
public final class Paths {
    /** OAuth endpoints: errors in RFC 6749 §5.2 JSON. */
    public static final String OAUTH = "/services/oauth2/";
    /** The REST data API: Salesforce's error array. */
    public static final String REST = "/services/data";
    /** The admin JSON API. */
    public static final String ADMIN_API = "/admin/api";
    /** The admin console's pages. */
    public static final String CONSOLE = "/console";
    /** The authorization endpoint's pages (under {@link #OAUTH}, but pages). */
    public static final String AUTHORIZE = "/services/oauth2/authorize";

    /** The token endpoint. */
    public static final String TOKEN = "/services/oauth2/token";

    private Paths() {}

    /**
     * The family a request's latency is reported under: {@code token}, {@code authorize},
     * {@code identity} (the other OAuth endpoints, {@code /id/}, discovery), {@code rest},
     * {@code admin}, {@code console}, {@code health} (and {@code /metrics}) or {@code other}.
     */
    public static String metricsFamily(String path) {
        if (path == null) {
            return "other";
        } else if (path.equals(TOKEN)) {
            return "token";
        } else if (path.startsWith("/health/") || path.equals("/metrics")) {
            return "health";
        } else if (path.startsWith(OAUTH) && !path.startsWith(AUTHORIZE) || path.startsWith("/id/")
                || path.startsWith("/.well-known/")) {
            return "identity";
        }
        return switch (Family.of(path)) {
            case REST -> "rest";
            case ADMIN -> "admin";
            case PAGE -> path.startsWith(AUTHORIZE) ? "authorize" : "console";
            default -> "other";
        };
    }

    /** The endpoint families, each with its own error shape. */
    public enum Family {
        OAUTH, REST, ADMIN, PAGE, OTHER;

        /** The family of a request path; {@code null} (a request too broken to have one) is {@link #OTHER}. */
        public static Family of(String path) {
            if (path == null) {
                return OTHER;
            } else if (path.startsWith(AUTHORIZE) || path.equals(CONSOLE) || path.startsWith(CONSOLE + "/")) {
                return PAGE;
            } else if (path.startsWith(Paths.OAUTH)) {
                return OAUTH;
            } else if (path.startsWith(Paths.REST)) {
                return REST;
            } else if (path.startsWith(ADMIN_API)) {
                return ADMIN;
            }
            return OTHER;
        }
    }

    /** Whether the path is one of the HTML pages, whose errors are pages too. */
    public static boolean isPage(String path) {
        return Family.of(path) == Family.PAGE;
    }
}
