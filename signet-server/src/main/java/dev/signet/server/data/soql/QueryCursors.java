package dev.signet.server.data.soql;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.data.DataException;
import dev.signet.server.data.ResultNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Query locators for results larger than one batch: the rest of the result is kept in memory under
 * an ID with Salesforce's {@code 01g} prefix and served as {@code ID-position}. A locator belongs
 * to the user who ran the query, lives 15 minutes after its last use, and is dropped once its last
 * page is served; at most {@value #MAX_CURSORS} are kept (oldest dropped first).
 */
public final class QueryCursors {
    public static final int DEFAULT_BATCH = 2000;
    static final int MAX_CURSORS = 200;
    private static final Duration TTL = Duration.ofMinutes(15);

    /** One page: its records, the result's total size, and the next locator (null when done). */
    public record Page(List<ResultNode> records, int totalSize, String nextLocator) {}

    private record Cursor(String owner, List<ResultNode> rows, int totalSize, Instant lastUsed) {}

    private final Map<String, Cursor> cursors = new LinkedHashMap<>(16, 0.75f, true);
    private final Clock clock;

    public QueryCursors(Clock clock) {
        this.clock = clock;
    }

    /** The first page of a result; opens a locator when more remain. */
    public synchronized Page first(QueryResult result, int batchSize, String owner) {
        List<ResultNode> rows = result.records();
        if (rows.size() <= batchSize) {
            return new Page(rows, result.totalSize(), null);
        }
        String id = SalesforceId.random("01g").to18();
        cursors.put(id, new Cursor(owner, rows, result.totalSize(), clock.instant()));
        while (cursors.size() > MAX_CURSORS) {
            cursors.remove(cursors.keySet().iterator().next());
        }
        return new Page(rows.subList(0, batchSize), result.totalSize(), id + "-" + batchSize);
    }

    /** The page at a locator ({@code ID-position}) for its owner, or 400 INVALID_QUERY_LOCATOR. */
    public synchronized Page next(String locator, int batchSize, String owner) {
        int dash = locator.lastIndexOf('-');
        String id = dash < 0 ? locator : locator.substring(0, dash);
        Cursor cursor = cursors.get(id);
        int position = dash < 0 ? -1 : parse(locator.substring(dash + 1));
        Instant now = clock.instant();
        if (cursor != null && now.isAfter(cursor.lastUsed().plus(TTL))) {
            cursors.remove(id);
            cursor = null;
        }
        if (cursor == null || !cursor.owner().equals(owner) || position < 0 || position >= cursor.rows().size()) {
            throw new DataException(400, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        int end = Math.min(cursor.rows().size(), position + batchSize);
        String next = end < cursor.rows().size() ? id + "-" + end : null;
        if (next == null) {
            cursors.remove(id);
        } else {
            cursors.put(id, new Cursor(cursor.owner(), cursor.rows(), cursor.totalSize(), now));
        }
        return new Page(cursor.rows().subList(position, end), cursor.totalSize(), next);
    }

    private static int parse(String s) {
        return s.matches("\\d{1,9}") ? Integer.parseInt(s) : -1;
    }
}
