package dev.signet.server.login;

import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.LoginIpRange;
import dev.signet.server.model.User;
import dev.signet.server.storage.IpRangeRepository;
import java.util.List;

/**
 * Profile Login IP Ranges and the app's IP relaxation: when the user's profile has ranges and the
 * app enforces them, a login from outside every range is refused with {@code invalid_grant} /
 * {@code IP restricted or invalid login hours} and Login History status {@code Restricted IP}.
 * A profile without ranges allows every address, as on Salesforce.
 */
public final class IpRestrictionPolicy {
    private final IpRangeRepository ranges;

    public IpRestrictionPolicy(IpRangeRepository ranges) {
        this.ranges = ranges;
    }

    /** Checks a login (JWT bearer, authorization code, interactive) from {@code sourceIp}. */
    public void check(ConnectedApp app, User user, String sourceIp) throws LoginFailure {
        check(app, user, sourceIp, false);
    }

    /** Checks a login; {@code refreshToken} for the refresh-token grant, which ENFORCE_RELAXREFRESH relaxes. */
    public void check(ConnectedApp app, User user, String sourceIp, boolean refreshToken) throws LoginFailure {
        IpRelaxation relaxation = app.settings().ipRelaxation();
        if (!relaxation.enforcesOn(refreshToken)) {
            return;
        }
        List<LoginIpRange> profileRanges = ranges.findByProfile(user.profile());
        if (profileRanges.isEmpty() || profileRanges.stream().anyMatch(r -> contains(r, sourceIp))) {
            return;
        }
        throw new LoginFailure(OAuth2Errors.IP_RESTRICTED, LoginStatus.RESTRICTED_IP, "source IP " + sourceIp
                + " is outside the login IP ranges of profile '" + user.profile() + "' "
                + profileRanges.stream().map(r -> r.start() + "-" + r.end()).toList() + "; the app's IP relaxation is "
                + relaxation);
    }

    private static boolean contains(LoginIpRange range, String ip) {
        try {
            return IpAddressRange.parse(range.start(), range.end()).contains(ip);
        } catch (IllegalArgumentException e) {
            return false; // a stored range that no longer parses admits nobody (fail closed)
        }
    }
}
