package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' databases on one PostgreSQL database: a tracked write on one moves the other's
 * generation on; when the listening connection is killed the node caches nothing until it has
 * listened again, and then hears changes as before.
 */
class ChangeListenerTest {
    // An upper bound for a hang, not a timing check.
    private static final Duration WAIT = Duration.ofSeconds(20);

    private String url;
    private Database first;
    private Database second;

    @BeforeEach
    void open() {
        url = PostgresDatabases.create();
        first = Database.open(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD, Duration.ofSeconds(60));
        second = Database.open(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        PostgresDatabases.drop(url);
    }

    @Test
    void writeWhenCommittedOnOneNodeThenTheOtherDropsItsCache() {
        assertThat(first.changes().listening()).isTrue();
        long before = first.changes().generation();

        second.jdbc().update("update org set name = name");

        await(() -> first.changes().generation() > before);
    }

    @Test
    void listenerWhenItsConnectionIsKilledThenCachesNothingUntilItListensAgainAndHearsChangesAfter() throws Exception {
        long before = first.changes().generation();
        try (Connection admin = DriverManager.getConnection(url, PostgresDatabases.USER, PostgresDatabases.PASSWORD);
                Statement s = admin.createStatement()) {
            s.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity where application_name = "
                    + "'signet listener " + first.changes().nodeId().substring(0, 8) + "'").close();
        }
        await(() -> first.changes().generation() > before); // dropped at once when the loss is seen
        await(() -> first.changes().listening());
        long reconnected = first.changes().generation();

        second.jdbc().update("update org set name = name");

        await(() -> first.changes().generation() > reconnected);
    }

    @Test
    void writeWhenRolledBackThenNoOtherNodeHearsOfIt() throws Exception {
        long before = second.changes().generation();
        try {
            first.jdbc().inTransaction(tx -> {
                tx.update("update org set name = name");
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // rolled back: the notification goes with it
        }
        first.jdbc().untracked().update("update org set name = name"); // committed, but tells no one
        second.jdbc().update("update org set name = name"); // its own write: seen once, locally
        Thread.sleep(500);
        assertThat(second.changes().generation()).isEqualTo(before + 1);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", WAIT).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
