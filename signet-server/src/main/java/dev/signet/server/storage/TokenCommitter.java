package dev.signet.server.storage;

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
    private static final int LOGIN_ID_ATTEMPTS = 3;
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 30;

    /**
     * What one request asks to have stored, all or nothing: the token; its {@code jti} in the
     * {@code used_jti} table ({@code jtiRow}: a shared database's put-if-absent, or a long window)
     * and/or in the token's own columns ({@code jtiColumns}: an embedded database's durable copy of
     * its in-memory mark). {@code done} says whether the {@code jti} was fresh.
     */
    record Pending(NewToken token, boolean jtiRow, boolean jtiColumns, CompletableFuture<Boolean> done) {}

    private static final Pending STOP = new Pending(null, false, false, null);

    private final Jdbc jdbc;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /**
     * One writer thread. Several were tried on PostgreSQL (to send one batch while another's commit
     * flushes): the batches shrank and the rate fell by a third, so one it is.
     */
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
            TokenRows.writeBatch(jdbc, batch);
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
                TokenRows.writeAlone(jdbc, p, token);
                stats.written(1);
                p.done().complete(true);
                return;
            } catch (TokenRows.JtiTaken e) {
                p.done().complete(false);
                return;
            } catch (TokenRows.LoginIdTaken e) {
                if (attempt == LOGIN_ID_ATTEMPTS) {
                    p.done().completeExceptionally(e.getCause());
                    return;
                }
                token = token.withLogin(TokenRows.withNewId(token.login()));
            } catch (RuntimeException e) {
                p.done().completeExceptionally(e);
                return;
            }
        }
    }
}
