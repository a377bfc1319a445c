package dev.signet.server.admin;

import dev.signet.server.login.LockoutPolicy;
import dev.signet.server.secrets.PasswordHasher;

/** What administering passwords needs: the slow hasher and the lockout that a new password or an unlock clears. */
public record Passwords(PasswordHasher hasher, LockoutPolicy lockout) {}
