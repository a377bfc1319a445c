package dev.signet.server.authorize;

import dev.signet.server.storage.Directory;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.LockoutPolicy;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.User;
import dev.signet.server.oauth.CodeFlowErrors;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.storage.PasswordRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The interactive username/password login of the authorization endpoint, for one app: password
 * (slow hash; an unknown user costs as much time as a wrong password) → not locked out → active →
 * not frozen → profile IP ranges under the app's IP relaxation. Invalid passwords count towards a
 * lockout ({@link LockoutPolicy}). Every attempt goes to Login History as
 * {@code Remote Access 2.0} with sub-type {@link #LOGIN_SUB_TYPE}.
 */
public record PasswordLogin(
        Directory directory, PasswordRepository passwords, PasswordHasher hasher, AccountEligibility eligibility,
        LoginRecorder recorder, LockoutPolicy lockout) {
    public static final String LOGIN_SUB_TYPE = "OAuth Web Server";

    /**
     * Logs the user in to {@code app}.
     *
     * @throws LoginFailure with status {@code Invalid Password} (also for an unknown user or one
     *     without a password), {@code Password Lockout}, {@code User is Inactive}, {@code User Is Frozen} or
     *     {@code Restricted IP}
     */
    public User login(ConnectedApp app, String username, String password, RequestInfo request) throws LoginFailure {
        LoginAttempt attempt = new LoginAttempt(directory.org().id(), request);
        attempt.app(app);
        attempt.username(username);
        try {
            User user = check(app, username, password == null ? new char[0] : password.toCharArray(), attempt);
            recorder.record(attempt, LoginStatus.SUCCESS, "username and password accepted", LOGIN_SUB_TYPE);
            return user;
        } catch (LoginFailure failure) {
            recorder.record(attempt, failure, LOGIN_SUB_TYPE);
            throw failure;
        }
    }

    private User check(ConnectedApp app, String username, char[] password, LoginAttempt attempt) throws LoginFailure {
        Optional<User> found = username == null ? Optional.empty() : directory.users().findByUsername(username.trim());
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            throw new LoginFailure(CodeFlowErrors.AUTHENTICATION_FAILURE, LoginStatus.INVALID_USERNAME,
                    "no user with this username");
        }
        User user = found.get();
        attempt.user(user);
        Optional<String> hash = passwords.hash(user.id());
        if (hash.isEmpty()) {
            hasher.verifyNothing(password);
            throw new LoginFailure(CodeFlowErrors.AUTHENTICATION_FAILURE, LoginStatus.INVALID_PASSWORD,
                    "the user has no password (an admin sets one: console ▸ Users ▸ Set password)");
        }
        Optional<Instant> lockedUntil = lockout.lockedUntil(LockoutPolicy.Account.USER, user.id());
        if (lockedUntil.isPresent()) {
            hasher.verifyNothing(password);
            throw new LoginFailure(CodeFlowErrors.AUTHENTICATION_FAILURE, LoginStatus.PASSWORD_LOCKOUT,
                    "locked out until " + lockedUntil.get() + " after too many invalid passwords");
        }
        if (!hasher.verify(password, hash.get())) {
            boolean locked = lockout.failed(LockoutPolicy.Account.USER, user.id());
            throw new LoginFailure(CodeFlowErrors.AUTHENTICATION_FAILURE, LoginStatus.INVALID_PASSWORD,
                    locked ? "wrong password; the user is now locked out" : "wrong password");
        }
        lockout.clear(LockoutPolicy.Account.USER, user.id());
        eligibility.admit(app, user, attempt.request().sourceIp(), false);
        return user;
    }
}
