package dev.signet.server.http;

/** Path prefixes that decide which family of error body an answer uses. */
public final class Paths {
    /** OAuth endpoints: errors in RFC 6749 §5.2 JSON. */
    public static final String OAUTH = "/services/oauth2/";
    /** The REST data API: Salesforce's error array. */
    public static final String REST = "/services/data";
    /** The admin JSON API. */
    public static final String ADMIN_API = "/admin/api";

    private Paths() {}
}
