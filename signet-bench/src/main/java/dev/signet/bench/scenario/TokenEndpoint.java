package dev.signet.bench.scenario;

import dev.signet.bench.load.Exchange;
import dev.signet.bench.load.HttpRequests;
import dev.signet.bench.load.ResponseCheck;
import dev.signet.bench.load.Workload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A token endpoint taking the JWT bearer grant (RFC 7523 §2.1): turns assertions into encoded
 * requests, and pools of assertions into workloads.
 *
 * @param host the {@code Host} header
 * @param path e.g. {@code /services/oauth2/token}
 * @param extraForm more form parameters, already encoded and starting with {@code &}, or ""
 * @param check what a successful response looks like
 */
public record TokenEndpoint(String host, String path, String extraForm, ResponseCheck check) {
    public static final String GRANT = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer";

    public Exchange exchange(String assertion) {
        byte[] body = (GRANT + "&assertion=" + assertion + extraForm).getBytes(StandardCharsets.US_ASCII);
        return new Exchange(HttpRequests.post(host, path, HttpRequests.FORM, body, Map.of()), check);
    }

    /** The same assertion every time: for warm-ups where the target allows replays. */
    public Workload replaying(String assertion) {
        return Workload.repeating(exchange(assertion));
    }

    /** Assertions from a source (null when it is dry), each sent once. */
    public Workload drawing(Supplier<String> assertions) {
        return () -> {
            String assertion = assertions.get();
            return assertion == null ? null : exchange(assertion);
        };
    }

    /** Each assertion once, then null; with {@code cycle}, round and round (targets that keep no jti). */
    public Workload pool(List<String> assertions, boolean cycle) {
        if (assertions.isEmpty()) {
            throw new IllegalArgumentException("an assertion pool must not be empty");
        }
        List<String> copy = List.copyOf(assertions);
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement();
            if (i >= copy.size() && !cycle) {
                return null;
            }
            return exchange(copy.get(Math.floorMod(i, copy.size())));
        };
    }
}
