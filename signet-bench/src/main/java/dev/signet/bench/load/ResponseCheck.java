package dev.signet.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decides whether one response is a success. Every response of a run is checked: a run with any
 * failed check is reported as failed, however fast it was.
 */
@FunctionalInterface
public interface ResponseCheck {
    /** Null when the response is what the scenario expects, else a short reason ("status 400"). */
    String problem(HttpResponseView response);

    /** Status must equal {@code expected}. */
    static ResponseCheck status(int expected) {
        return r -> r.status() == expected ? null : "status " + r.status() + snippet(r);
    }

    /** Status must equal {@code expected} and the body must contain {@code marker}. */
    static ResponseCheck statusAndBody(int expected, String marker) {
        Objects.requireNonNull(marker, "marker must not be null");
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        ResponseCheck status = status(expected);
        return r -> {
            String problem = status.problem(r);
            if (problem != null) {
                return problem;
            }
            return r.bodyContains(needle) ? null : "body lacks " + marker + snippet(r);
        };
    }

    private static String snippet(HttpResponseView r) {
        String body = r.bodyText(80).replaceAll("\\s+", " ").trim();
        return body.isEmpty() ? "" : ": " + body;
    }
}
