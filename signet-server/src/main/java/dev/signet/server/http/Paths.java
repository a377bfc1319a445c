package dev.signet.server.http;

/** Path prefixes that decide which family of error body an answer uses. */
public final class Paths {
    /** OAuth endpoints: errors in RFC 6749 §5.2 JSON. */
    public static final String OAUTH = "/services/oauth2/";
    /** The REST data API: Salesforce's error array. */
    public static final String REST = "/services/data";
    /** The admin JSON API. */
    public static final String ADMIN_API = "/admin/api";
    /** Pages people see in a browser: errors as HTML. */
    static final String CONSOLE = "/console";
    static final String AUTHORIZE = "/services/oauth2/authorize";

    private Paths() {}

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
}
