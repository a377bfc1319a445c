package dev.signet.core.admin;

/** The one check for a request's required fields; its message is what the caller sees. */
final class Required {
    private Required() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
