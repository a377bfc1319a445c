package dev.signet.server.demo;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyFiles;
import dev.signet.core.keys.SelfSignedKeyPair;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.OwnerOnlyFiles;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Seeds a demo org: a key pair under {@code DATA/demo}, a connected app with its certificate that
 * pre-authorizes the {@code System Administrator} profile, and an integration user with that
 * profile. Seeding again reuses what exists.
 */
public final class DemoOrg {
    public static final String APP_NAME = "Signet Demo App";
    public static final String USERNAME = "integration@demo.signet.dev";
    public static final String PROFILE = "System Administrator";

    /** What the demo consists of: enough to get a token. */
    public record Seeded(String consumerKey, String username, Path keyFile, Path certificateFile) {}

    private DemoOrg() {}

    public static Seeded seed(AdminService admin, Path dataDir, Clock clock) {
        Path dir = dataDir.resolve("demo");
        Path key = dir.resolve("server.key");
        Path cert = dir.resolve("server.crt");
        try {
            if (!Files.exists(key) || !Files.exists(cert)) {
                OwnerOnlyFiles.createDirectories(dir);
                SelfSignedKeyPair pair = SelfSignedKeyPair.generate("Signet Demo", 3650, 2048, clock);
                KeyFiles.writePrivateKeyPem(key, pair.keyPair().getPrivate());
                KeyFiles.writeCertificatePem(cert, pair.certificate());
                OwnerOnlyFiles.tighten(dir);
            }
            ConnectedApp app = admin.apps().stream().filter(a -> a.name().equals(APP_NAME)).findFirst()
                    .orElseGet(() -> createApp(admin, cert));
            if (admin.users().stream().noneMatch(u -> u.username().equals(USERNAME))) {
                admin.createUser(new NewUser(USERNAME, "integration@example.com", "Integration", "User", PROFILE,
                        Set.of()));
            }
            return new Seeded(app.consumerKey(), USERNAME, key, cert);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the demo key pair under " + dir, e.getCause());
        }
    }

    private static ConnectedApp createApp(AdminService admin, Path cert) {
        byte[] pem = CertificateLoader.toPem(CertificateLoader.load(cert)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return admin.createApp(NewApp.builder().name(APP_NAME).certificate(pem)
                .scopes(List.of("api", "id", "web", "refresh_token")).profiles(Set.of(PROFILE)).build());
    }
}
