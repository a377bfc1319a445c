package dev.signet.core.oauth;

/** OAuth 2.0 grant type identifiers. */
public final class GrantTypes {
    /** The JWT bearer grant (RFC 7523 §2.1). */
    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private GrantTypes() {}
}
