package dev.signet.server.storage;

import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Login history, newest first. Entries are written in batches off the request thread; every
 * read first writes what is pending, so a reader always sees the attempts made before it.
 */
public final class LoginHistoryRepository implements AutoCloseable {
    private static final String COLUMNS = "id, login_time, org_id, user_id, username, app_id, app_name, source_ip, "
            + "login_type, status, reason, login_url, user_agent, login_subtype";

    private final Jdbc jdbc;
    private final BatchWriter<LoginEvent> writer = new BatchWriter<>("login-history-writer", this::insertAll);

    public LoginHistoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    /**
     * Adds an entry. It is written in a batch shortly after, and before any read of this
     * repository or {@link #close()} returns.
     */
    public void record(LoginEvent e) {
        writer.add(e);
    }

    /** The batch writer's queue, batches and liveness. */
    public WriterStats writerStats() {
        return writer.stats();
    }

    /** Writes the pending entries and stops the background writer: call on shutdown. */
    @Override
    public void close() {
        writer.close();
    }

    /** The insert of one entry, also used by {@link TokenCommitter} to store a success with its token. */
    static final String INSERT = "insert into login_history (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?)";

    private void insertAll(List<LoginEvent> events) {
        String sql = INSERT;
        List<Object[]> rows = events.stream().map(LoginHistoryRepository::row).toList();
        try {
            jdbc.batch(sql, rows);
        } catch (StorageException e) {
            // One bad entry must not cost the batch: write them one by one, dropping only failures.
            int failed = 0;
            for (Object[] row : rows) {
                try {
                    jdbc.update(sql, row);
                } catch (StorageException rowFailure) {
                    failed++;
                }
            }
            if (failed > 0) {
                throw new StorageException("login history: " + failed + " of " + rows.size()
                        + " entries could not be written", e);
            }
        }
    }

    static Object[] row(LoginEvent e) {
        return new Object[] {e.id(), e.time(), e.orgId(), e.userId(), truncate(e.username()), e.appId(), e.appName(),
            e.sourceIp(), e.loginType(), e.status(), truncate(e.reason()), truncate(e.loginUrl()),
            truncate(e.userAgent()), e.loginSubType()};
    }

    public List<LoginEvent> latest(int limit) {
        writer.flush();
        return jdbc.query("select " + COLUMNS + " from login_history order by login_time desc, id desc limit ?",
                LoginHistoryRepository::map, limit);
    }

    /** Entries matching the filter, newest first. */
    public List<LoginEvent> search(LoginHistoryFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.username() != null) {
            where.add("lower(username) like ?");
            params.add(contains(filter.username()));
        }
        if (filter.app() != null) {
            where.add("lower(app_name) like ?");
            params.add(contains(filter.app()));
        }
        if (filter.status() != null) {
            switch (filter.status().toLowerCase(Locale.ROOT)) {
                case "success" -> where.add("status = '" + LoginEvent.SUCCESS + "'");
                case "failure" -> where.add("status <> '" + LoginEvent.SUCCESS + "'");
                default -> {
                    where.add("status = ?");
                    params.add(filter.status());
                }
            }
        }
        if (filter.from() != null) {
            where.add("login_time >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            where.add("login_time < ?");
            params.add(filter.to());
        }
        params.add(filter.limit());
        writer.flush();
        String sql = "select " + COLUMNS + " from login_history" + (where.isEmpty() ? "" : " where "
                + String.join(" and ", where)) + " order by login_time desc, id desc limit ?";
        return jdbc.query(sql, LoginHistoryRepository::map, params.toArray());
    }

    private static LoginEvent map(ResultSet rs) throws SQLException {
        return new LoginEvent(rs.getString("id"), Jdbc.instant(rs, "login_time"), rs.getString("org_id"),
                rs.getString("user_id"), rs.getString("username"), rs.getString("app_id"), rs.getString("app_name"),
                rs.getString("source_ip"), rs.getString("login_type"), rs.getString("status"), rs.getString("reason"),
                rs.getString("login_url"), rs.getString("user_agent"), rs.getString("login_subtype"));
    }

    // LIKE wildcards typed by the admin are matched literally.
    private static String contains(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    // Values from the request (claimed username, User-Agent) are bounded so a long one cannot fail the insert.
    private static String truncate(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }
}
