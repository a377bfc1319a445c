package dev.signet.cli.broker.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The broker's key-encryption key: 256 random bits in a file only its owner can read, created
 * the first time a key is imported. Keys are sealed with the JDK's AES-GCM (a fresh random
 * 96-bit nonce each time, a 128-bit tag); the key's name is bound as associated data, so a sealed
 * key copied under another name does not open.
 *
 * <p>Related specifications: NIST SP 800-38D (GCM).
 */
final class MasterKey {
    static final String FILE = "master.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private MasterKey(SecretKey key) {
        this.key = key;
    }

    /** The key in {@code dir}, made (owner-only) when there is none yet. */
    static MasterKey in(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            checkOwnerOnly(file);
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException(file + " is not a broker master key (" + bytes.length + " bytes)");
            }
            MasterKey master = new MasterKey(new SecretKeySpec(bytes, "AES"));
            Arrays.fill(bytes, (byte) 0);
            return master;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broker's master key " + file + ": " + e.getMessage(), e);
        }
    }

    /** A sealed copy of {@code plain}: the nonce, then the ciphertext with its tag. */
    byte[] seal(String name, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, name, nonce, plain, 0, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** {@code sealed} opened; fails if it was changed or sealed under another name or master key. */
    byte[] open(String name, byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new IllegalStateException("key '" + name + "' is damaged");
        }
        return run(Cipher.DECRYPT_MODE, name, Arrays.copyOf(sealed, NONCE_BYTES), sealed, NONCE_BYTES,
                sealed.length - NONCE_BYTES);
    }

    private byte[] run(int mode, String name, byte[] nonce, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(("signet-broker-key:" + name).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key '" + name + "' does not open with this broker's " + FILE
                    + " (changed, or sealed by another broker)", e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        boolean posix = Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (SeekableByteChannel out = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attributes)) {
            out.write(ByteBuffer.wrap(bytes));
        } catch (FileAlreadyExistsException e) {
            // another import made it first: use that one
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void checkOwnerOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
            throw new IllegalStateException(file + " can be read by others: chmod 600 " + file);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[AES-256]";
    }
}
