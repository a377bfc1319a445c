package dev.signet.server.data.soql;

import dev.signet.server.data.ResultNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A conservative estimate of the heap a query's rows take, for the memory budget of query
 * locators: object headers, map entries and references at 64-bit sizes, text at two bytes a
 * character. Exact figures do not matter; growing with what is kept does.
 */
final class ResultSizes {
    private static final long OBJECT = 16;
    private static final long REFERENCE = 8;
    private static final long MAP_ENTRY = 48;
    private static final long STRING = 40;
    private static final long BOXED = 24;
    private static final long DECIMAL = 64;

    private ResultSizes() {}

    static long of(List<ResultNode> rows) {
        long total = OBJECT + REFERENCE * (long) rows.size();
        for (ResultNode row : rows) {
            total += node(row);
        }
        return total;
    }

    private static long node(ResultNode node) {
        long size = OBJECT + 3 * REFERENCE + text(node.type()) + text(node.id()) + OBJECT + OBJECT;
        for (Map.Entry<String, Object> field : node.fields().entrySet()) {
            size += MAP_ENTRY + text(field.getKey()) + value(field.getValue());
        }
        return size;
    }

    private static long value(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof CharSequence s) {
            return text(s);
        } else if (value instanceof ResultNode nested) {
            return node(nested);
        } else if (value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            return DECIMAL;
        } else if (value instanceof Map<?, ?> map) {
            return OBJECT + map.entrySet().stream().mapToLong(e -> MAP_ENTRY + value(e.getKey()) + value(e.getValue()))
                    .sum();
        } else if (value instanceof Collection<?> list) {
            return OBJECT + list.stream().mapToLong(v -> REFERENCE + value(v)).sum();
        }
        return BOXED;
    }

    private static long text(CharSequence s) {
        return s == null ? 0 : STRING + 2L * s.length();
    }
}
