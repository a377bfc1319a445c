package dev.signet.server.data.soql;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.data.DataException;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.FieldType;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.SObjectDef;
import dev.signet.server.data.soql.Ast.Condition;
import dev.signet.server.data.soql.BoundQuery.RowFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a parsed query against the catalog (fields, relationships, literal types) and compiles
 * its WHERE clause, with errors worded and positioned as Salesforce words them.
 */
record Binder(String soql, SObjectDef type, ObjectCatalog catalog, LocalDate today) {
    static final int MAX_OFFSET = 2000;
    // A literal of the wrong type for the field.
    private static final Object NONE = new Object();

    static BoundQuery bind(String soql, Ast.Query q, SObjectDef type, ObjectCatalog catalog, LocalDate today) {
        return new Binder(soql, type, catalog, today).bind(q);
    }

    private BoundQuery bind(Ast.Query q) {
        List<FieldRef> select = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Ast.Path p : q.fields()) {
            FieldRef ref = resolve(p);
            if (!seen.add(ref.display().toLowerCase(Locale.ROOT))) {
                throw SoqlErrors.at(soql, p.pos(), "DUPLICATE_FIELD", "duplicate field selected: " + ref.display());
            }
            select.add(ref);
        }
        List<BoundQuery.SortKey> order = new ArrayList<>();
        for (Ast.Order o : q.orderBy()) {
            order.add(new BoundQuery.SortKey(resolve(o.path()), o.descending(), o.nullsLast()));
        }
        if (q.offset() != null && q.offset() > MAX_OFFSET) {
            throw SoqlErrors.at(soql, q.offsetPos(), "NUMBER_OUTSIDE_VALID_RANGE",
                    "Maximum SOQL offset allowed is " + MAX_OFFSET);
        }
        RowFilter where = q.where() == null ? null : compile(q.where());
        return new BoundQuery(type, select, q.count(), where, order, q.limit(), q.offset() == null ? 0 : q.offset());
    }

    FieldRef resolve(Ast.Path path) {
        List<String> segments = path.segments();
        int first = segments.size() > 1 && segments.get(0).equalsIgnoreCase(type.name())
                && type.relationship(segments.get(0)).isEmpty() ? 1 : 0;
        SObjectDef current = type;
        List<FieldRef.Step> steps = new ArrayList<>();
        for (int i = first; i < segments.size() - 1; i++) {
            String name = segments.get(i);
            FieldDef reference = current.relationship(name).orElseThrow(() -> SoqlErrors.at(soql, path.pos(),
                    "INVALID_FIELD", "Didn't understand relationship '" + name + "' in field path. If you are "
                            + "attempting to use a custom relationship, be sure to append the '__r' after the custom "
                            + "relationship name. Please reference your WSDL or the describe call for the appropriate "
                            + "names."));
            current = catalog.require(reference.referenceTo().get(0));
            steps.add(new FieldRef.Step(reference, current));
        }
        String last = segments.get(segments.size() - 1);
        SObjectDef owner = current;
        FieldDef field = owner.field(last).orElseThrow(() -> SoqlErrors.at(soql, path.pos(), "INVALID_FIELD",
                DataException.noSuchColumnMessage(last, owner.name())));
        return new FieldRef(steps, field, owner);
    }

    private RowFilter compile(Condition c) {
        if (c instanceof Ast.And and) {
            List<RowFilter> terms = and.terms().stream().map(this::compile).toList();
            return (row, p) -> terms.stream().allMatch(t -> t.test(row, p));
        }
        if (c instanceof Ast.Or or) {
            List<RowFilter> terms = or.terms().stream().map(this::compile).toList();
            return (row, p) -> terms.stream().anyMatch(t -> t.test(row, p));
        }
        if (c instanceof Ast.Not not) {
            RowFilter inner = compile(not.term());
            return (row, p) -> !inner.test(row, p);
        }
        if (c instanceof Ast.Compare cmp) {
            return compare(cmp);
        }
        if (c instanceof Ast.In in) {
            FieldRef ref = resolve(in.path());
            List<Object> values = in.values().stream().map(v -> value(ref, v)).toList();
            return (row, p) -> {
                Object v = p.read(row, ref);
                return values.stream().anyMatch(l -> Comparisons.equal(v, l)) != in.negated();
            };
        }
        return like((Ast.Like) c);
    }

    private RowFilter compare(Ast.Compare cmp) {
        FieldRef ref = resolve(cmp.path());
        Object literal = value(ref, cmp.value());
        return switch (cmp.op()) {
            case EQ -> (row, p) -> Comparisons.equal(p.read(row, ref), literal);
            case NE -> (row, p) -> !Comparisons.equal(p.read(row, ref), literal);
            default -> {
                if (cmp.value() instanceof Ast.Null) {
                    throw SoqlErrors.at(soql, cmp.value().pos(), "INVALID_QUERY_FILTER_OPERATOR",
                            "invalid operator on null value: only = and != compare with null");
                }
                yield (row, p) -> literal != null && Comparisons.ordered(p.read(row, ref), cmp.op(), literal);
            }
        };
    }

    private RowFilter like(Ast.Like like) {
        FieldRef ref = resolve(like.path());
        FieldType t = ref.field().type();
        if (t.kind() != FieldType.Kind.TEXT || t == FieldType.ID || t == FieldType.REFERENCE) {
            throw SoqlErrors.at(soql, like.path().pos(), "INVALID_QUERY_FILTER_OPERATOR",
                    "invalid operator on " + t.soqlName() + " field: LIKE compares text fields only");
        }
        if (!(like.pattern() instanceof Ast.Text text)) {
            throw mismatch(ref, like.pattern());
        }
        Predicate<String> pattern = Comparisons.like(text.value());
        return (row, p) -> {
            Object v = p.read(row, ref);
            return v != null && pattern.test(v.toString());
        };
    }

    private Object value(FieldRef ref, Ast.Literal literal) {
        if (literal instanceof Ast.Null) {
            return null;
        }
        FieldType type = ref.field().type();
        Object value = switch (type.kind()) {
            case TEXT -> literal instanceof Ast.Text t ? text(type, t) : NONE;
            case NUMBER -> literal instanceof Ast.Number n ? n.value() : NONE;
            case BOOLEAN -> literal instanceof Ast.Bool b ? (Object) b.value() : NONE;
            case DATE -> literal instanceof Ast.Date d ? d.value() : range(literal);
            case DATETIME -> literal instanceof Ast.DateTime d ? d.value() : range(literal);
        };
        if (value == NONE) {
            throw mismatch(ref, literal);
        }
        return value;
    }

    private Object range(Ast.Literal literal) {
        if (!(literal instanceof Ast.RelativeDate r)) {
            return NONE;
        }
        try {
            return DateLiterals.resolve(r.name(), r.n(), today);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw SoqlErrors.malformed(soql, r.pos(), "date literal out of range: " + r.name() + ":" + r.n());
        }
    }

    private Object text(FieldType type, Ast.Text t) {
        String v = t.value();
        if (v.isEmpty()) {
            return null;
        }
        if (type == FieldType.ID || type == FieldType.REFERENCE) {
            if (!SalesforceId.isValid(v)) {
                throw SoqlErrors.at(soql, t.pos(), "INVALID_QUERY_FILTER_OPERATOR", "invalid ID field: " + v);
            }
            return SalesforceId.parse(v).to18();
        }
        return v;
    }

    private DataException mismatch(FieldRef ref, Ast.Literal literal) {
        boolean text = ref.field().type().kind() == FieldType.Kind.TEXT;
        return SoqlErrors.at(soql, literal.pos(), "INVALID_FIELD", "value of filter criterion for field '"
                + ref.field().name() + "' must be of type " + ref.field().type().soqlName() + " and should "
                + (text ? "" : "not ") + "be enclosed in quotes");
    }
}
