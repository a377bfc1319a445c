package dev.signet.server.data.soql;

import dev.signet.server.data.Dates;
import dev.signet.server.data.soql.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits SOQL into tokens. Keywords are identifiers (the parser compares them case-insensitively).
 * String escapes are decoded except {@code \%} and {@code \_}, which stay escaped for LIKE.
 */
final class Lexer {
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![\\w:])");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern OPERATOR = Pattern.compile("!=|<>|<=|>=|=|<|>");

    private final String soql;
    private int pos;

    private Lexer(String soql) {
        this.soql = soql;
    }

    static List<Token> tokenize(String soql) {
        return new Lexer(soql).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < soql.length() && Character.isWhitespace(soql.charAt(pos))) {
                pos++;
            }
            if (pos >= soql.length()) {
                tokens.add(new Token(Kind.EOF, "", null, soql.length()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        char c = soql.charAt(pos);
        int start = pos;
        switch (c) {
            case '(': pos++; return new Token(Kind.LPAREN, "(", null, start);
            case ')': pos++; return new Token(Kind.RPAREN, ")", null, start);
            case ',': pos++; return new Token(Kind.COMMA, ",", null, start);
            case '.':
                if (pos + 1 >= soql.length() || !Character.isDigit(soql.charAt(pos + 1))) {
                    pos++;
                    return new Token(Kind.DOT, ".", null, start);
                }
                break;
            case ':': pos++; return new Token(Kind.COLON, ":", null, start);
            case '\'': return string();
            default: break;
        }
        Matcher m;
        if ((m = match(DATETIME)) != null) {
            return literal(Kind.DATETIME, m, Dates.parseDateTime(m.group(), true).orElseThrow(() -> bad(start)));
        }
        if ((m = match(DATE)) != null) {
            return literal(Kind.DATE, m, Dates.parseDate(m.group()).orElseThrow(() -> bad(start)));
        }
        if ((m = match(NUMBER)) != null) {
            return literal(Kind.NUMBER, m, new BigDecimal(m.group()));
        }
        if ((m = match(IDENT)) != null) {
            return literal(Kind.IDENT, m, null);
        }
        if ((m = match(OPERATOR)) != null) {
            return literal(Kind.OPERATOR, m, null);
        }
        throw SoqlErrors.malformed(soql, start, "unexpected token: '" + c + "'");
    }

    private Matcher match(Pattern p) {
        Matcher m = p.matcher(soql).region(pos, soql.length());
        return m.lookingAt() ? m : null;
    }

    private Token literal(Kind kind, Matcher m, Object value) {
        int start = pos;
        pos = m.end();
        return new Token(kind, m.group(), value, start);
    }

    private RuntimeException bad(int start) {
        return SoqlErrors.malformed(soql, start, "invalid date or dateTime literal");
    }

    private Token string() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < soql.length()) {
            char c = soql.charAt(pos++);
            if (c == '\'') {
                return new Token(Kind.STRING, soql.substring(start, pos), value.toString(), start);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (pos >= soql.length()) {
                break;
            }
            char e = soql.charAt(pos++);
            switch (e) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case '\'', '"', '\\' -> value.append(e);
                case '%', '_' -> value.append('\\').append(e);
                case 'u' -> value.append(unicode(start));
                default -> throw SoqlErrors.malformed(soql, pos - 2,
                        "Invalid string literal '" + soql.substring(start, Math.min(soql.length(), pos)) + "'. Illegal "
                                + "character sequence '\\" + e + "' in string literal.");
            }
        }
        throw SoqlErrors.malformed(soql, start, "unexpected token: unterminated string literal");
    }

    private char unicode(int start) {
        if (pos + 4 > soql.length() || !soql.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
            throw SoqlErrors.malformed(soql, start, "Invalid string literal: bad \\u escape");
        }
        char c = (char) Integer.parseInt(soql.substring(pos, pos + 4), 16);
        pos += 4;
        return c;
    }
}
