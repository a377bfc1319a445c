package dev.signet.server.model;

import java.time.Instant;
import java.util.List;

/** A user's one-time approval of a self-authorize app, with the scopes approved. */
public record AppApproval(
        String appId, String appName, String consumerKey, String userId, String username, List<String> scopes,
        Instant approvedAt) {
    public AppApproval {
        scopes = List.copyOf(scopes);
    }
}
