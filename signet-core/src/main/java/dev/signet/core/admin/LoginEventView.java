package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One Login History row; {@code application} is the app's name at the time of the attempt. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginEventView(
        String id, String time, String userId, String username, String appId, String application, String sourceIp,
        String loginType, String status, String reason, String loginUrl, String userAgent, String loginSubType) {}
