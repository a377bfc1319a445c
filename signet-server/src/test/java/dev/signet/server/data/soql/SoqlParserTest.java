package dev.signet.server.data.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.server.data.DataException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SOQL lexer and parser on their own: what parses into what, and where errors point. */
class SoqlParserTest {
    @Test
    void parseWhenFullQueryThenEveryClause() {
        Ast.Query q = Parser.parse("select Id, Account.Owner.Name from Contact where Name != 'x' "
                + "order by Account.Name desc nulls last, Id limit 10 offset 5");
        assertThat(q.fields()).extracting(Ast.Path::text).containsExactly("Id", "Account.Owner.Name");
        assertThat(q.from()).isEqualTo("Contact");
        assertThat(q.where()).isEqualTo(new Ast.Compare(new Ast.Path(List.of("Name"), 49), Ast.Operator.NE,
                new Ast.Text("x", 57)));
        assertThat(q.orderBy()).extracting(o -> o.path().text() + " " + o.descending() + " " + o.nullsLast())
                .containsExactly("Account.Name true true", "Id false false");
        assertThat(q.limit()).isEqualTo(10);
        assertThat(q.offset()).isEqualTo(5);
        assertThat(q.count()).isFalse();
    }

    @Test
    void parseWhenCountThenCountQuery() {
        Ast.Query q = Parser.parse("SELECT COUNT() FROM Account");
        assertThat(q.count()).isTrue();
        assertThat(q.fields()).isEmpty();
    }

    @Test
    void parseWhenLiteralsThenTypedValues() {
        Ast.In in = (Ast.In) Parser.parse("SELECT Id FROM X WHERE F NOT IN ('a\\'b\\n', -1.5, 2024-01-31, "
                + "2024-01-31T10:00:00Z, 2024-01-31T10:00:00.5-02:00, true, NULL, TODAY, LAST_N_DAYS:7)").where();
        assertThat(in.negated()).isTrue();
        assertThat(in.values()).extracting(Object::getClass).containsExactly(Ast.Text.class, Ast.Number.class,
                Ast.Date.class, Ast.DateTime.class, Ast.DateTime.class, Ast.Bool.class, Ast.Null.class,
                Ast.RelativeDate.class, Ast.RelativeDate.class);
        assertThat(((Ast.Text) in.values().get(0)).value()).isEqualTo("a'b\n");
        assertThat(((Ast.Number) in.values().get(1)).value()).isEqualTo(new BigDecimal("-1.5"));
        assertThat(((Ast.Date) in.values().get(2)).value()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(((Ast.DateTime) in.values().get(4)).value()).isEqualTo(Instant.parse("2024-01-31T12:00:00.5Z"));
        assertThat(((Ast.RelativeDate) in.values().get(8)).n()).isEqualTo(7);
    }

    @Test
    void parseWhenLikeEscapesThenKeptForLike() {
        Ast.Like like = (Ast.Like) Parser.parse("SELECT Id FROM X WHERE Name LIKE '50\\%\\_%'").where();
        assertThat(((Ast.Text) like.pattern()).value()).isEqualTo("50\\%\\_%");
        assertThat(Comparisons.like("50\\%\\_%").test("50%_ off")).isTrue();
        assertThat(Comparisons.like("50\\%\\_%").test("500 off")).isFalse();
    }

    @Test
    void parseWhenNestedConditionsThenTree() {
        Ast.Condition c = Parser.parse("SELECT Id FROM X WHERE NOT (A = 1 OR B = 2) AND (C = 3)").where();
        assertThat(c).isInstanceOf(Ast.And.class);
        Ast.And and = (Ast.And) c;
        assertThat(and.terms().get(0)).isInstanceOf(Ast.Not.class);
        assertThat(((Ast.Not) and.terms().get(0)).term()).isInstanceOf(Ast.Or.class);
        assertThat(and.terms().get(1)).isInstanceOf(Ast.Compare.class);
    }

    @Test
    void parseWhenErrorThenCaretRowAndColumn() {
        assertThatThrownBy(() -> Parser.parse("SELECT Id\nFROM Account\nWHERE Name = = 'x'"))
                .isInstanceOfSatisfying(DataException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("\nWHERE Name = = 'x'\n             ^\n"
                            + "ERROR at Row:3:Column:14\nunexpected token: '='");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SELECT", "SELECT FROM Account", "SELECT Id Account", "SELECT Id FROM",
        "SELECT Id FROM Account WHERE", "SELECT Id FROM Account WHERE Name", "SELECT Id FROM Account WHERE Name = ",
        "SELECT Id FROM Account WHERE A = 1 AND B = 2 OR C = 3", "SELECT Id FROM Account LIMIT x",
        "SELECT Id FROM Account LIMIT -1", "SELECT Id FROM Account ORDER Name", "SELECT Id FROM Account extra",
        "SELECT Id FROM Account WHERE Name = 'open", "SELECT Id FROM Account WHERE Name = 'bad \\q'",
        "SELECT Id FROM Account WHERE Name IN (SELECT Id FROM Contact)", "SELECT COUNT(Id) FROM Account",
        "SELECT Id FROM Account GROUP BY Id", "SELECT Id FROM Account WHERE D = LAST_N_DAYS",
        "SELECT Id FROM Account WHERE D = SOMEDAY", "SELECT Id FROM Account WHERE Name = :bind",
        "SELECT Id FROM Account WHERE Name # 'x'", "SELECT Id, FROM Account", "SELECT Id FROM Account WHERE NOT"})
    void parseWhenMalformedThenMalformedQuery(String soql) {
        assertThatThrownBy(() -> Parser.parse(soql)).isInstanceOfSatisfying(DataException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY"));
    }

    @Test
    void parseWhenUnsupportedKeywordThenMessageSaysSo() {
        assertThatThrownBy(() -> Parser.parse("SELECT Id FROM Account GROUP BY Id"))
                .hasMessageEndingWith("unexpected token: 'GROUP' (Signet does not support GROUP in SOQL)");
    }
}
