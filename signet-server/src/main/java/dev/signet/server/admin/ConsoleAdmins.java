package dev.signet.server.admin;

import dev.signet.server.login.LockoutPolicy;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.secrets.PasswordRules;
import dev.signet.server.storage.ConsoleAdminRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console administrator accounts. The first one is created with the bootstrap admin secret
 * ("first run"); after that, admins (or the admin API) create the others.
 */
public final class ConsoleAdmins {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAdmins.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,80}");
    private final ConsoleAdminRepository accounts;
    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final String adminSecret;
    private final Clock clock;

    public ConsoleAdmins(ConsoleAdminRepository accounts, Passwords passwords, String adminSecret, Clock clock) {
        this.accounts = accounts;
        this.hasher = passwords.hasher();
        this.lockout = passwords.lockout();
        this.adminSecret = adminSecret;
        this.clock = clock;
    }

    /** True until the first account exists. */
    public boolean needsSetup() {
        return accounts.isEmpty();
    }

    /** First run: creates the first account if {@code secret} is the bootstrap admin secret. */
    public synchronized ConsoleAdmin setUp(String secret, String username, String password) {
        if (!needsSetup()) {
            throw AdminException.conflict("the console is already set up: log in with an admin account");
        }
        if (!PasswordHasher.sameSecret(adminSecret, secret == null ? "" : secret.trim())) {
            throw new AdminException(403, "forbidden", "that is not the admin secret (DATA/admin-secret or "
                    + "SIGNET_ADMIN_SECRET)");
        }
        return create(username, password);
    }

    public ConsoleAdmin create(String username, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw AdminException.badRequest("the admin username must be 3 to 80 letters, digits or . _ @ + -");
        }
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw AdminException.badRequest(problem);
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw AdminException.conflict("an admin named '" + name + "' already exists");
        }
        ConsoleAdmin admin = new ConsoleAdmin(UUID.randomUUID().toString(), name, clock.instant(), null);
        accounts.insert(admin, hasher.hash(password.toCharArray()));
        return admin;
    }

    public List<ConsoleAdmin> list() {
        return accounts.findAll();
    }

    public Optional<ConsoleAdmin> find(String id) {
        return accounts.findById(id);
    }

    /**
     * The account if the password is right; as slow for an unknown username as for a wrong password.
     * Invalid passwords count towards a lockout ({@link LockoutPolicy}).
     *
     * @throws AdminException 403 while the account is locked out
     */
    public Optional<ConsoleAdmin> authenticate(String username, String password) {
        char[] given = password == null ? new char[0] : password.toCharArray();
        Optional<ConsoleAdmin> account = accounts.findByUsername(username == null ? "" : username.trim());
        if (account.isEmpty()) {
            hasher.verifyNothing(given);
            return Optional.empty();
        }
        String id = account.get().id();
        if (lockout.lockedUntil(LockoutPolicy.Account.ADMIN, id).isPresent()) {
            hasher.verifyNothing(given);
            LOG.warn("console login refused: admin '{}' is locked out after too many invalid passwords",
                    account.get().username());
            throw new AdminException(403, "locked", "This account is locked after too many failed logins. Try again "
                    + "later, or ask another admin to unlock it.");
        }
        if (!hasher.verify(given, accounts.passwordHash(id).orElse(null))) {
            if (lockout.failed(LockoutPolicy.Account.ADMIN, id)) {
                LOG.warn("console admin '{}' is locked out after too many invalid passwords", account.get().username());
            }
            return Optional.empty();
        }
        lockout.clear(LockoutPolicy.Account.ADMIN, id);
        accounts.recordLogin(id, clock.instant());
        return account;
    }

    /** Ends an admin's password lockout; false if the admin was not locked out. */
    public boolean unlock(String username) {
        return lockout.unlock(LockoutPolicy.Account.ADMIN, byName(username).id());
    }

    /** When the admin's lockout ends, if the admin is locked out now. */
    public Optional<Instant> lockedUntil(String username) {
        return lockout.lockedUntil(LockoutPolicy.Account.ADMIN, byName(username).id());
    }

    private ConsoleAdmin byName(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> AdminException.notFound("no admin named '" + username + "'"));
    }

    public void setPassword(String username, String password) {
        ConsoleAdmin admin = byName(username);
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw AdminException.badRequest(problem);
        }
        accounts.setPasswordHash(admin.id(), hasher.hash(password.toCharArray()));
        lockout.unlock(LockoutPolicy.Account.ADMIN, admin.id());
    }
}
