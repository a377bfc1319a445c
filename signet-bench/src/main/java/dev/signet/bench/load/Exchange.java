package dev.signet.bench.load;

import java.util.Objects;

/** One request to send and the check its response must pass. */
public record Exchange(byte[] request, ResponseCheck check) {
    public Exchange {
        Objects.requireNonNull(request, "request must not be null");
        Objects.requireNonNull(check, "check must not be null");
    }
}
