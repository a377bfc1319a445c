package dev.signet.server.login;

import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.model.User;
import java.util.List;
import java.util.Optional;

/**
 * Whether the org, the connected app and the user may log in, or use a token: the one place for
 * "org active", "app enabled", "user active and not frozen", the profile's login IP ranges and
 * the app's Permitted Users policy. The state checks are static because the resource server
 * needs them on every call without any policy; the login checks add IP ranges and approvals.
 */
public record AccountEligibility(IpRestrictionPolicy ipRestrictions, ApprovalPolicy approvals) {
    /** The org is active (not locked, closed or suspended). */
    public static Optional<AccountRefusal> org(Org org) {
        return org.status() == OrgStatus.ACTIVE ? Optional.empty()
                : refuse(AccountRefusal.Kind.ORG_INACTIVE, "org is " + org.status());
    }

    /** The connected app is enabled. */
    public static Optional<AccountRefusal> app(ConnectedApp app) {
        return app.enabled() ? Optional.empty()
                : refuse(AccountRefusal.Kind.APP_DISABLED, "connected app '" + app.name() + "' is disabled");
    }

    /** The user is active and not frozen. */
    public static Optional<AccountRefusal> user(User user) {
        if (!user.active()) {
            return refuse(AccountRefusal.Kind.USER_INACTIVE, "user is deactivated");
        }
        return user.frozen() ? refuse(AccountRefusal.Kind.USER_FROZEN, "user is frozen") : Optional.empty();
    }

    /** Whether the user may log in or act at all (active and not frozen). */
    public static boolean usable(User user) {
        return user(user).isEmpty();
    }

    /** Org, app and user, in that order: what every use of an issued token needs. */
    public static Optional<AccountRefusal> all(Org org, ConnectedApp app, User user) {
        return org(org).or(() -> app(app)).or(() -> user(user));
    }

    /** Throws the org refusal, for the grants that check the org before looking up the user. */
    public static void requireActiveOrg(Org org) throws LoginFailure {
        Optional<AccountRefusal> refusal = org(org);
        if (refusal.isPresent()) {
            throw refusal.get().failure();
        }
    }

    /**
     * A login of {@code user} to {@code app} from {@code sourceIp}: user state, then the profile's
     * login IP ranges under the app's IP relaxation ({@code refreshToken} for the refresh-token
     * grant, which {@code ENFORCE_RELAXREFRESH} relaxes).
     */
    public void admit(ConnectedApp app, User user, String sourceIp, boolean refreshToken) throws LoginFailure {
        Optional<AccountRefusal> refusal = user(user);
        if (refusal.isPresent()) {
            throw refusal.get().failure();
        }
        ipRestrictions.check(app, user, sourceIp, refreshToken);
    }

    /** A login without consent (JWT bearer): {@link #admit}, then the scopes the app's policy grants. */
    public List<String> admitWithoutConsent(ConnectedApp app, User user, String sourceIp) throws LoginFailure {
        admit(app, user, sourceIp, false);
        return approvals.grantedScopes(app, user);
    }

    private static Optional<AccountRefusal> refuse(AccountRefusal.Kind kind, String reason) {
        return Optional.of(new AccountRefusal(kind, reason));
    }
}
