package dev.signet.server.model;

import java.time.Instant;

/** The organization this server hosts. {@code id} is the 18-character form. */
public record Org(String id, String name, OrgStatus status, Instant createdAt) {
    /** The 15-character org ID that prefixes access tokens. */
    public String id15() {
        return id.substring(0, 15);
    }
}
