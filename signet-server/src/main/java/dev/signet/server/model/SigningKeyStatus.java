package dev.signet.server.model;

/** Where a server signing key is in its life: it signs, then only verifies, then is gone. */
public enum SigningKeyStatus {
    /** Signs new JWT access tokens (the newest current key, should there be several). */
    CURRENT,
    /** Replaced by a newer key: still published in {@code /id/keys} and still verifies. */
    PREVIOUS,
    /** Removed: not published, verifies nothing; its private key is erased. */
    RETIRED
}
