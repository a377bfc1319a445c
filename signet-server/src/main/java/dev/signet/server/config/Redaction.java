package dev.signet.server.config;

/** How secrets appear in {@code toString()} and {@code --print-config}: never their value. */
final class Redaction {
    static final String REDACTED = "<redacted>";

    private Redaction() {}

    /** {@code <redacted>} when a secret is set, {@code null} when it is not (so "unset" stays visible). */
    static String of(String secret) {
        return secret == null ? null : REDACTED;
    }
}
