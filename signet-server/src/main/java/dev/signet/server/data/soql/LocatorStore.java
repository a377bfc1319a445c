package dev.signet.server.data.soql;

import dev.signet.server.data.ResultNode;
import dev.signet.server.storage.Jdbc;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Query locators in the database, so that whichever node a load balancer picks serves the next
 * page. The rows after the first page are kept in chunks of {@value #CHUNK_ROWS}; a page reads
 * only the chunks it spans.
 */
final class LocatorStore {
    static final int CHUNK_ROWS = 200;

    /** A kept result: its owner, the positions of its first and past-last kept rows, its size in bytes. */
    record Kept(String id, QueryCursors.Owner owner, int firstRow, int endRow, int totalSize, long bytes,
            Instant lastUsed) {}

    private final Jdbc jdbc;

    LocatorStore(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    void insert(Kept kept, List<ResultNode> rows) {
        jdbc.inTransaction(tx -> {
            tx.update("insert into query_locator (id, user_id, api, total_size, first_row, end_row, bytes, "
                    + "last_used_at) values (?, ?, ?, ?, ?, ?, ?, ?)", kept.id(), kept.owner().userId(),
                    kept.owner().api(), kept.totalSize(), kept.firstRow(), kept.endRow(), kept.bytes(),
                    kept.lastUsed());
            List<Object[]> chunks = new ArrayList<>();
            for (int from = 0, chunk = 0; from < rows.size(); from += CHUNK_ROWS, chunk++) {
                List<ResultNode> part = rows.subList(from, Math.min(rows.size(), from + CHUNK_ROWS));
                chunks.add(new Object[] {kept.id(), chunk, LocatorRows.write(part)});
            }
            tx.batch("insert into query_locator_chunk (locator_id, chunk, rows_json) values (?, ?, ?)", chunks);
            return null;
        });
    }

    Optional<Kept> find(String id) {
        return jdbc.queryOne("select * from query_locator where id = ?", rs -> map(rs), id);
    }

    /** Every kept result, least recently used first. */
    List<Kept> all() {
        return jdbc.query("select * from query_locator order by last_used_at, id", rs -> map(rs));
    }

    /** The kept rows from {@code from} to {@code to} (positions in the whole result); empty if gone meanwhile. */
    List<ResultNode> rows(Kept kept, int from, int to) {
        int first = (from - kept.firstRow()) / CHUNK_ROWS;
        int last = (to - 1 - kept.firstRow()) / CHUNK_ROWS;
        List<ResultNode> rows = new ArrayList<>();
        jdbc.query("select rows_json from query_locator_chunk where locator_id = ? and chunk >= ? and chunk <= ? "
                + "order by chunk", rs -> rows.addAll(LocatorRows.read(rs.getString(1))), kept.id(), first, last);
        int skip = from - kept.firstRow() - first * CHUNK_ROWS;
        if (rows.size() < skip + (to - from)) {
            return List.of(); // dropped by another request or node while this one read it
        }
        return List.copyOf(rows.subList(skip, skip + (to - from)));
    }

    void touch(String id, Instant now) {
        jdbc.update("update query_locator set last_used_at = ? where id = ?", now, id);
    }

    void delete(String id) {
        jdbc.inTransaction(tx -> {
            tx.update("delete from query_locator_chunk where locator_id = ?", id);
            tx.update("delete from query_locator where id = ?", id);
            return null;
        });
    }

    private static Kept map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Kept(rs.getString("id"), new QueryCursors.Owner(rs.getString("user_id"), rs.getString("api")),
                rs.getInt("first_row"), rs.getInt("end_row"), rs.getInt("total_size"), rs.getLong("bytes"),
                Jdbc.instant(rs, "last_used_at"));
    }
}
