package dev.signet.server.storage;

import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import java.util.Optional;

/** The org row: one org per server. */
public final class OrgRepository {
    private final Jdbc jdbc;
    private final StateCache<Boolean, Org> org;

    public OrgRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.org = new StateCache<>(jdbc);
    }

    /** The org (cached until the next write; see {@link DirectoryChanges}). */
    public Optional<Org> find() {
        return org.get(Boolean.TRUE, key -> jdbc.queryOne(
                "select id, name, status, created_at from org order by created_at limit 1",
                rs -> new Org(rs.getString("id"), rs.getString("name"), OrgStatus.valueOf(rs.getString("status")),
                        Jdbc.instant(rs, "created_at"))));
    }

    public void insert(Org org) {
        jdbc.update("insert into org (id, name, status, created_at) values (?, ?, ?, ?)",
                org.id(), org.name(), org.status().name(), org.createdAt());
    }

    /**
     * The org, inserting {@code org} if there is none yet. Nodes starting at once on an empty
     * database agree: one insert wins (a unique index allows one org row) and the others read it.
     */
    public Org findOrInsert(Org org) {
        Optional<Org> existing = find();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            insert(org);
            return org;
        } catch (StorageException e) {
            if (e.isUniqueViolation()) {
                return find().orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public void setStatus(String orgId, OrgStatus status) {
        jdbc.update("update org set status = ? where id = ?", status.name(), orgId);
    }
}
