package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A user's or console admin's password lockout as the admin API shows it.
 *
 * @param lockedUntil when the lockout ends (ISO-8601), null when not locked out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockoutView(String username, boolean locked, String lockedUntil) {}
