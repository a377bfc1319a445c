package dev.signet.server.assertion;

import java.util.Optional;

/** Finds the issuer named by an assertion's {@code iss}; empty when there is none. */
@FunctionalInterface
public interface IssuerLookup<T> {
    Optional<Issuer<T>> find(String iss);
}
