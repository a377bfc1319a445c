package dev.signet.server.orgfile;

import java.util.List;

/** An org file that cannot be applied: every problem found, each with its line and column. */
public final class OrgFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem: where ({@code source:line:column}) and what. */
    public record Problem(String source, int line, int column, String message) {
        @Override
        public String toString() {
            return source + ":" + line + ":" + column + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public OrgFileException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString()
                : problems.size() + " problems in the org file, nothing applied:\n  "
                        + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
