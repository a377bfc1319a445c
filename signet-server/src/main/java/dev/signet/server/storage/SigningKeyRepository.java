package dev.signet.server.storage;

import com.nimbusds.jose.jwk.RSAKey;
import dev.signet.server.model.SigningKey;
import dev.signet.server.model.SigningKeyStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The server's signing keys: public JWK in clear, private key encrypted by the caller. Rotation
 * (the current key becomes previous, a new one becomes current) is one transaction.
 */
public final class SigningKeyRepository {
    private static final String COLUMNS = "kid, public_jwk, status, created_at, rotated_at, retired_at";
    private final Jdbc jdbc;

    public SigningKeyRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every key, oldest first, retired ones included. */
    public List<SigningKey> findAll() {
        return jdbc.query("select " + COLUMNS + " from signing_key order by created_at, kid",
                SigningKeyRepository::map);
    }

    /** The encrypted private key of a key that is not retired. */
    public Optional<String> encryptedPrivateKey(String kid) {
        return jdbc.queryOne("select private_key from signing_key where kid = ? and private_key is not null",
                rs -> rs.getString(1), kid);
    }

    /** The encrypted private keys of the keys that are not retired, by kid. */
    public java.util.Map<String, String> encryptedPrivateKeys() {
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        jdbc.query("select kid, private_key from signing_key where private_key is not null order by created_at, kid",
                rs -> keys.put(rs.getString(1), rs.getString(2)));
        return keys;
    }

    /** Replaces a key's encrypted private key if it is still {@code before} (nodes may race to do it). */
    public boolean reencrypt(String kid, String before, String after) {
        return jdbc.update("update signing_key set private_key = ? where kid = ? and private_key = ?", after, kid,
                before) == 1;
    }

    /** Moves on whenever a change to the keys (or other directory state) commits, here or on another node. */
    public long generation() {
        return jdbc.changes().generation();
    }

    /** Makes {@code key} the current key; every other current key becomes previous. */
    public void rotateTo(SigningKey key, String encryptedPrivateKey, Instant now) {
        jdbc.inTransaction(tx -> {
            tx.update("update signing_key set status = ?, rotated_at = ? where status = ?",
                    SigningKeyStatus.PREVIOUS.name(), now, SigningKeyStatus.CURRENT.name());
            tx.update("insert into signing_key (kid, public_jwk, private_key, status, created_at) "
                    + "values (?, ?, ?, ?, ?)", key.kid(), key.publicJwk().toJSONString(), encryptedPrivateKey, SigningKeyStatus.CURRENT.name(),
                    key.createdAt());
            return null;
        });
    }

    /** Retires a previous key and erases its private key; true if it was a previous key. */
    public boolean retire(String kid, Instant now) {
        return jdbc.update("update signing_key set status = ?, retired_at = ?, private_key = null "
                + "where kid = ? and status = ?", SigningKeyStatus.RETIRED.name(), now, kid,
                SigningKeyStatus.PREVIOUS.name()) == 1;
    }

    private static SigningKey map(ResultSet rs) throws SQLException {
        RSAKey jwk;
        try {
            jwk = RSAKey.parse(rs.getString("public_jwk"));
        } catch (ParseException e) {
            throw new SQLException("signing_key " + rs.getString("kid") + " has an unreadable public_jwk", e);
        }
        return new SigningKey(rs.getString("kid"), jwk, SigningKeyStatus.valueOf(rs.getString("status")),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "rotated_at"), Jdbc.instant(rs, "retired_at"));
    }
}
