package dev.signet.server.data.soql;

import dev.signet.server.data.DataException;

/**
 * Error messages in Salesforce's SOQL form: the offending line, a caret under the position, then
 * {@code ERROR at Row:r:Column:c} and the reason.
 */
final class SoqlErrors {
    private SoqlErrors() {}

    static DataException malformed(String soql, int pos, String reason) {
        return at(soql, pos, "MALFORMED_QUERY", reason);
    }

    static DataException unexpected(String soql, Token token) {
        return malformed(soql, token.pos(), "unexpected token: " + token.describe());
    }

    static DataException at(String soql, int pos, String errorCode, String reason) {
        return new DataException(400, errorCode, locate(soql, pos) + reason);
    }

    static String locate(String soql, int pos) {
        int p = Math.max(0, Math.min(pos, soql.length()));
        int lineStart = soql.lastIndexOf('\n', p - 1) + 1;
        int lineEnd = soql.indexOf('\n', p);
        String line = soql.substring(lineStart, lineEnd < 0 ? soql.length() : lineEnd);
        int row = 1;
        for (int i = 0; i < lineStart; i++) {
            row += soql.charAt(i) == '\n' ? 1 : 0;
        }
        int column = p - lineStart + 1;
        return "\n" + line + "\n" + " ".repeat(column - 1) + "^\nERROR at Row:" + row + ":Column:" + column + "\n";
    }
}
