package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /users/{username}/password}: the password of the interactive login. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PasswordRequest(String password) {
    public PasswordRequest {
        Required.text(password, "password");
    }

    @Override
    public String toString() {
        return "PasswordRequest[password=…]"; // never a password in a log line
    }
}
