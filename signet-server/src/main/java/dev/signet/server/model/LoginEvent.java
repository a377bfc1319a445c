package dev.signet.server.model;

import java.time.Instant;

/**
 * One login attempt, as Setup ▸ Login History shows it. {@code status} is Salesforce's status
 * text ({@code Success}, {@code Failed: Not approved for access}, …); {@code reason} says
 * precisely which check decided it. {@code loginSubType} refines the login type (for example
 * {@code OAuth Refresh Token}); null when Salesforce records none.
 */
public record LoginEvent(
        String id,
        Instant time,
        String orgId,
        String userId,
        String username,
        String appId,
        String appName,
        String sourceIp,
        String loginType,
        String status,
        String reason,
        String loginUrl,
        String userAgent,
        String loginSubType) {
    /** Login type of OAuth logins, as Salesforce records it. */
    public static final String REMOTE_ACCESS = "Remote Access 2.0";
    /** The status of a successful login. */
    public static final String SUCCESS = "Success";

    /** An event without a login sub-type. */
    public LoginEvent(String id, Instant time, String orgId, String userId, String username, String appId,
            String appName, String sourceIp, String loginType, String status, String reason, String loginUrl,
            String userAgent) {
        this(id, time, orgId, userId, username, appId, appName, sourceIp, loginType, status, reason, loginUrl,
                userAgent, null);
    }

    /** Whether the attempt succeeded. */
    public boolean success() {
        return SUCCESS.equals(status);
    }
}
