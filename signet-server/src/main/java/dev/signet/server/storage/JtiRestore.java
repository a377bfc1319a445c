package dev.signet.server.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import dev.signet.server.secrets.TokenId;

/**
 * Reads back the durable {@code jti} marks of an embedded database at start: the rows of
 * {@code used_jti} still in their window, and the marks in the token rows of the last
 * {@code window} (a range of the time-ordered key, so the scan stays short however many tokens
 * the table holds). Marks with longer windows were written to {@code used_jti} too.
 */
final class JtiRestore {
    private JtiRestore() {}

    static void load(Jdbc jdbc, Instant now, Duration window, Consumer<JtiMarks.Mark> sink) {
        jdbc.query("select app_id, jti, expires_at from used_jti where expires_at > ?", rs -> {
            sink.accept(new JtiMarks.Mark(rs.getString(1), rs.getString(2), Jdbc.instant(rs, "expires_at")));
            return null;
        }, now);
        jdbc.query("select app_id, jti, jti_expires_at from access_token where id >= ? and jti is not null "
                + "and jti_expires_at > ?", rs -> {
                    sink.accept(new JtiMarks.Mark(rs.getString(1), rs.getString(2), Jdbc.instant(rs, "jti_expires_at")));
                    return null;
                }, TokenId.floor(now.minus(window)).bytes(), now);
    }
}
