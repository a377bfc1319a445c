package dev.signet.server.secrets;

/** The password policy: long enough, and not blank. Returns the reason for a refusal, or null. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {}

    public static String problem(String password) {
        if (password == null || password.isBlank()) {
            return "a password is required";
        }
        if (password.length() < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "the password must have at most " + MAX_LENGTH + " characters";
        }
        return null;
    }
}
