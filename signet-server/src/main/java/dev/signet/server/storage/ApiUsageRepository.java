package dev.signet.server.storage;

import java.time.LocalDate;

/** Data API requests per UTC day, counted by every node sharing the database. */
public final class ApiUsageRepository {
    private final Jdbc jdbc;

    public ApiUsageRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    /** Adds {@code requests} to the day's count and returns the new count (all nodes' together). */
    public long add(LocalDate day, long requests) {
        String key = day.toString();
        if (jdbc.update("update api_usage set used = used + ? where usage_day = ?", requests, key) == 0) {
            try {
                jdbc.update("insert into api_usage (usage_day, used) values (?, ?)", key, requests);
            } catch (StorageException e) {
                if (!e.isUniqueViolation()) {
                    throw e;
                }
                jdbc.update("update api_usage set used = used + ? where usage_day = ?", requests, key); // another node's first
            }
        }
        return jdbc.queryOne("select used from api_usage where usage_day = ?", rs -> rs.getLong(1), key).orElse(requests);
    }
}
