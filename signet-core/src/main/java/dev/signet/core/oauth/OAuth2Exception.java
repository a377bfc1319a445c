package dev.signet.core.oauth;

import java.util.Objects;

/** Carries an {@link OAuth2Error} from where a check fails to the one place that answers it. */
public class OAuth2Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient OAuth2Error error;

    public OAuth2Exception(OAuth2Error error) {
        super(error.code() + ": " + error.description());
        this.error = Objects.requireNonNull(error, "error must not be null");
    }

    public OAuth2Error error() {
        return error;
    }
}
