package dev.signet.testkit;

import dev.signet.server.admin.NewApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * How a connected app of the embedded org is set up. By default it is admin-approved and
 * pre-authorizes the {@code Standard User} profile (the default of {@link UserSpec}), so a user
 * declared with no options gets a token; its key pair is generated in memory.
 */
public final class AppSpec {
    private final NewApp.Builder app = NewApp.builder().profiles(Set.of(UserSpec.DEFAULT_PROFILE));
    private Path keyFile;
    private char[] keyPassword;
    private Path certificateFile;

    AppSpec() {}

    /** The profiles the app pre-authorizes (replacing the default {@code Standard User}). */
    public AppSpec profiles(String... profiles) {
        app.profiles(Set.of(profiles));
        return this;
    }

    /** The permission sets the app pre-authorizes. */
    public AppSpec permissionSets(String... permissionSets) {
        app.permissionSets(Set.of(permissionSets));
        return this;
    }

    /** "All users may self-authorize": a user needs an approval ({@code Signet.approve}) to get a token. */
    public AppSpec selfAuthorize() {
        app.selfAuthorize(true);
        return this;
    }

    /** The OAuth scopes (default api, id, web, refresh_token). */
    public AppSpec scopes(String... scopes) {
        app.scopes(List.of(scopes));
        return this;
    }

    /** Access-token lifetime in minutes (default 120). */
    public AppSpec sessionTimeoutMinutes(int minutes) {
        app.sessionTimeoutMinutes(minutes);
        return this;
    }

    /** Issues RS256 JWT access tokens instead of opaque ones. */
    public AppSpec jwtAccessTokens() {
        app.jwtAccessTokens(true);
        return this;
    }

    /** Applies the strict assertion rules (short lifetime, jti required). */
    public AppSpec strictAssertions() {
        app.strictAssertions(true);
        return this;
    }

    /**
     * Uses the key pair in these files instead of a generated one: the private key (PEM, DER,
     * PKCS#12 or JKS; password null if none) and the certificate to upload (PEM or DER).
     */
    public AppSpec keyFiles(Path privateKey, char[] password, Path certificate) {
        this.keyFile = privateKey;
        this.keyPassword = password == null ? null : password.clone();
        this.certificateFile = certificate;
        return this;
    }

    AppKeys keys(String name, Clock clock) {
        return keyFile == null ? AppKeys.generate(name, clock) : AppKeys.load(keyFile, keyPassword, certificateFile);
    }

    NewApp newApp(String name, byte[] certificatePem) {
        return app.name(name).certificate(certificatePem).build();
    }
}
