package dev.signet.server.assertion;

/** What an assertion is presented for; RFC 10070's explicit types keep the two apart. */
public enum AssertionUse {
    /** An authorization grant (RFC 7523 §2.1): the JWT bearer grant, and {@code jwt decode}. */
    GRANT,
    /** Client authentication (RFC 7523 §2.2, {@code private_key_jwt}). */
    CLIENT_AUTHENTICATION
}
