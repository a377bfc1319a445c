package dev.signet.cli.broker.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The broker's "Certificate and Key Management": a directory (owner-only) with one file per
 * imported key, the private key sealed by the {@link MasterKey} beside it and the certificate
 * chain in the clear (it is public). Only the broker's process opens the keys; nothing here prints
 * or logs one.
 */
public final class BrokerKeyStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,79}");
    private static final String SUFFIX = ".key.json";

    private final Path dir;

    private BrokerKeyStore(Path dir) {
        this.dir = dir;
    }

    /** The key store in {@code dir}; the directory is made (owner-only) when first written. */
    public static BrokerKeyStore at(Path dir) {
        return new BrokerKeyStore(dir.toAbsolutePath());
    }

    /**
     * Seals and stores {@code key} with its certificate chain under {@code name}.
     *
     * @throws IllegalArgumentException when the name is taken (and not {@code replace}), malformed,
     *     or the key is not the certificate's
     */
    public StoredKey importKey(String name, PrivateKey key, List<X509Certificate> chain, boolean replace) {
        checkName(name);
        StoredKey stored = new StoredKey(name, chain);
        checkPair(name, key, stored.certificate());
        Path file = file(name);
        if (Files.exists(file) && !replace) {
            throw new IllegalArgumentException("a key named '" + name + "' exists: remove it first, or pass --replace");
        }
        byte[] plain = key.getEncoded();
        try {
            OwnerOnlyFiles.createDirectory(dir);
            byte[] sealed = MasterKey.in(dir).seal(name, plain);
            List<String> certificates = new ArrayList<>();
            for (X509Certificate certificate : stored.chain()) {
                certificates.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
            }
            OwnerOnlyFiles.write(file, JSON.writeValueAsBytes(new Entry(1, name, key.getAlgorithm(), certificates,
                    Base64.getEncoder().encodeToString(sealed))));
            return stored;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot store key '" + name + "' in " + dir + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The keys, by name. */
    public List<StoredKey> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted()
                    .map(n -> info(read(n.substring(0, n.length() - SUFFIX.length())))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes a key; false when there is none by that name. */
    public boolean remove(String name) {
        checkName(name);
        try {
            return Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove key '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The certificate side of a key. */
    public StoredKey info(String name) {
        checkName(name);
        return info(read(name));
    }

    /** The private key, unsealed; for the broker's process only. */
    public PrivateKey privateKey(String name) {
        checkName(name);
        Entry entry = read(name);
        byte[] plain = MasterKey.in(dir).open(name, Base64.getDecoder().decode(entry.sealed()));
        try {
            return KeyFactory.getInstance(entry.algorithm()).generatePrivate(new PKCS8EncodedKeySpec(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key '" + name + "' cannot be read: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public Path dir() {
        return dir;
    }

    private Entry read(String name) {
        Path file = file(name);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("no key named '" + name + "' in " + dir
                    + " (import it with: signet broker keys import --name " + name + " ...)");
        }
        try {
            return JSON.readValue(file.toFile(), Entry.class);
        } catch (IOException e) {
            throw new IllegalStateException("key '" + name + "' is damaged: " + e.getMessage(), e);
        }
    }

    private static StoredKey info(Entry entry) {
        try {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>();
            for (String der : entry.certificates()) {
                chain.add((X509Certificate) x509.generateCertificate(new ByteArrayInputStream(
                        Base64.getDecoder().decode(der))));
            }
            return new StoredKey(entry.name(), chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key '" + entry.name() + "' has a damaged certificate", e);
        }
    }

    /** Only RSA is signed with (RS256); its public halves must be the same modulus and exponent. */
    private static void checkPair(String name, PrivateKey key, X509Certificate certificate) {
        if (!(key instanceof RSAPrivateCrtKey rsa) || !(certificate.getPublicKey() instanceof RSAPublicKey pub)) {
            throw new IllegalArgumentException("key '" + name + "': RS256 needs an RSA key and certificate");
        }
        if (!rsa.getModulus().equals(pub.getModulus()) || !rsa.getPublicExponent().equals(pub.getPublicExponent())) {
            throw new IllegalArgumentException("key '" + name + "': the private key is not the key of the certificate "
                    + certificate.getSubjectX500Principal().getName());
        }
    }

    private Path file(String name) {
        return dir.resolve(name + SUFFIX);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a key name is 1 to 80 letters, digits, _, . or -, starting with a"
                    + " letter or digit; got '" + name + "'");
        }
    }

    @Override
    public String toString() {
        return "BrokerKeyStore[" + dir + "]";
    }

    /** The file of one key; {@code sealed} is the {@link MasterKey}'s output for the PKCS#8 bytes. */
    private record Entry(int version, String name, String algorithm, List<String> certificates, String sealed) {}
}
