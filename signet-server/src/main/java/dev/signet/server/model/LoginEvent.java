package dev.signet.server.model;

import java.time.Instant;

/**
 * One login attempt, as Setup ▸ Login History shows it. {@code status} is Salesforce's status
 * text ({@code Success}, {@code Failed: Not approved for access}, …); {@code reason} says
 * precisely which check decided it.
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
        String userAgent) {
    /** Login type of OAuth logins, as Salesforce records it. */
    public static final String REMOTE_ACCESS = "Remote Access 2.0";
}
