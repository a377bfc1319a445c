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

    private Paths() {}

    /** Whether the path is one of the HTML pages, whose errors are pages too. */
    public static boolean isPage(String path) {
        return under(path, CONSOLE) || under(path, AUTHORIZE);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
