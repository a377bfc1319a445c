package dev.signet.server.data.soql;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.data.DataException;
import dev.signet.server.data.ResultNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Query locators for results larger than one batch: the rest of the result is kept in memory under
 * an ID with Salesforce's {@code 01g} prefix and served as {@code ID-position}. A locator belongs
 * to the user (and API) that ran the query, lives 15 minutes after its last use, and is dropped
 * once its last page is served. What is kept is bounded in estimated bytes, per user and for the
 * org, and in number ({@value #MAX_CURSORS}): a new locator drops the least recently used ones
 * (the user's, then anyone's) until it fits, and a dropped locator answers
 * {@code INVALID_QUERY_LOCATOR}. A result larger than a whole budget is refused, never kept.
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

    // rows: the result after its first page; offset: the position of rows.get(0)
    private record Cursor(Owner owner, List<ResultNode> rows, int offset, int totalSize, long bytes, Instant lastUsed) {
        int end() {
            return offset + rows.size();
        }
    }

    private final Map<String, Cursor> cursors = new LinkedHashMap<>(16, 0.75f, true);
    private final long bytesPerUser;
    private final long bytesPerOrg;
    private final Clock clock;

    public QueryCursors(long bytesPerUser, long bytesPerOrg, Clock clock) {
        this.bytesPerUser = bytesPerUser;
        this.bytesPerOrg = bytesPerOrg;
        this.clock = clock;
    }

    /** The first page of a result; opens a locator when more remain. */
    public synchronized Page first(QueryResult result, int batchSize, Owner owner) {
        List<ResultNode> rows = result.records();
        if (rows.size() <= batchSize) {
            return new Page(rows, result.totalSize(), null);
        }
        List<ResultNode> rest = List.copyOf(rows.subList(batchSize, rows.size()));
        long bytes = ResultSizes.of(rest);
        if (bytes > Math.min(bytesPerUser, bytesPerOrg)) {
            throw new DataException(400, "QUERY_TOO_COMPLICATED", "The query's result is too large to page through "
                    + "(about " + Math.max(1, bytes / MIB) + " MB beyond the first batch; at most "
                    + Math.min(bytesPerUser, bytesPerOrg) / MIB + " MB are kept). Select fewer fields or rows "
                    + "(WHERE, LIMIT).");
        }
        Instant now = clock.instant();
        dropWhile(c -> now.isAfter(c.lastUsed().plus(TTL)), Long.MAX_VALUE, 0);
        dropWhile(c -> c.owner().userId().equals(owner.userId()), bytesPerUser - bytes, Integer.MAX_VALUE);
        dropWhile(c -> true, bytesPerOrg - bytes, MAX_CURSORS - 1);
        String id = SalesforceId.random("01g").to18();
        cursors.put(id, new Cursor(owner, rest, batchSize, result.totalSize(), bytes, now));
        return new Page(rows.subList(0, batchSize), result.totalSize(), id + "-" + batchSize);
    }

    /** The page at a locator ({@code ID-position}) for its owner, or 400 INVALID_QUERY_LOCATOR. */
    public synchronized Page next(String locator, int batchSize, Owner owner) {
        int dash = locator.lastIndexOf('-');
        String id = dash < 0 ? locator : locator.substring(0, dash);
        Cursor cursor = cursors.get(id);
        int position = dash < 0 ? -1 : parse(locator.substring(dash + 1));
        Instant now = clock.instant();
        if (cursor != null && now.isAfter(cursor.lastUsed().plus(TTL))) {
            cursors.remove(id);
            cursor = null;
        }
        if (cursor == null || !cursor.owner().equals(owner) || position < cursor.offset() || position >= cursor.end()) {
            throw new DataException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        int end = Math.min(cursor.end(), position + batchSize);
        String next = end < cursor.end() ? id + "-" + end : null;
        if (next == null) {
            cursors.remove(id);
        } else {
            cursors.put(id, new Cursor(owner, cursor.rows(), cursor.offset(), cursor.totalSize(), cursor.bytes(), now));
        }
        return new Page(cursor.rows().subList(position - cursor.offset(), end - cursor.offset()), cursor.totalSize(),
                next);
    }

    // Drops the least recently used cursors that match until those left use at most maxBytes and
    // number at most maxCount (an expiry sweep passes both as unbounded and drops every match).
    private void dropWhile(Predicate<Cursor> matches, long maxBytes, int maxCount) {
        long bytes = cursors.values().stream().filter(matches).mapToLong(Cursor::bytes).sum();
        long count = cursors.values().stream().filter(matches).count();
        boolean sweep = maxBytes == Long.MAX_VALUE;
        Iterator<Cursor> oldestFirst = cursors.values().iterator();
        while (oldestFirst.hasNext() && (sweep || bytes > maxBytes || count > maxCount)) {
            Cursor cursor = oldestFirst.next();
            if (matches.test(cursor)) {
                oldestFirst.remove();
                bytes -= cursor.bytes();
                count--;
            }
        }
    }

    private static int parse(String s) {
        return s.matches("\\d{1,9}") ? Integer.parseInt(s) : -1;
    }
}
