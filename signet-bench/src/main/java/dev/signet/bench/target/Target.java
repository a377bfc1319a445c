package dev.signet.bench.target;

import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A server the comparison starts on loopback, sets up, drives and stops. */
public interface Target extends AutoCloseable {
    /** E.g. {@code Signet (H2)}, {@code Keycloak 26.6.4}. */
    String name();

    /** Whether this is Signet (as opposed to a peer it is compared with). */
    boolean isSignet();

    /** Starts the server process and creates what the scenarios need (apps, users, tokens). */
    void start();

    InetSocketAddress address();

    /** How to run a scenario here, or why not. */
    Plan plan(Scenario scenario);

    ProcStatus memory();

    /** Component → version, for the report. */
    Map<String, String> versions();

    /** From launching the process to its first served request, when measured. */
    default Optional<Duration> startup() {
        return Optional.empty();
    }

    /** Anything the report should say about how this target was set up. */
    default List<String> notes() {
        return List.of();
    }

    @Override
    void close();
}
