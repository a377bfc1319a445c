package dev.signet.server.model;

/** Whether an org accepts logins. */
public enum OrgStatus {
    ACTIVE,
    LOCKED
}
