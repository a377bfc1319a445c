package dev.signet.server.orgfile;

import java.nio.file.Path;
import java.util.List;

/**
 * The org as code, the package's entry point: applying an org file ({@link OrgSync}) and writing
 * the org as one ({@link OrgExport}); {@link #applyAtStart} is {@code signet server --org FILE}.
 */
public record OrgFiles(OrgSync sync, OrgExport export) {
    /** Reads the file (all problems, with line and column, before anything changes) and applies it. */
    public List<OrgChange> applyAtStart(Path file) {
        return sync.apply(OrgSpecReader.read(file), false);
    }
}
