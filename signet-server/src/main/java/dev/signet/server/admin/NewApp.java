package dev.signet.server.admin;

import dev.signet.server.model.AppSettings;
import java.util.List;
import java.util.Set;

/**
 * A connected app to create; build with {@link #builder()}.
 *
 * @param certificate the certificate as PEM text or DER bytes
 * @param scopes OAuth scopes; empty for {@link #DEFAULT_SCOPES}
 * @param sessionTimeoutMinutes access-token lifetime; null for the default 120
 * @param jwtAccessTokens issue JWT-based access tokens (RS256, verifiable with {@code /id/keys})
 * @param introspectAllTokens the app may introspect every app's tokens, not only its own
 * @param settings API name, contact email, description, callback URLs and IP relaxation; null for
 *     {@link AppSettings#DEFAULTS}
 */
public record NewApp(
        String name,
        byte[] certificate,
        List<String> scopes,
        boolean selfAuthorize,
        Set<String> profiles,
        Set<String> permissionSets,
        Integer sessionTimeoutMinutes,
        boolean strictAssertions,
        boolean jwtAccessTokens,
        boolean introspectAllTokens,
        AppSettings settings) {
    public static final List<String> DEFAULT_SCOPES = List.of("api", "id", "web", "refresh_token");
    public static final int DEFAULT_SESSION_TIMEOUT_MINUTES = 120;

    public NewApp {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        profiles = profiles == null ? Set.of() : Set.copyOf(profiles);
        permissionSets = permissionSets == null ? Set.of() : Set.copyOf(permissionSets);
        settings = settings == null ? AppSettings.DEFAULTS : settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().name(name).certificate(certificate).scopes(scopes).selfAuthorize(selfAuthorize)
                .profiles(profiles).permissionSets(permissionSets).sessionTimeoutMinutes(sessionTimeoutMinutes)
                .strictAssertions(strictAssertions).jwtAccessTokens(jwtAccessTokens)
                .introspectAllTokens(introspectAllTokens).settings(settings);
    }

    /** Builder for {@link NewApp}. */
    public static final class Builder {
        private String name;
        private byte[] certificate;
        private List<String> scopes = List.of();
        private boolean selfAuthorize;
        private Set<String> profiles = Set.of();
        private Set<String> permissionSets = Set.of();
        private Integer sessionTimeoutMinutes;
        private boolean strictAssertions;
        private boolean jwtAccessTokens;
        private boolean introspectAllTokens;
        private AppSettings settings;

        private Builder() {}

        public Builder name(String v) {
            this.name = v;
            return this;
        }

        public Builder certificate(byte[] v) {
            this.certificate = v;
            return this;
        }

        public Builder scopes(List<String> v) {
            this.scopes = v;
            return this;
        }

        public Builder selfAuthorize(boolean v) {
            this.selfAuthorize = v;
            return this;
        }

        public Builder profiles(Set<String> v) {
            this.profiles = v;
            return this;
        }

        public Builder permissionSets(Set<String> v) {
            this.permissionSets = v;
            return this;
        }

        public Builder sessionTimeoutMinutes(Integer v) {
            this.sessionTimeoutMinutes = v;
            return this;
        }

        public Builder strictAssertions(boolean v) {
            this.strictAssertions = v;
            return this;
        }

        public Builder jwtAccessTokens(boolean v) {
            this.jwtAccessTokens = v;
            return this;
        }

        public Builder introspectAllTokens(boolean v) {
            this.introspectAllTokens = v;
            return this;
        }

        public Builder settings(AppSettings v) {
            this.settings = v;
            return this;
        }

        public NewApp build() {
            return new NewApp(name, certificate, scopes, selfAuthorize, profiles, permissionSets,
                    sessionTimeoutMinutes, strictAssertions, jwtAccessTokens, introspectAllTokens, settings);
        }
    }
}
