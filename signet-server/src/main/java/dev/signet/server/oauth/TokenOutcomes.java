package dev.signet.server.oauth;

/**
 * Where {@link TokenService} reports how each token request ended, once per request: the grant
 * (its short name, or {@code unsupported}), the OAuth error code ({@code success} when a token was
 * issued) and the Login History status ({@code none} when nothing names one).
 */
@FunctionalInterface
public interface TokenOutcomes {
    /** Reports nothing (tests and tools that need no metrics). */
    TokenOutcomes NONE = (grant, outcome, status) -> {};

    void count(String grant, String outcome, String status);
}
