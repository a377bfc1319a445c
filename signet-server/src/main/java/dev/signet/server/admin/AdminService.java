package dev.signet.server.admin;

import dev.signet.server.storage.Directory;
import dev.signet.core.ids.SalesforceId;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import dev.signet.server.model.Org;
import dev.signet.server.model.PermittedUsers;
import dev.signet.server.model.SigningKey;
import dev.signet.server.model.User;
import dev.signet.server.storage.LoginHistoryRepository;
import dev.signet.server.storage.RevocationRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Administration of apps, users and approvals: what the admin API, the CLI and the demo use. */
public final class AdminService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern SCOPE = Pattern.compile("[a-z_]+");

    private final Directory directory;
    private final RevocationRepository revocations;
    private final LoginHistoryRepository history;
    private final SigningKeys signingKeys;
    private final Clock clock;

    public AdminService(Directory directory, RevocationRepository revocations, LoginHistoryRepository history,
            SigningKeys signingKeys, Clock clock) {
        this.directory = directory;
        this.revocations = revocations;
        this.history = history;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    public Org org() {
        return directory.org();
    }

    public ConnectedApp createApp(NewApp request) {
        AdminFields.check(request);
        String name = required(request.name(), "name");
        if (directory.apps().findByName(name).isPresent()) {
            throw AdminException.conflict("a connected app named '" + name + "' already exists");
        }
        List<String> scopes = request.scopes().isEmpty() ? NewApp.DEFAULT_SCOPES : request.scopes();
        scopes.forEach(s -> {
            if (!SCOPE.matcher(s).matches()) {
                throw AdminException.badRequest("invalid scope '" + s + "': scopes are words such as api, id, web");
            }
        });
        int timeout = request.sessionTimeoutMinutes() == null ? NewApp.DEFAULT_SESSION_TIMEOUT_MINUTES
                : request.sessionTimeoutMinutes();
        if (timeout < 1 || timeout > 24 * 60) {
            throw AdminException.badRequest("sessionTimeoutMinutes must be between 1 and 1440");
        }
        Instant now = clock.instant();
        ConnectedApp app = new ConnectedApp(SalesforceId.random(SalesforceId.CONNECTED_APP_PREFIX).to18(), org().id(),
                name, newConsumerKey(), scopes,
                request.selfAuthorize() ? PermittedUsers.SELF_AUTHORIZE : PermittedUsers.ADMIN_APPROVED,
                request.profiles(), request.permissionSets(), timeout, request.strictAssertions(),
                true, List.of(AppCertificates.parse(request.certificate(), now)), now, request.jwtAccessTokens(),
                request.introspectAllTokens());
        directory.apps().insert(app.withSettings(AppSettingsRules.check(request.settings())));
        return app(app.consumerKey());
    }

    public ConnectedApp app(String consumerKeyOrName) {
        return directory.apps().findByConsumerKey(consumerKeyOrName).or(() -> directory.apps().findByName(consumerKeyOrName))
                .orElseThrow(() -> AdminException.notFound("no connected app with consumer key or name '"
                        + consumerKeyOrName + "'"));
    }

    public List<ConnectedApp> apps() {
        return directory.apps().findAll();
    }

    /** Pre-authorizes a profile and/or a permission set for an admin-approved app. */
    public ConnectedApp grant(String appKey, String profile, String permissionSet) {
        ConnectedApp app = app(appKey);
        if (isBlank(profile) && isBlank(permissionSet)) {
            throw AdminException.badRequest("give a profile or a permission set to grant");
        }
        if (!isBlank(profile)) {
            directory.apps().grantProfile(app.id(), AdminFields.PROFILE.check(profile.trim()));
        }
        if (!isBlank(permissionSet)) {
            directory.apps().grantPermissionSet(app.id(), AdminFields.PERMISSION_SET.check(permissionSet.trim()));
        }
        return app(app.consumerKey());
    }

    /** Records a user's approval of the app (as the one-time interactive authorization would). */
    public void approve(String appKey, String username, List<String> scopes) {
        ConnectedApp app = app(appKey);
        User user = user(username);
        List<String> approved = scopes == null || scopes.isEmpty() ? app.scopes() : scopes;
        AdminFields.SCOPES.checkJoined(approved, " ");
        directory.apps().approve(app.id(), user.id(), approved, clock.instant());
    }

    public ConnectedApp addCertificate(String appKey, byte[] certificate) {
        ConnectedApp app = app(appKey);
        AppCertificate cert = AppCertificates.parse(certificate, clock.instant());
        if (app.certificates().stream().anyMatch(c -> c.id().equals(cert.id()))) {
            throw AdminException.conflict("this certificate is already on the app");
        }
        directory.apps().addCertificate(app.id(), cert);
        return app(app.consumerKey());
    }

    /**
     * Blocks (disables) or unblocks an app. Blocking revokes every token and refresh token of the app,
     * as Salesforce's Block does, so unblocking never revives them; unblocking revokes once more what
     * a node that had not yet seen the block may have issued meanwhile.
     */
    public ConnectedApp setEnabled(String appKey, boolean enabled) {
        ConnectedApp app = app(appKey);
        if (app.enabled() != enabled) {
            directory.apps().setEnabled(app.id(), enabled);
            revocations.revokeForApp(app.id(), clock.instant());
        }
        return app(app.consumerKey());
    }

    public User createUser(NewUser request) {
        AdminFields.check(request);
        String username = required(request.username(), "username");
        if (!USERNAME.matcher(username).matches()) {
            throw AdminException.badRequest("username must look like an email address, e.g. integration@acme.example");
        }
        if (directory.users().findByUsername(username).isPresent()) {
            throw AdminException.conflict("a user named '" + username + "' already exists");
        }
        Instant now = clock.instant();
        String lastName = isBlank(request.lastName()) ? username.substring(0, username.indexOf('@')) : request.lastName();
        User user = new User(SalesforceId.random(SalesforceId.USER_PREFIX).to18(), org().id(), username,
                isBlank(request.email()) ? username : request.email(), request.firstName(), lastName,
                isBlank(request.profile()) ? NewUser.DEFAULT_PROFILE : request.profile(),
                nonNull(request.permissionSets()), true, false, now, now);
        directory.users().insert(user);
        return user;
    }

    public User user(String username) {
        return directory.users().findByUsername(required(username, "username"))
                .orElseThrow(() -> AdminException.notFound("no user with username '" + username + "'"));
    }

    public List<User> users() {
        return directory.users().findAll();
    }

    /** Deactivates a user and revokes the user's tokens and refresh tokens. */
    public User deactivate(String username) {
        return setActive(user(username), false);
    }

    /** Re-activates a user; tokens revoked at deactivation stay revoked (see {@link #setEnabled}). */
    public User activate(String username) {
        return setActive(user(username), true);
    }

    private User setActive(User user, boolean active) {
        if (user.active() != active) {
            directory.users().setActive(user.id(), active, clock.instant());
            revocations.revokeForUser(user.id(), clock.instant());
        }
        return user(user.username());
    }

    public List<LoginEvent> loginHistory(int limit) {
        return history.latest(Math.max(1, Math.min(limit, 10_000)));
    }

    /** Login history entries matching the filter, newest first. */
    public List<LoginEvent> loginHistory(LoginHistoryFilter filter) {
        return history.search(filter);
    }

    /** The server's signing keys for JWT access tokens, oldest first, retired ones included. */
    public List<SigningKey> signingKeys() {
        return signingKeys.list();
    }

    /** Makes a new signing key current; the old one still verifies (and is published) until retired. */
    public SigningKey rotateSigningKey() {
        return signingKeys.rotate();
    }

    /** Retires a previous signing key: it leaves {@code /id/keys} and its tokens stop working. */
    public SigningKey retireSigningKey(String kid) {
        String id = required(kid, "kid");
        switch (signingKeys.retire(id)) {
            case NOT_FOUND -> throw AdminException.notFound("no signing key with kid '" + id + "'");
            case IS_CURRENT -> throw AdminException.conflict("signing key " + id
                    + " is the current key: rotate first, then retire it");
            case ALREADY_RETIRED -> throw AdminException.conflict("signing key " + id + " is already retired");
            case RETIRED -> { }
        }
        return signingKeys.list().stream().filter(k -> k.kid().equals(id)).findFirst().orElseThrow();
    }

    // Salesforce consumer keys start with 3MVG9 and are long URL-safe strings.
    private static String newConsumerKey() {
        byte[] bytes = new byte[60];
        RANDOM.nextBytes(bytes);
        return "3MVG9" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', '.');
    }

    private static String required(String value, String field) {
        if (isBlank(value)) {
            throw AdminException.badRequest(field + " is required");
        }
        return value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static Set<String> nonNull(Set<String> values) {
        return values == null ? Set.of() : values;
    }
}
