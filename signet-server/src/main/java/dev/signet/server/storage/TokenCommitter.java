package dev.signet.server.storage;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.LoginEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for issued tokens: the token records ({@code jti} mark and Login History entry
 * included) of concurrent requests are written by one thread, many to a transaction, and each
 * request waits until its record is committed. One writer means one commit for many tokens and no
 * contention between writers inside the database. Every key written is time-ordered, so a commit
 * appends at the end of each index. A batch that fails (a replayed {@code jti}, say) is retried one
 * record per transaction, so each request gets exactly its own outcome.
 */
final class TokenCommitter implements AutoCloseable {
    static final String INSERT_JTI = "insert into used_jti (app_id, jti, expires_at) values (?, ?, ?)";
    private static final String INSERT_TOKEN = "insert into access_token (id, token_hash, org_id, user_id, app_id, "
            + "scopes, issued_at, expires_at, jti, jti_expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int LOGIN_ID_ATTEMPTS = 3;
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 30;

    /**
     * What one request asks to have stored, all or nothing: the token; its {@code jti} in the
     * {@code used_jti} table ({@code jtiRow}: a shared database's put-if-absent, or a long window)
     * and/or in the token's own columns ({@code jtiColumns}: an embedded database's durable copy of
     * its in-memory mark). {@code done} says whether the {@code jti} was fresh.
     */
    record Pending(NewToken token, boolean jtiRow, boolean jtiColumns, CompletableFuture<Boolean> done) {
        AccessTokenInfo info() {
            return token.info();
        }
    }

    private static final Pending STOP = new Pending(null, false, false, null);

    /** A Login History id another node made in the same millisecond: retried with a new one. */
    private static final class LoginIdTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoginIdTaken(StorageException cause) {
            super(cause);
        }
    }

    /** The {@code jti} row's put-if-absent failed: the assertion was used before. */
    private static final class JtiTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JtiTaken(StorageException cause) {
            super(cause);
        }
    }

    private final Jdbc jdbc;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread thread;
    private volatile boolean closed;
    private final WriterStats stats =
            new WriterStats("token-committer", queue::size, () -> !closed && (thread == null || thread.isAlive()));

    TokenCommitter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the record; the future completes once it is committed: true, or false when the
     * {@code jti} row found the assertion used (nothing was stored).
     */
    CompletableFuture<Boolean> submit(NewToken token, boolean jtiRow, boolean jtiColumns) {
        Pending pending = new Pending(token, jtiRow, jtiColumns, new CompletableFuture<>());
        if (closed) {
            writeOne(pending); // shutting down: no writer thread to hand it to
        } else {
            if (thread == null) {
                start();
            }
            queue.add(pending);
            if (closed) {
                drain(); // close() ran meanwhile and may have missed it
            }
        }
        return pending.done();
    }

    WriterStats stats() {
        return stats;
    }

    /** Writes what is queued and stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        Thread running = thread;
        if (running != null) {
            // No interrupt: an interrupted thread inside H2's file I/O closes the database.
            queue.add(STOP);
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }

    private synchronized void start() {
        if (thread == null && !closed) {
            Thread t = new Thread(this::run, "token-committer");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    private void run() {
        while (!closed) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null && first != STOP) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    if (batch.remove(STOP)) {
                        queue.add(STOP);
                    }
                    write(batch);
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | Error e) {
                // write() completes every request it takes; this keeps the thread alive regardless.
            }
        }
    }

    private void drain() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.remove(STOP);
        rest.forEach(this::writeOne);
    }

    private void write(List<Pending> batch) {
        if (batch.size() == 1) {
            writeOne(batch.get(0));
            return;
        }
        try {
            jdbc.inTransaction(tx -> {
                List<Object[]> jtis = new ArrayList<>();
                List<Object[]> tokens = new ArrayList<>();
                List<Object[]> logins = new ArrayList<>();
                for (Pending p : batch) {
                    if (p.jtiRow()) {
                        jtis.add(jtiRow(p.token()));
                    }
                    tokens.add(tokenRow(p));
                    if (p.token().login() != null) {
                        logins.add(LoginHistoryRepository.row(p.token().login()));
                    }
                }
                if (!jtis.isEmpty()) {
                    tx.batch(INSERT_JTI, jtis);
                }
                tx.batch(INSERT_TOKEN, tokens);
                if (!logins.isEmpty()) {
                    tx.batch(LoginHistoryRepository.INSERT, logins);
                }
                return null;
            });
        } catch (RuntimeException e) {
            batch.forEach(this::writeOne); // find out which record failed, and why
            return;
        }
        stats.written(batch.size());
        batch.forEach(p -> p.done().complete(true));
    }

    private void writeOne(Pending p) {
        NewToken token = p.token();
        for (int attempt = 1; ; attempt++) {
            try {
                writeAlone(p, token);
                stats.written(1);
                p.done().complete(true);
                return;
            } catch (JtiTaken e) {
                p.done().complete(false);
                return;
            } catch (LoginIdTaken e) {
                if (attempt == LOGIN_ID_ATTEMPTS) {
                    p.done().completeExceptionally(e.getCause());
                    return;
                }
                token = token.withLogin(withNewId(token.login()));
            } catch (RuntimeException e) {
                p.done().completeExceptionally(e);
                return;
            }
        }
    }

    private void writeAlone(Pending p, NewToken token) {
        jdbc.inTransaction(tx -> {
            if (p.jtiRow()) {
                try {
                    tx.update(INSERT_JTI, jtiRow(token));
                } catch (StorageException e) {
                    throw e.isUniqueViolation() ? new JtiTaken(e) : e;
                }
            }
            tx.update(INSERT_TOKEN, tokenRow(new Pending(token, p.jtiRow(), p.jtiColumns(), p.done())));
            if (token.login() != null) {
                try {
                    tx.update(LoginHistoryRepository.INSERT, LoginHistoryRepository.row(token.login()));
                } catch (StorageException e) {
                    throw e.isUniqueViolation() ? new LoginIdTaken(e) : e;
                }
            }
            return null;
        });
    }

    private static LoginEvent withNewId(LoginEvent e) {
        return new LoginEvent(SalesforceId.timeOrdered(SalesforceId.LOGIN_HISTORY_PREFIX, e.time()).to18(), e.time(),
                e.orgId(), e.userId(), e.username(), e.appId(), e.appName(), e.sourceIp(), e.loginType(), e.status(),
                e.reason(), e.loginUrl(), e.userAgent(), e.loginSubType());
    }

    private static Object[] jtiRow(NewToken t) {
        return new Object[] {t.info().appId(), t.jti(), t.jtiExpiresAt()};
    }

    private static Object[] tokenRow(Pending p) {
        NewToken t = p.token();
        AccessTokenInfo info = t.info();
        boolean columns = p.jtiColumns() && t.jti() != null;
        return new Object[] {t.id().bytes(), t.digest(), info.orgId(), info.userId(), info.appId(),
            String.join(" ", info.scopes()), info.issuedAt(), info.expiresAt(), columns ? t.jti() : null,
            columns ? t.jtiExpiresAt() : null};
    }
}
