package dev.signet.server.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on its own PostgreSQL connection for the change notifications other nodes send
 * ({@link DirectoryChanges}) and moves this node's generation on when one arrives. If the
 * connection drops, the node caches nothing until it listens again (then drops what it had, since
 * notifications may have been missed meanwhile), and it reconnects with a short back-off.
 */
final class ChangeListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private final String url;
    private final Properties credentials;
    private final DirectoryChanges changes;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeListener(String url, String user, String password, DirectoryChanges changes) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        // Named, so an operator sees it in pg_stat_activity: one long-lived connection per node.
        credentials.setProperty("ApplicationName", "signet listener " + changes.nodeId().substring(0, 8));
        this.changes = changes;
        this.thread = new Thread(this::run, "directory-change-listener");
        thread.setDaemon(true);
    }

    /** Starts listening; returns once the first subscription is in place (or failed, then it retries). */
    ChangeListener start() {
        subscribe();
        thread.start();
        return this;
    }

    private void run() {
        long backoff = 100;
        while (!closed) {
            try {
                if (connection == null && !subscribe()) {
                    Thread.sleep(backoff);
                    backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
                    continue;
                }
                backoff = 100;
                receive();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean subscribe() {
        try {
            Connection c = DriverManager.getConnection(url, credentials);
            try (Statement s = c.createStatement()) {
                s.execute("listen " + DirectoryChanges.CHANNEL);
            }
            connection = c;
            changes.listening(true);
            return true;
        } catch (SQLException e) {
            LOG.warn("cannot listen for changes made by other nodes ({}); caching nothing until it can",
                    e.getSQLState());
            return false;
        }
    }

    private void receive() {
        Connection c = connection;
        try {
            PGNotification[] received = c.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
            if (received != null) {
                for (PGNotification n : received) {
                    if (!changes.nodeId().equals(n.getParameter())) {
                        changes.changed();
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            if (!closed) {
                LOG.warn("lost the connection that listens for other nodes' changes ({}); caching nothing until "
                        + "it is back", e.getSQLState());
            }
            changes.listening(false);
            closeQuietly(c);
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection c = connection;
        if (c != null) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to do
        }
    }
}
