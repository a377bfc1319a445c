package dev.signet.server.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A connected app: its consumer key is the assertion's {@code iss}; its certificates verify
 * the assertion's signature; its policy decides which users may log in.
 */
public record ConnectedApp(
        String id,
        String orgId,
        String name,
        String consumerKey,
        List<String> scopes,
        PermittedUsers permittedUsers,
        Set<String> profiles,
        Set<String> permissionSets,
        int sessionTimeoutMinutes,
        boolean strictAssertions,
        boolean enabled,
        List<AppCertificate> certificates,
        Instant createdAt) {
    public ConnectedApp {
        scopes = List.copyOf(scopes);
        profiles = Set.copyOf(profiles);
        permissionSets = Set.copyOf(permissionSets);
        certificates = List.copyOf(certificates);
    }

    /** Certificates that currently verify signatures. */
    public List<AppCertificate> activeCertificates() {
        return certificates.stream().filter(AppCertificate::active).toList();
    }
}
