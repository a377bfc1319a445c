package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /console-admins}: a console administrator and its password. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsoleAdminRequest(String username, String password) {
    public ConsoleAdminRequest {
        Required.text(username, "username");
        Required.text(password, "password");
    }

    @Override
    public String toString() {
        return "ConsoleAdminRequest[username=" + username + ", password=…]";
    }
}
