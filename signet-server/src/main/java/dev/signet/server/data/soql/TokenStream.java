package dev.signet.server.data.soql;

import dev.signet.server.data.soql.Token.Kind;
import java.util.List;
import java.util.Set;

/** The parser's cursor over the tokens: look ahead, accept or expect, and report what was unexpected. */
final class TokenStream {
    private static final Set<String> UNSUPPORTED = Set.of("GROUP", "HAVING", "TYPEOF", "WITH", "FOR", "USING",
            "INCLUDES", "EXCLUDES", "FIELDS");

    private final String soql;
    private final List<Token> tokens;
    private int index;

    TokenStream(String soql) {
        this.soql = soql;
        this.tokens = Lexer.tokenize(soql);
    }

    String soql() {
        return soql;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token previous() {
        return tokens.get(index - 1);
    }

    Token next() {
        Token t = peek();
        if (t.kind() != Kind.EOF) {
            index++;
        }
        return t;
    }

    boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String word) {
        if (peek().is(word)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(Kind kind) {
        if (peek().kind() != kind) {
            throw unexpected(peek());
        }
        return next();
    }

    void expectKeyword(String word) {
        if (!acceptKeyword(word)) {
            throw unexpected(peek());
        }
    }

    /** "unexpected token", saying so when the token starts a construct Signet does not support. */
    RuntimeException unexpected(Token t) {
        if (t.kind() == Kind.IDENT && UNSUPPORTED.contains(t.upper())) {
            return SoqlErrors.malformed(soql, t.pos(), "unexpected token: " + t.describe() + " (Signet does not "
                    + "support " + t.upper() + " in SOQL)");
        }
        return SoqlErrors.unexpected(soql, t);
    }
}
