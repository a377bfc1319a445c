package dev.signet.server.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A connected app: its consumer key is the assertion's {@code iss}; its certificates verify
 * the assertion's signature; its policy decides which users may log in.
 *
 * @param jwtAccessTokens issue JWT-based access tokens instead of opaque ones (Salesforce's
 *     {@code isNamedUserJwtEnabled})
 * @param introspectAllTokens the app may introspect tokens of other apps (Salesforce's
 *     {@code isIntrospectAllTokens})
 * @param settings App Manager details and the IP relaxation policy ({@link AppSettings#DEFAULTS}
 *     when not given)
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
        Instant createdAt,
        boolean jwtAccessTokens,
        boolean introspectAllTokens,
        AppSettings settings) {
    public ConnectedApp {
        scopes = List.copyOf(scopes);
        profiles = Set.copyOf(profiles);
        permissionSets = Set.copyOf(permissionSets);
        certificates = List.copyOf(certificates);
        settings = settings == null ? AppSettings.DEFAULTS : settings;
    }

    /** An app with the default {@link AppSettings}. */
    public ConnectedApp(String id, String orgId, String name, String consumerKey, List<String> scopes,
            PermittedUsers permittedUsers, Set<String> profiles, Set<String> permissionSets, int sessionTimeoutMinutes,
            boolean strictAssertions, boolean enabled, List<AppCertificate> certificates, Instant createdAt,
            boolean jwtAccessTokens, boolean introspectAllTokens) {
        this(id, orgId, name, consumerKey, scopes, permittedUsers, profiles, permissionSets, sessionTimeoutMinutes,
                strictAssertions, enabled, certificates, createdAt, jwtAccessTokens, introspectAllTokens, null);
    }

    /** A copy with other settings. */
    public ConnectedApp withSettings(AppSettings newSettings) {
        return new ConnectedApp(id, orgId, name, consumerKey, scopes, permittedUsers, profiles, permissionSets,
                sessionTimeoutMinutes, strictAssertions, enabled, certificates, createdAt, jwtAccessTokens,
                introspectAllTokens, newSettings);
    }

    /** Certificates that currently verify signatures. */
    public List<AppCertificate> activeCertificates() {
        return certificates.stream().filter(AppCertificate::active).toList();
    }
}
