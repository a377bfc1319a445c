package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code POST /users/{username}/approvals/revoke}: the app, by consumer key or name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RevokeApprovalRequest(String app) {
    public RevokeApprovalRequest {
        Required.text(app, "app");
    }
}
