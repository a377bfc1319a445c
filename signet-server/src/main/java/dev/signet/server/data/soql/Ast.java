package dev.signet.server.data.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The parsed form of a SOQL query, before field names are checked against the catalog. */
final class Ast {
    private Ast() {}

    /**
     * {@code SELECT fields|COUNT() FROM from [WHERE where] [ORDER BY orderBy] [LIMIT limit] [OFFSET offset]}.
     */
    record Query(List<Path> fields, boolean count, String from, int fromPos, Condition where,
            List<Order> orderBy, Integer limit, Integer offset, int offsetPos) {
        Query {
            fields = List.copyOf(fields);
            orderBy = List.copyOf(orderBy);
        }
    }

    /** A dotted field path such as {@code Account.Owner.Name}, and where it starts. */
    record Path(List<String> segments, int pos) {
        Path {
            segments = List.copyOf(segments);
        }

        String text() {
            return String.join(".", segments);
        }
    }

    record Order(Path path, boolean descending, boolean nullsLast) {}

    enum Operator {
        EQ, NE, LT, LE, GT, GE;

        static Operator of(String text) {
            return switch (text) {
                case "=" -> EQ;
                case "!=", "<>" -> NE;
                case "<" -> LT;
                case "<=" -> LE;
                case ">" -> GT;
                default -> GE;
            };
        }
    }

    sealed interface Condition permits And, Or, Not, Compare, In, Like {}

    record And(List<Condition> terms) implements Condition {}

    record Or(List<Condition> terms) implements Condition {}

    record Not(Condition term) implements Condition {}

    record Compare(Path path, Operator op, Literal value) implements Condition {}

    record In(Path path, boolean negated, List<Literal> values) implements Condition {}

    record Like(Path path, Literal pattern) implements Condition {}

    sealed interface Literal permits Text, Number, Bool, Null, Date, DateTime, RelativeDate {
        int pos();
    }

    record Text(String value, int pos) implements Literal {}

    record Number(BigDecimal value, int pos) implements Literal {}

    record Bool(boolean value, int pos) implements Literal {}

    record Null(int pos) implements Literal {}

    record Date(LocalDate value, int pos) implements Literal {}

    record DateTime(Instant value, int pos) implements Literal {}

    /** {@code TODAY}, {@code LAST_N_DAYS:7}…; {@code n} is null for literals without a number. */
    record RelativeDate(String name, Integer n, int pos) implements Literal {}
}
