package dev.signet.server.admin;

import java.util.Set;

/** Changes to a user; null fields stay as they are, {@code permissionSets} replaces the assignments. */
public record UserEdit(String email, String firstName, String lastName, String profile, Set<String> permissionSets) {}
