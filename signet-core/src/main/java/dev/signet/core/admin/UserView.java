package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A user as the admin API shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserView(
        String id, String username, String email, String firstName, String lastName, String profile,
        List<String> permissionSets, boolean active, boolean frozen, String createdAt) {}
