package dev.signet.server.authorize;

import dev.signet.server.storage.Directory;
import dev.signet.server.login.ApprovalPolicy;
import dev.signet.server.model.AuthorizationCode;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.PermittedUsers;
import dev.signet.server.model.User;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.RandomTokens;
import dev.signet.server.storage.AuthorizationCodeRepository;
import dev.signet.server.login.AccountEligibility;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The decisions of the authorization endpoint once the user is logged in. Admin-approved apps
 * admit pre-authorized users without a consent page and refuse the others
 * ({@code OAUTH_APP_ACCESS_DENIED}); self-authorize apps ask for consent unless an earlier
 * approval covers the scopes. Approving records the approval (scopes combined with earlier ones):
 * with {@code refresh_token} among them it is what lets the user's JWT bearer logins pass.
 */
public record AuthorizationFlow(Directory directory, AuthorizationCodeRepository codes, Clock clock) {
    /** Authorization codes are valid for 15 minutes, as on Salesforce. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

    /** The request's parameters checked against the app they name. */
    public AuthorizationRequest request(Map<String, List<String>> params) throws AuthorizationError {
        return AuthorizationRequest.parse(params, directory.apps());
    }

    /** The user a browser session belongs to, while that user may still log in. */
    public Optional<User> signedIn(String userId) {
        return Optional.ofNullable(userId).flatMap(directory.users()::findById).filter(AccountEligibility::usable);
    }

    /**
     * The callback URL with a code when no consent is needed; null when the consent page must be
     * shown.
     *
     * @throws AuthorizationError {@code OAUTH_APP_ACCESS_DENIED} for a user who is not
     *     pre-authorized for an admin-approved app
     */
    public String decide(AuthorizationRequest request, User user) throws AuthorizationError {
        ConnectedApp app = request.app();
        if (app.permittedUsers() == PermittedUsers.ADMIN_APPROVED) {
            if (!ApprovalPolicy.preAuthorized(app, user)) {
                throw AuthorizationError.redirect(request, "OAUTH_APP_ACCESS_DENIED",
                        "user is not admin approved to access this app");
            }
            return issueCode(request, user);
        }
        List<String> approved = directory.apps().approvedScopes(app.id(), user.id()).orElse(List.of());
        return approved.containsAll(request.scopes()) ? issueCode(request, user) : null;
    }

    /** The user allowed access: records the approval and answers the callback URL with a code. */
    public String approve(AuthorizationRequest request, User user) {
        ConnectedApp app = request.app();
        Set<String> scopes = new LinkedHashSet<>(directory.apps().approvedScopes(app.id(), user.id()).orElse(List.of()));
        scopes.addAll(request.scopes());
        directory.apps().approve(app.id(), user.id(), List.copyOf(scopes), clock.instant());
        return issueCode(request, user);
    }

    /** The user denied access. */
    public String deny(AuthorizationRequest request) {
        return request.callback("error", "access_denied", "error_description", "end-user denied authorization");
    }

    private String issueCode(AuthorizationRequest request, User user) {
        String code = RandomTokens.next();
        codes.deleteExpired(clock.instant());
        codes.insert(new AuthorizationCode(AccessTokens.hash(code), request.app().id(), user.id(), request.redirectUri(),
                request.scopes(), request.codeChallenge(), clock.instant().plus(CODE_LIFETIME)));
        return request.callback("code", code);
    }
}
