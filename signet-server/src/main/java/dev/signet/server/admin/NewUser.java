package dev.signet.server.admin;

import java.util.Set;

/** A user to create; {@code profile} defaults to {@code Standard User}, email to the username. */
public record NewUser(
        String username, String email, String firstName, String lastName, String profile, Set<String> permissionSets) {
    public static final String DEFAULT_PROFILE = "Standard User";
}
