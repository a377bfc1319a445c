package dev.signet.server;

import dev.signet.server.orgfile.OrgChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code --org FILE} did at start, in one log line (and each change at debug). */
final class OrgFileLog {
    private static final Logger LOG = LoggerFactory.getLogger(OrgFileLog.class);

    private OrgFileLog() {}

    static void applied(Path file, List<OrgChange> changes) {
        Map<OrgChange.Action, Integer> counts = new TreeMap<>();
        changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
        LOG.info("org file {} applied: {}", file, counts.isEmpty() ? "nothing declared" : counts);
        changes.forEach(c -> LOG.debug("org file: {}", c));
    }
}
