package dev.signet.server.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.signet.server.model.SigningKey;
import dev.signet.server.model.SigningKeyStatus;
import dev.signet.server.storage.SigningKeyRepository;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's key ring for JWT access tokens: one current key signs, previous keys still verify
 * (and are published) until retired. The first key is generated (RSA-2048) when first needed.
 * Keys are read from the database and cached; the cache is reloaded after a change (here, or on
 * another node sharing the database, as {@code DirectoryChanges} learns of it), every 30 seconds
 * as a safety net, and once when a token names an unknown kid.
 *
 * <p>Related specifications: RFC 7517 (JWK Set), RFC 7638 (thumbprint as {@code kid}), RFC 7518
 * §3.3 (RS256 with RSA ≥ 2048 bits).
 */
public final class SigningKeys {
    public static final int RSA_BITS = 2048;
    private static final Duration RELOAD_AFTER = Duration.ofSeconds(30);

    /** What {@link #retire} did. */
    public enum RetireOutcome { RETIRED, NOT_FOUND, IS_CURRENT, ALREADY_RETIRED }

    /** The current key's signer. */
    public record Signer(String kid, JWSSigner signer) {
        @Override
        public String toString() {
            return "Signer[kid=" + kid + "]";
        }
    }

    private record Snapshot(List<SigningKey> all, Map<String, RSAPublicKey> verifying, SigningKey current,
            Instant loadedAt, long generation) {}

    private final SigningKeyRepository repository;
    private final KeyEncryption encryption;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private volatile Signer signer;

    public SigningKeys(SigningKeyRepository repository, KeyEncryption encryption, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository must not be null");
        this.encryption = Objects.requireNonNull(encryption, "encryption must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /**
     * Checks at start that every key that still signs or verifies can be decrypted with this node's
     * secret, and encrypts keys made with a node's own file again with the cluster secret once one
     * is configured: a node with the wrong secret refuses to start instead of failing requests.
     *
     * @throws IllegalStateException naming what to fix
     */
    public void checkDecryptable() {
        repository.encryptedPrivateKeys().forEach((kid, encrypted) -> {
            byte[] pkcs8 = encryption.decrypt(encrypted, kid);
            if (encryption.outdated(encrypted)) {
                repository.reencrypt(kid, encrypted, encryption.encrypt(pkcs8, kid));
            }
        });
    }

    /** The current key's signer; generates the first key when there is none. */
    public Signer signer() {
        SigningKey current = snapshot().current();
        if (current == null) {
            synchronized (this) {
                current = reload().current() != null ? snapshot.current() : rotate();
            }
        }
        Signer cached = signer;
        if (cached != null && cached.kid().equals(current.kid())) {
            return cached;
        }
        Signer loaded = new Signer(current.kid(), new RSASSASigner(privateKey(current.kid())));
        signer = loaded;
        return loaded;
    }

    /** The public key of a key that still verifies (current or previous), by kid. */
    public Optional<RSAPublicKey> verificationKey(String kid) {
        RSAPublicKey key = snapshot().verifying().get(kid);
        if (key == null && kid != null) {
            key = reload().verifying().get(kid);
        }
        return Optional.ofNullable(key);
    }

    /** The public keys that verify, newest first: the body of {@code /id/keys}. */
    public JWKSet publicJwks() {
        List<JWK> keys = snapshot().all().stream().filter(SigningKey::verifies)
                .sorted(Comparator.comparing(SigningKey::createdAt).reversed())
                .map(k -> (JWK) k.publicJwk()).toList();
        return new JWKSet(keys);
    }

    /** Every key, oldest first, retired ones included. */
    public List<SigningKey> list() {
        return reload().all();
    }

    /** Generates a new key and makes it current; the old current key becomes previous. */
    public synchronized SigningKey rotate() {
        KeyPair pair = generate();
        RSAKey jwk;
        try {
            jwk = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the JWK thumbprint", e);
        }
        Instant now = clock.instant();
        SigningKey key = new SigningKey(jwk.getKeyID(), jwk, SigningKeyStatus.CURRENT, now, null, null);
        repository.rotateTo(key, encryption.encrypt(pair.getPrivate().getEncoded(), key.kid()), now);
        reload();
        return key;
    }

    /** Retires a previous key: it leaves {@code /id/keys} and its tokens no longer verify. */
    public synchronized RetireOutcome retire(String kid) {
        Optional<SigningKey> key = reload().all().stream().filter(k -> k.kid().equals(kid)).findFirst();
        if (key.isEmpty()) {
            return RetireOutcome.NOT_FOUND;
        }
        if (key.get().status() == SigningKeyStatus.CURRENT) {
            return RetireOutcome.IS_CURRENT;
        }
        boolean retired = repository.retire(kid, clock.instant());
        reload();
        return retired ? RetireOutcome.RETIRED : RetireOutcome.ALREADY_RETIRED;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null || s.generation() != repository.generation()
                || clock.instant().isAfter(s.loadedAt().plus(RELOAD_AFTER))) {
            s = reload();
        }
        return s;
    }

    private Snapshot reload() {
        long generation = repository.generation(); // before reading: a change meanwhile reloads again
        List<SigningKey> all = repository.findAll();
        Map<String, RSAPublicKey> verifying = new LinkedHashMap<>();
        SigningKey current = null;
        for (SigningKey k : all) {
            if (k.verifies()) {
                verifying.put(k.kid(), publicKey(k));
            }
            boolean newer = current == null || !k.createdAt().isBefore(current.createdAt());
            if (k.status() == SigningKeyStatus.CURRENT && newer) {
                current = k;
            }
        }
        Snapshot s = new Snapshot(List.copyOf(all), Map.copyOf(verifying), current, clock.instant(), generation);
        snapshot = s;
        return s;
    }

    private static RSAPublicKey publicKey(SigningKey key) {
        try {
            return key.publicJwk().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key " + key.kid() + " has an invalid public key", e);
        }
    }

    private PrivateKey privateKey(String kid) {
        String encrypted = repository.encryptedPrivateKey(kid).orElseThrow(() -> new IllegalStateException(
                "signing key " + kid + " has no private key"));
        try {
            byte[] pkcs8 = encryption.decrypt(encrypted, kid);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + kid + " has an unreadable private key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is always available", e);
        }
    }
}
