package dev.signet.server.storage;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lookups of directory state by key, served from memory while no write has committed since
 * (see {@link DirectoryChanges}) and the entry is younger than the maximum age. Absent results
 * are cached too, so a flood of unknown keys costs one query each until the next write; the map
 * is emptied when it reaches its bound. Reads inside a transaction always go to the database.
 */
final class StateCache<K, V> {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(Optional<V> value, long generation, long loadedAtNanos) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Jdbc jdbc;

    StateCache(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Optional<V> get(K key, Function<K, Optional<V>> loader) {
        // An absent key (a missing request parameter) names nothing, cached or not.
        if (key == null) {
            return Optional.empty();
        }
        DirectoryChanges changes = jdbc.changes();
        if (!jdbc.cacheable()) {
            changes.miss();
            return loader.apply(key);
        }
        // The generation is read before loading: a write committing during the load leaves an
        // entry tagged with the old generation, which the next lookup discards.
        long generation = changes.generation();
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == generation && now - entry.loadedAtNanos() < changes.maxAgeNanos()) {
            changes.hit();
            return entry.value();
        }
        changes.miss();
        Optional<V> value = loader.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, generation, now));
        return value;
    }
}
