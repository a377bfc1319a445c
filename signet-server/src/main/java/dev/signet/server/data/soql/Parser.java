package dev.signet.server.data.soql;

import dev.signet.server.data.DataException;
import dev.signet.server.data.soql.Ast.Condition;
import dev.signet.server.data.soql.Ast.Path;
import dev.signet.server.data.soql.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Signet's SOQL subset:
 * {@code SELECT fields|COUNT() FROM Type [WHERE cond] [ORDER BY …] [LIMIT n] [OFFSET n]}.
 * As in Salesforce, AND and OR may not be mixed at one level without parentheses.
 */
final class Parser {
    private static final int MAX_LIMIT_DIGITS = 9;
    /** Longest statement accepted, as Salesforce's default limit. */
    static final int MAX_LENGTH = 100_000;
    /** Deepest nesting of parentheses and NOT: the parser recurses once per level. */
    static final int MAX_NESTING = 50;

    private final String soql;
    private final TokenStream in;
    private int nesting;

    private Parser(String soql) {
        this.soql = soql;
        this.in = new TokenStream(soql);
    }

    static Ast.Query parse(String soql) {
        if (soql.length() > MAX_LENGTH) {
            throw DataException.malformedQuery("SOQL statements cannot be longer than " + MAX_LENGTH + " characters");
        }
        return new Parser(soql).query();
    }

    private Ast.Query query() {
        in.expectKeyword("SELECT");
        boolean count = false;
        List<Path> fields = new ArrayList<>();
        if (in.peek().is("COUNT") && in.peek(1).kind() == Kind.LPAREN) {
            in.next();
            in.next();
            in.expect(Kind.RPAREN);
            count = true;
        } else {
            do {
                fields.add(path());
            } while (in.accept(Kind.COMMA));
        }
        in.expectKeyword("FROM");
        Token from = in.expect(Kind.IDENT);
        Condition where = in.acceptKeyword("WHERE") ? orExpression() : null;
        List<Ast.Order> orderBy = new ArrayList<>();
        if (in.acceptKeyword("ORDER")) {
            in.expectKeyword("BY");
            do {
                orderBy.add(order());
            } while (in.accept(Kind.COMMA));
        }
        Integer limit = in.acceptKeyword("LIMIT") ? integer() : null;
        int offsetPos = in.peek().pos();
        Integer offset = in.acceptKeyword("OFFSET") ? integer() : null;
        if (in.peek().kind() != Kind.EOF) {
            throw in.unexpected(in.peek());
        }
        return new Ast.Query(fields, count, from.text(), from.pos(), where, orderBy, limit, offset, offsetPos);
    }

    private Path path() {
        Token first = in.expect(Kind.IDENT);
        if (in.peek().kind() == Kind.LPAREN) {
            throw SoqlErrors.malformed(soql, first.pos(), "unexpected token: '" + first.text() + "(' (Signet supports "
                    + "no functions in the field list besides COUNT())");
        }
        List<String> segments = new ArrayList<>(List.of(first.text()));
        while (in.accept(Kind.DOT)) {
            segments.add(in.expect(Kind.IDENT).text());
        }
        return new Path(segments, first.pos());
    }

    private Ast.Order order() {
        Path path = path();
        boolean descending = in.acceptKeyword("DESC");
        if (!descending) {
            in.acceptKeyword("ASC");
        }
        boolean nullsLast = false;
        if (in.acceptKeyword("NULLS")) {
            nullsLast = in.acceptKeyword("LAST");
            if (!nullsLast) {
                in.expectKeyword("FIRST");
            }
        }
        return new Ast.Order(path, descending, nullsLast);
    }

    // A level of AND-ed or OR-ed terms; mixing them needs parentheses.
    private Condition orExpression() {
        List<Condition> terms = new ArrayList<>(List.of(term()));
        String connective = null;
        while (in.peek().is("AND") || in.peek().is("OR")) {
            Token op = in.peek();
            if (connective != null && !op.is(connective)) {
                throw in.unexpected(op);
            }
            connective = in.next().upper();
            terms.add(term());
        }
        if (connective == null) {
            return terms.get(0);
        }
        return connective.equals("AND") ? new Ast.And(terms) : new Ast.Or(terms);
    }

    private Condition term() {
        if (++nesting > MAX_NESTING) {
            throw SoqlErrors.malformed(soql, in.peek().pos(), "conditions nested more than " + MAX_NESTING
                    + " levels deep (parentheses and NOT)");
        }
        try {
            return innerTerm();
        } finally {
            nesting--;
        }
    }

    private Condition innerTerm() {
        if (in.acceptKeyword("NOT")) {
            return new Ast.Not(term());
        }
        if (in.accept(Kind.LPAREN)) {
            Condition inner = orExpression();
            in.expect(Kind.RPAREN);
            return inner;
        }
        Path path = path();
        Token op = in.peek();
        if (op.kind() == Kind.OPERATOR) {
            in.next();
            return new Ast.Compare(path, Ast.Operator.of(op.text()), literal());
        }
        if (in.acceptKeyword("LIKE")) {
            return new Ast.Like(path, literal());
        }
        boolean negated = in.acceptKeyword("NOT");
        if (in.acceptKeyword("IN")) {
            return new Ast.In(path, negated, list());
        }
        throw in.unexpected(negated ? in.previous() : op);
    }

    private List<Ast.Literal> list() {
        in.expect(Kind.LPAREN);
        if (in.peek().is("SELECT")) {
            throw SoqlErrors.malformed(soql, in.peek().pos(),
                    "unexpected token: 'SELECT' (Signet supports no semi-join subqueries)");
        }
        List<Ast.Literal> values = new ArrayList<>();
        do {
            values.add(literal());
        } while (in.accept(Kind.COMMA));
        in.expect(Kind.RPAREN);
        return values;
    }

    private Ast.Literal literal() {
        Token t = in.next();
        return switch (t.kind()) {
            case STRING -> new Ast.Text((String) t.value(), t.pos());
            case NUMBER -> new Ast.Number((BigDecimal) t.value(), t.pos());
            case DATE -> new Ast.Date((java.time.LocalDate) t.value(), t.pos());
            case DATETIME -> new Ast.DateTime((java.time.Instant) t.value(), t.pos());
            case IDENT -> word(t);
            default -> throw in.unexpected(t);
        };
    }

    private Ast.Literal word(Token t) {
        if (t.is("NULL")) {
            return new Ast.Null(t.pos());
        }
        if (t.is("TRUE") || t.is("FALSE")) {
            return new Ast.Bool(t.is("TRUE"), t.pos());
        }
        Boolean takesNumber = DateLiterals.takesNumber(t.text()).orElseThrow(() -> in.unexpected(t));
        if (!takesNumber) {
            return new Ast.RelativeDate(t.upper(), null, t.pos());
        }
        in.expect(Kind.COLON);
        return new Ast.RelativeDate(t.upper(), integer(), t.pos());
    }

    private int integer() {
        Token t = in.expect(Kind.NUMBER);
        if (!t.text().matches("\\d{1," + MAX_LIMIT_DIGITS + "}")) {
            throw in.unexpected(t);
        }
        return Integer.parseInt(t.text());
    }
}
