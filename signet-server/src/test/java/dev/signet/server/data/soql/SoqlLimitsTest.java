package dev.signet.server.data.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.server.data.DataException;
import org.junit.jupiter.api.Test;

/** Hostile SOQL: nesting and length are bounded, and refused as MALFORMED_QUERY, never a crash. */
class SoqlLimitsTest {
    @Test
    void parseWhenNestedToTheLimitThenAccepted() {
        String where = "(".repeat(Parser.MAX_NESTING - 1) + "Name = 'x'" + ")".repeat(Parser.MAX_NESTING - 1);

        assertThat(Parser.parse("SELECT Id FROM Account WHERE " + where).where()).isNotNull();
    }

    @Test
    void parseWhenParenthesesNestedTooDeepThenMalformedQuery() {
        String where = "(".repeat(40_000) + "Name = 'x'" + ")".repeat(40_000 - 40);

        assertThatThrownBy(() -> Parser.parse("SELECT Id FROM Account WHERE " + where))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("conditions nested more than " + Parser.MAX_NESTING + " levels deep")
                .extracting(e -> ((DataException) e).errorCode()).isEqualTo("MALFORMED_QUERY");
    }

    @Test
    void parseWhenNotChainedTooDeepThenMalformedQuery() {
        String where = "NOT ".repeat(20_000) + "Name = 'x'";

        assertThatThrownBy(() -> Parser.parse("SELECT Id FROM Account WHERE " + where))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("levels deep");
    }

    @Test
    void parseWhenLongerThanSalesforceAllowsThenMalformedQueryWithoutEcho() {
        String soql = "SELECT Id FROM Account WHERE Name = '" + "x".repeat(Parser.MAX_LENGTH) + "'";

        assertThatThrownBy(() -> Parser.parse(soql))
                .isInstanceOf(DataException.class)
                .hasMessage("SOQL statements cannot be longer than " + Parser.MAX_LENGTH + " characters");
    }

    @Test
    void likeWhenManyWildcardsOnALongValueThenAnswersWithoutBacktrackingBlowUp() {
        // as a regex ('.*a.*a….*b') this took exponential time; found by SoqlFuzzTest
        String pattern = "%a".repeat(40) + "%b";

        assertThat(Comparisons.like(pattern).test("a".repeat(255))).isFalse();
        assertThat(Comparisons.like(pattern).test("a".repeat(255) + "b")).isTrue();
    }

    @Test
    void likeWhenWildcardsEscapesAndCaseThenSalesforceSemantics() {
        assertThat(Comparisons.like("_cm_").test("ACME")).isTrue();
        assertThat(Comparisons.like("%media").test("O'Reilly MEDIA")).isTrue();
        assertThat(Comparisons.like("a\\%").test("a%")).isTrue();
        assertThat(Comparisons.like("a\\%").test("ab")).isFalse();
        assertThat(Comparisons.like("%").test("")).isTrue();
        assertThat(Comparisons.like("_").test("")).isFalse();
        assertThat(Comparisons.like("Stra\u00dfe").test("STRASSE")).isFalse();
        assertThat(Comparisons.like("\u00c4%").test("\u00e4rger")).isTrue();
    }
}
