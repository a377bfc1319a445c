package dev.signet.server.ops;

import dev.signet.server.storage.DirectoryChanges;
import dev.signet.server.storage.WriterStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Whether this server should get traffic: the database answers (within {@value #QUERY_TIMEOUT_SECONDS}
 * s) and has the schema this server migrated to, the writer threads run, other nodes' changes
 * reach it (PostgreSQL), and it is not stopping. A stop marks it not ready first, so a load
 * balancer stops sending before the listener closes.
 */
public final class Readiness {
    static final int QUERY_TIMEOUT_SECONDS = 2;
    private static final String SCHEMA_APPLIED =
            "select count(*) from flyway_schema_history where version = ? and success = true";

    private final DataSource dataSource;
    private final String schemaVersion;
    private final List<WriterStats> writers;
    private final DirectoryChanges changes;
    private volatile boolean stopping;

    public Readiness(DataSource dataSource, String schemaVersion, List<WriterStats> writers, DirectoryChanges changes) {
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        this.writers = List.copyOf(writers);
        this.changes = changes;
    }

    /** From now on not ready: the server is stopping. */
    public void stopping() {
        stopping = true;
    }

    /** Each check by name, in a fixed order. */
    public Health check() {
        Map<String, Health.Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("writers", writers());
        checks.put("cluster", changes.listening() ? Health.Check.UP
                : Health.Check.down("not listening for other nodes' changes (reconnecting)"));
        checks.put("shutdown", stopping ? Health.Check.down("stopping") : Health.Check.UP);
        return new Health(checks);
    }

    // One cheap query answers both: the database is reachable, and it holds this server's schema.
    private Health.Check database() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SCHEMA_APPLIED)) {
            ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            ps.setString(1, schemaVersion);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0 ? Health.Check.UP
                        : Health.Check.down("schema version " + schemaVersion + " is not applied");
            }
        } catch (SQLException | RuntimeException e) {
            return Health.Check.down("no answer: " + e.getClass().getSimpleName());
        }
    }

    private Health.Check writers() {
        return writers.stream().filter(w -> !w.alive()).findFirst()
                .map(w -> Health.Check.down(w.name() + " is not running"))
                .orElse(Health.Check.UP);
    }
}
