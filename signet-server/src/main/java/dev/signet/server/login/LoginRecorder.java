package dev.signet.server.login;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.storage.LoginHistoryRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes login attempts to Login History. A failure to record never changes the answer. */
public record LoginRecorder(LoginHistoryRepository repository, Clock clock) {
    private static final Logger LOG = LoggerFactory.getLogger(LoginRecorder.class);

    /** Records an attempt described by {@code attempt}. */
    public void record(LoginAttempt attempt, LoginStatus status, String reason) {
        record(attempt, status.text(), reason, null);
    }

    /** Records an attempt with a login sub-type, e.g. {@code OAuth Refresh Token}. */
    public void record(LoginAttempt attempt, LoginStatus status, String reason, String loginSubType) {
        record(attempt, status.text(), reason, loginSubType);
    }

    /** Records a refused attempt with the failure's status and reason. */
    public void record(LoginAttempt attempt, LoginFailure failure, String loginSubType) {
        record(attempt, failure.status(), failure.reason(), loginSubType);
    }

    /** The entry for a successful attempt, for a caller that stores it with what the attempt created. */
    public LoginEvent success(LoginAttempt attempt, String reason, String loginSubType) {
        return event(attempt, LoginStatus.SUCCESS.text(), reason, loginSubType);
    }

    private LoginEvent event(LoginAttempt attempt, String status, String reason, String loginSubType) {
        Instant now = clock.instant();
        return new LoginEvent(SalesforceId.timeOrdered(SalesforceId.LOGIN_HISTORY_PREFIX, now).to18(), now,
                attempt.orgId(), attempt.userId(), attempt.username(), attempt.appId(), attempt.appName(),
                attempt.request().sourceIp(), LoginEvent.REMOTE_ACCESS, status, reason, attempt.request().baseUrl(),
                attempt.request().userAgent(), loginSubType);
    }

    private void record(LoginAttempt attempt, String status, String reason, String loginSubType) {
        try {
            repository.record(event(attempt, status, reason, loginSubType));
        } catch (RuntimeException e) {
            LOG.error("could not record a login attempt in login history", e);
        }
    }
}
