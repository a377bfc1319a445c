package dev.signet.server.data.soql;

import java.util.Locale;

/**
 * A SOQL token: its kind, source text, decoded value (String, BigDecimal, LocalDate or Instant for
 * literals) and offset in the query, which error messages point at.
 */
record Token(Kind kind, String text, Object value, int pos) {
    enum Kind { IDENT, STRING, NUMBER, DATE, DATETIME, LPAREN, RPAREN, COMMA, DOT, COLON, OPERATOR, EOF }

    /** Whether this is the keyword (or identifier) {@code word}, case-insensitively. */
    boolean is(String word) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(word);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How Salesforce quotes a token in "unexpected token" messages. */
    String describe() {
        return kind == Kind.EOF ? "<EOF>" : "'" + text + "'";
    }
}
