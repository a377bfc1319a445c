package dev.signet.server.model;

/**
 * Connected-app IP relaxation (metadata {@code oauthPolicy.ipRelaxation}): whether the login IP
 * ranges of the user's profile apply to the app's logins.
 */
public enum IpRelaxation {
    /** "Enforce IP restrictions" (the default). */
    ENFORCE("Enforce IP restrictions"),
    /** "Enforce IP restrictions, but relax for refresh tokens". */
    ENFORCE_RELAXREFRESH("Enforce IP restrictions, but relax for refresh tokens"),
    /** "Relax IP restrictions". */
    BYPASS("Relax IP restrictions"),
    /**
     * "Relax IP restrictions with second factor". Signet has no second factor, so this enforces
     * the ranges like {@link #ENFORCE}.
     */
    BYPASS_2FACTOR("Relax IP restrictions with second factor");

    private final String label;

    IpRelaxation(String label) {
        this.label = label;
    }

    /** The setting's text in App Manager. */
    public String label() {
        return label;
    }

    /** Whether profile IP ranges apply to a login of this kind. */
    public boolean enforcesOn(boolean refreshTokenLogin) {
        return switch (this) {
            case BYPASS -> false;
            case ENFORCE_RELAXREFRESH -> !refreshTokenLogin;
            case ENFORCE, BYPASS_2FACTOR -> true;
        };
    }
}
