package dev.signet.server.data.soql;

import dev.signet.server.data.DataException;
import dev.signet.server.data.DataRecord;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.SObjectDef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs SOQL: parse, check against the catalog, then filter, sort and page the type's rows in
 * Java. Every query reads all rows of its type (and of each parent type it touches), which suits
 * test and development data sets (thousands of records), not millions.
 */
public record SoqlEngine(ObjectCatalog catalog, RecordSources sources, Clock clock) {
    /** Which API runs the query: query (live rows), queryAll (deleted too) or the Tooling API. */
    public enum Scope { QUERY, QUERY_ALL, TOOLING }

    public QueryResult query(String soql, Scope scope) {
        BoundQuery q = bind(soql, scope);
        ParentLookup parents = new ParentLookup(sources);
        List<DataRecord> rows = new ArrayList<>();
        for (DataRecord row : sources.all(q.type(), scope == Scope.QUERY_ALL)) {
            if (q.where() == null || q.where().test(row, parents)) {
                rows.add(row);
            }
        }
        if (!q.order().isEmpty()) {
            rows.sort(comparator(q.order(), parents));
        }
        int from = Math.min(q.offset(), rows.size());
        int to = q.limit() == null ? rows.size() : Math.min(rows.size(), from + q.limit());
        List<DataRecord> page = rows.subList(from, to);
        if (q.count()) {
            return new QueryResult(page.size(), List.of());
        }
        return new QueryResult(page.size(), page.stream().map(r -> Projector.project(r, q.select(), parents)).toList());
    }

    /** The column metadata of a query, without running it. */
    public QueryColumns columns(String soql, Scope scope) {
        return QueryColumns.of(bind(soql, scope));
    }

    private BoundQuery bind(String soql, Scope scope) {
        if (soql == null || soql.isBlank()) {
            throw DataException.malformedQuery("A query string has to be specified");
        }
        Ast.Query parsed = Parser.parse(soql);
        Function<String, Optional<SObjectDef>> lookup = scope == Scope.TOOLING ? catalog.tooling() : catalog::find;
        SObjectDef type = lookup.apply(parsed.from()).orElseThrow(() -> SoqlErrors.at(soql, parsed.fromPos(),
                "INVALID_TYPE", DataException.invalidTypeMessage(parsed.from())));
        return Binder.bind(soql, parsed, type, catalog, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private static Comparator<DataRecord> comparator(List<BoundQuery.SortKey> keys, ParentLookup parents) {
        return (a, b) -> {
            for (BoundQuery.SortKey key : keys) {
                Object x = parents.read(a, key.field());
                Object y = parents.read(b, key.field());
                int c;
                if (x == null || y == null) {
                    c = x == y ? 0 : (x == null) != key.nullsLast() ? -1 : 1;
                } else {
                    c = Comparisons.compare(x, y);
                    c = key.descending() ? -c : c;
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
