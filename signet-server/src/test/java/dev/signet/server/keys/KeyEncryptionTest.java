package dev.signet.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Private signing keys at rest: AES-256-GCM with the secret in DATA, bound to the key ID. */
class KeyEncryptionTest {
    private static final byte[] SECRET = "pkcs8 bytes of a private key".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void decryptWhenSameSecretAndKidThenOriginalBytes() {
        KeyEncryption encryption = new KeyEncryption(data);
        String encrypted = encryption.encrypt(SECRET, "kid-1");

        assertThat(encrypted).startsWith("v1.").doesNotContain("pkcs8");
        assertThat(new KeyEncryption(data).decrypt(encrypted, "kid-1")).isEqualTo(SECRET);
        assertThat(encryption.encrypt(SECRET, "kid-1")).isNotEqualTo(encrypted);
    }

    @Test
    void encryptWhenFirstUsedThenSecretFileIsOwnerOnly() throws Exception {
        new KeyEncryption(data).encrypt(SECRET, "kid-1");
        Path file = data.resolve(KeyEncryption.FILE_NAME);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void decryptWhenOtherKidOrOtherSecretOrAlteredThenRefused(@TempDir Path otherData) {
        String encrypted = new KeyEncryption(data).encrypt(SECRET, "kid-1");

        assertThatThrownBy(() -> new KeyEncryption(data).decrypt(encrypted, "kid-2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing-key rotate");
        assertThatThrownBy(() -> new KeyEncryption(otherData).decrypt(encrypted, "kid-1"))
                .isInstanceOf(IllegalStateException.class);
        String altered = encrypted.substring(0, encrypted.length() - 2) + (encrypted.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> new KeyEncryption(data).decrypt(altered, "kid-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new KeyEncryption(data).decrypt("plain", "kid-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
