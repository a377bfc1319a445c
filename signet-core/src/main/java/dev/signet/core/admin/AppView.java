package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A connected app as the admin API shows it: identity, OAuth policies, App Manager fields, state
 * and certificates. Enum values travel by name ({@code ADMIN_APPROVED}, {@code ENFORCE}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppView(
        String id,
        String name,
        String consumerKey,
        List<String> scopes,
        String permittedUsers,
        List<String> profiles,
        List<String> permissionSets,
        int sessionTimeoutMinutes,
        boolean strictAssertions,
        boolean jwtAccessTokens,
        boolean introspectAllTokens,
        String apiName,
        String contactEmail,
        String description,
        List<String> callbackUrls,
        String ipRelaxation,
        boolean enabled,
        List<Certificate> certificates,
        String createdAt) {

    /** One of the app's certificates; {@code fingerprint} is its SHA-256, the id admins use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Certificate(String fingerprint, String subject, String notBefore, String notAfter, boolean active) {}
}
