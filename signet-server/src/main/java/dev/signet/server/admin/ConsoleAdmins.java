package dev.signet.server.admin;

import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.secrets.PasswordRules;
import dev.signet.server.storage.ConsoleAdminRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Console administrator accounts. The first one is created with the bootstrap admin secret
 * ("first run"); after that, admins (or the admin API) create the others.
 */
public final class ConsoleAdmins {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,80}");
    private final ConsoleAdminRepository accounts;
    private final PasswordHasher hasher;
    private final String adminSecret;
    private final Clock clock;

    public ConsoleAdmins(ConsoleAdminRepository accounts, PasswordHasher hasher, String adminSecret, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
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

    /** The account if the password is right; as slow for an unknown username as for a wrong password. */
    public Optional<ConsoleAdmin> authenticate(String username, String password) {
        char[] given = password == null ? new char[0] : password.toCharArray();
        Optional<ConsoleAdmin> account = accounts.findByUsername(username == null ? "" : username.trim());
        if (account.isEmpty()) {
            hasher.verifyNothing(given);
            return Optional.empty();
        }
        String hash = accounts.passwordHash(account.get().id()).orElse(null);
        if (!hasher.verify(given, hash)) {
            return Optional.empty();
        }
        accounts.recordLogin(account.get().id(), clock.instant());
        return account;
    }

    public void setPassword(String username, String password) {
        ConsoleAdmin admin = accounts.findByUsername(username == null ? "" : username.trim())
                .orElseThrow(() -> AdminException.notFound("no admin named '" + username + "'"));
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw AdminException.badRequest(problem);
        }
        accounts.setPasswordHash(admin.id(), hasher.hash(password.toCharArray()));
    }
}
