package dev.signet.server.adminapi;

import dev.signet.server.admin.AdminException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <admin secret>} on admin API routes. Keeps only the secret's
 * SHA-256 and compares in constant time. Guards every route under {@code /admin/api}, and
 * {@code /metrics} unless it is public.
 */
public final class AdminAuthenticator {
    private final byte[] secretHash;

    public AdminAuthenticator(String adminSecret) {
        this.secretHash = sha256(adminSecret);
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(secretHash, sha256(given))) {
            throw new AdminException(401, "unauthorized",
                    "missing or wrong admin secret: send 'Authorization: Bearer <secret>' (DATA/admin-secret)");
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
