package dev.signet.server.retention;

import dev.signet.server.storage.RetentionRepository.Kind;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link Retention#purge} on this node every {@code retention.interval} (first after one
 * interval, so a start stays quick). Several nodes may run it at once. A failed run is logged and
 * the next one tries again.
 */
public final class RetentionJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;
    private final ScheduledExecutorService scheduler;

    private RetentionJob(Retention retention) {
        this.retention = retention;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the job, or returns one that does nothing when the interval is zero. */
    public static RetentionJob start(Retention retention) {
        RetentionJob job = new RetentionJob(retention);
        long millis = retention.config().interval().toMillis();
        if (millis > 0) {
            job.scheduler.scheduleWithFixedDelay(job::runOnce, millis, millis, TimeUnit.MILLISECONDS);
        }
        return job;
    }

    private void runOnce() {
        try {
            Map<Kind, Long> deleted = retention.purge();
            long total = deleted.values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                LOG.info("retention: deleted {}", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("retention run failed; the next run tries again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
