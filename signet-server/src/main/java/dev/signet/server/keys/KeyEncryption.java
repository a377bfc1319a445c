package dev.signet.server.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts private signing keys at rest with AES-256-GCM, so a database dump alone does not reveal
 * them. The key comes from the cluster secret when one is configured (every node sharing the
 * database derives the same key; format {@code c1}), else from this node's
 * {@code DATA/signing-key-secret} (format {@code v1}). The ciphertext is bound to the key ID
 * (associated data), so it cannot be moved to another row. Format:
 * {@code <version>.<iv>.<ciphertext>}, Base64url.
 */
public final class KeyEncryption {
    public static final String FILE_NAME = NodeSecretFile.FILE_NAME;
    private static final String NODE = "v1";
    private static final String CLUSTER = "c1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Path nodeFile;
    private final SecretKey clusterKey;
    private volatile SecretKey nodeKey;

    /** Encryption with this node's own secret file only (no cluster secret). */
    public KeyEncryption(Path dataDir) {
        this(dataDir, null);
    }

    /** Encryption with {@code clusterKey} ({@link ClusterSecret#derive}); null falls back to the node's file. */
    public KeyEncryption(Path dataDir, SecretKey clusterKey) {
        this.nodeFile = dataDir.resolve(FILE_NAME);
        this.clusterKey = clusterKey;
    }

    public String encrypt(byte[] plaintext, String kid) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        String version = clusterKey != null ? CLUSTER : NODE;
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(version), iv, kid);
            return version + "." + B64.encodeToString(iv) + "." + B64.encodeToString(cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} made for the same key ID.
     *
     * @throws IllegalStateException when the text was encrypted with another secret or altered; the
     *     message says what to do, and carries no cause (it is shown as it is)
     */
    public byte[] decrypt(String encrypted, String kid) {
        String[] parts = encrypted.split("\\.");
        String version = parts.length == 3 ? parts[0] : "";
        if (!version.equals(NODE) && !version.equals(CLUSTER)) {
            throw new IllegalStateException("private key of signing key " + kid + " is not in a known format");
        }
        if (version.equals(CLUSTER) && clusterKey == null) {
            throw new IllegalStateException("signing key " + kid + " is encrypted with a cluster secret: give every "
                    + "node the same security.cluster-secret (or SIGNET_CLUSTER_SECRET)");
        }
        if (version.equals(NODE) && clusterKey != null && !NodeSecretFile.exists(nodeFile)) {
            throw new IllegalStateException("signing key " + kid + " was encrypted by a single node's " + FILE_NAME
                    + ", not by the cluster secret: start once with that node's data directory to re-encrypt it, "
                    + "or make a new key with 'signet admin signing-key rotate'");
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            return cipher(Cipher.DECRYPT_MODE, key(version), b64.decode(parts[1]), kid).doFinal(b64.decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(version.equals(CLUSTER)
                    ? "cannot decrypt signing key " + kid + ": security.cluster-secret is not the secret the "
                            + "database's signing keys were encrypted with; give this node the cluster's secret"
                    : "cannot decrypt the private key of signing key " + kid + ": " + nodeFile + " is not the "
                            + "secret it was encrypted with. Restore that file, or make a new key with "
                            + "'signet admin signing-key rotate'");
        }
    }

    /** Whether {@code encrypted} should be encrypted again: a node-file key while a cluster secret is set. */
    public boolean outdated(String encrypted) {
        return clusterKey != null && encrypted.startsWith(NODE + ".");
    }

    private SecretKey key(String version) {
        if (version.equals(CLUSTER)) {
            return clusterKey;
        }
        SecretKey k = nodeKey;
        if (k == null) {
            synchronized (this) {
                if (nodeKey == null) {
                    nodeKey = NodeSecretFile.readOrCreate(nodeFile);
                }
                k = nodeKey;
            }
        }
        return k;
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
