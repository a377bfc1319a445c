package dev.signet.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one {@code ## } section of BENCHMARKS.md (from its heading to the next level-2 heading),
 * leaving every other section as it was; creates the file with a short intro if absent.
 */
public final class BenchmarksFile {
    static final String INTRO = "# Benchmarks\n\nMeasured performance of Signet. Each section is written by its "
            + "own harness; rerun the command named in a section to refresh it.\n\n";

    private BenchmarksFile() {}

    public static void writeSection(Path file, String heading, String section) {
        try {
            String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : INTRO;
            Files.writeString(file, replaceSection(current, heading, section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }

    /** {@code document} with the section under {@code heading} replaced by {@code section} (or appended). */
    public static String replaceSection(String document, String heading, String section) {
        String body = section.endsWith("\n") ? section : section + "\n";
        int start = headingAt(document, heading);
        if (start < 0) {
            String base = document.isEmpty() || document.endsWith("\n\n") ? document
                    : document.endsWith("\n") ? document + "\n" : document + "\n\n";
            return base + body;
        }
        int end = nextLevel2(document, start + heading.length());
        String rest = end < 0 ? "" : document.substring(end);
        return document.substring(0, start) + body + (rest.isEmpty() ? "" : "\n" + rest);
    }

    private static int headingAt(String document, String heading) {
        for (int at = document.indexOf(heading); at >= 0; at = document.indexOf(heading, at + 1)) {
            boolean lineStart = at == 0 || document.charAt(at - 1) == '\n';
            int after = at + heading.length();
            boolean lineEnd = after == document.length() || document.charAt(after) == '\n'
                    || document.charAt(after) == '\r';
            if (lineStart && lineEnd) {
                return at;
            }
        }
        return -1;
    }

    private static int nextLevel2(String document, int from) {
        int at = document.indexOf("\n## ", from);
        return at < 0 ? -1 : at + 1;
    }
}
