package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A console administrator (never its password); {@code lastLoginAt} is null before the first login. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsoleAdminView(String id, String username, String createdAt, String lastLoginAt) {}
