package dev.signet.server.data.soql;

import dev.signet.server.data.ResultNode;
import java.util.List;

/** The rows a query selects (none for {@code COUNT()}) and how many there are. */
public record QueryResult(int totalSize, List<ResultNode> records) {
    public QueryResult {
        records = List.copyOf(records);
    }
}
