package dev.signet.server.http;

/**
 * Told of every answered request, after its answer: for request metrics. The route is the
 * matched path template ({@code /services/data/{version}/query}), never the request's own path,
 * so its values are few; a request no route took has the route {@code unmatched}.
 */
@FunctionalInterface
public interface RequestObserver {
    /** Observes nothing. */
    RequestObserver NONE = (family, method, route, status, millis) -> {};

    /**
     * @param family the endpoint family of {@link Paths#metricsFamily(String)}
     * @param millis time from the request's arrival to its answer
     */
    void answered(String family, String method, String route, int status, double millis);
}
