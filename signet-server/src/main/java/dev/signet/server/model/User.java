package dev.signet.server.model;

import java.time.Instant;
import java.util.Set;

/** A user of the org. {@code id} is the 18-character form. */
public record User(
        String id,
        String orgId,
        String username,
        String email,
        String firstName,
        String lastName,
        String profile,
        Set<String> permissionSets,
        boolean active,
        boolean frozen,
        Instant createdAt,
        Instant modifiedAt) {
    public User {
        permissionSets = Set.copyOf(permissionSets);
    }

    public String displayName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }
}
