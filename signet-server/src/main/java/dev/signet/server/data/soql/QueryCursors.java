package dev.signet.server.data.soql;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.data.DataException;
import dev.signet.server.data.ResultNode;
import dev.signet.server.storage.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * Query locators for results larger than one batch: the rest of the result is kept in the
 * database ({@link LocatorStore}, so any node serves the next page) under an ID with Salesforce's
 * {@code 01g} prefix and served as {@code ID-position}. A locator belongs to the user (and API)
 * that ran the query, lives 15 minutes after its last use, and is dropped once its last page is
 * served. What is kept is bounded in estimated bytes, per user and for the org, and in number
 * ({@value #MAX_CURSORS}): a new locator drops the least recently used ones (the user's, then
 * anyone's) until it fits, and a dropped locator answers {@code INVALID_QUERY_LOCATOR}. A result
 * larger than a whole budget is refused, never kept.
 */
public final class QueryCursors {
    public static final int DEFAULT_BATCH = 2000;
    static final int MAX_CURSORS = 200;
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final long MIB = 1024 * 1024;

    /** One page: its records, the result's total size, and the next locator (null when done). */
    public record Page(List<ResultNode> records, int totalSize, String nextLocator) {}

    /** Who may read a locator: the user who ran the query, through the same API. */
    public record Owner(String userId, String api) {}

    private final LocatorStore store;
    private final long bytesPerUser;
    private final long bytesPerOrg;
    private final Clock clock;

    public QueryCursors(Jdbc jdbc, long bytesPerUser, long bytesPerOrg, Clock clock) {
        this.store = new LocatorStore(jdbc);
        this.bytesPerUser = bytesPerUser;
        this.bytesPerOrg = bytesPerOrg;
        this.clock = clock;
    }

    /** The first page of a result; opens a locator when more remain. */
    public Page first(QueryResult result, int batchSize, Owner owner) {
        List<ResultNode> rows = result.records();
        if (rows.size() <= batchSize) {
            return new Page(rows, result.totalSize(), null);
        }
        List<ResultNode> rest = rows.subList(batchSize, rows.size());
        long bytes = ResultSizes.of(rest);
        if (bytes > Math.min(bytesPerUser, bytesPerOrg)) {
            throw new DataException(400, "QUERY_TOO_COMPLICATED", "The query's result is too large to page through "
                    + "(about " + Math.max(1, bytes / MIB) + " MB beyond the first batch; at most "
                    + Math.min(bytesPerUser, bytesPerOrg) / MIB + " MB are kept). Select fewer fields or rows "
                    + "(WHERE, LIMIT).");
        }
        Instant now = clock.instant();
        makeRoom(owner, bytes, now);
        String id = SalesforceId.random("01g").to18();
        store.insert(new LocatorStore.Kept(id, owner, batchSize, rows.size(), result.totalSize(), bytes, now), rest);
        return new Page(rows.subList(0, batchSize), result.totalSize(), id + "-" + batchSize);
    }

    /** The page at a locator ({@code ID-position}) for its owner, or 400 INVALID_QUERY_LOCATOR. */
    public Page next(String locator, int batchSize, Owner owner) {
        int dash = locator.lastIndexOf('-');
        String id = dash < 0 ? locator : locator.substring(0, dash);
        int position = dash < 0 ? -1 : parse(locator.substring(dash + 1));
        Instant now = clock.instant();
        LocatorStore.Kept kept = id.length() == 18 ? store.find(id).orElse(null) : null;
        if (kept != null && now.isAfter(kept.lastUsed().plus(TTL))) {
            store.delete(id);
            kept = null;
        }
        if (kept == null || !kept.owner().equals(owner) || position < kept.firstRow() || position >= kept.endRow()) {
            throw invalid();
        }
        int end = Math.min(kept.endRow(), position + batchSize);
        List<ResultNode> page = store.rows(kept, position, end);
        if (page.isEmpty()) {
            throw invalid();
        }
        String next = end < kept.endRow() ? id + "-" + end : null;
        if (next == null) {
            store.delete(id);
        } else {
            store.touch(id, now);
        }
        return new Page(page, kept.totalSize(), next);
    }

    // Drops expired locators, then the least recently used ones (the owner's, then anyone's) until
    // the new one fits both budgets and the count. Nodes doing this at once may drop a little more
    // than needed, never less.
    private void makeRoom(Owner owner, long bytes, Instant now) {
        List<LocatorStore.Kept> all = store.all();
        dropWhile(all, k -> now.isAfter(k.lastUsed().plus(TTL)), Long.MAX_VALUE, 0);
        dropWhile(all, k -> k.owner().userId().equals(owner.userId()), bytesPerUser - bytes, Integer.MAX_VALUE);
        dropWhile(all, k -> true, bytesPerOrg - bytes, MAX_CURSORS - 1);
    }

    // Drops (from the store and from oldestFirst) the matching locators, oldest first, until those
    // left use at most maxBytes and number at most maxCount; unbounded limits drop every match.
    private void dropWhile(List<LocatorStore.Kept> oldestFirst, Predicate<LocatorStore.Kept> matches, long maxBytes,
            int maxCount) {
        List<LocatorStore.Kept> matching = oldestFirst.stream().filter(matches).toList();
        long bytes = matching.stream().mapToLong(LocatorStore.Kept::bytes).sum();
        long count = matching.size();
        boolean sweep = maxBytes == Long.MAX_VALUE;
        for (LocatorStore.Kept k : matching) {
            if (!sweep && bytes <= maxBytes && count <= maxCount) {
                break;
            }
            store.delete(k.id());
            oldestFirst.remove(k);
            bytes -= k.bytes();
            count--;
        }
    }

    private static DataException invalid() {
        return new DataException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    }

    private static int parse(String s) {
        return s.matches("\\d{1,9}") ? Integer.parseInt(s) : -1;
    }
}
