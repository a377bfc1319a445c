package dev.signet.bench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of the server under load: leaf ("self") methods, Signet methods
 * on the stack ("inclusive"), areas (H2, crypto, Jetty, …), where threads wait, GC and allocation.
 */
public final class JfrHotspots {
    private final Tally self = new Tally();
    private final Tally signetInclusive = new Tally();
    private final Tally storage = new Tally();
    private final Tally markers = new Tally();
    private final Tally areaSelf = new Tally();
    private final Tally areaInclusive = new Tally();
    private final Tally waits = new Tally();
    private final Tally allocations = new Tally();
    private long samples;
    private double waitMillis;
    private double allocatedBytes;
    private long gcCount;
    private double gcPauseMillis;

    public static String report(Path recording, int top) {
        return report(recording, top, Instant.MIN, Instant.MAX);
    }

    /** Only events that start within {@code [from, to]}: e.g. one scenario's measured run. */
    public static String report(Path recording, int top, Instant from, Instant to) {
        JfrHotspots h = new JfrHotspots();
        try {
            for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
                if (!e.getStartTime().isBefore(from) && !e.getStartTime().isAfter(to)) {
                    h.accept(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + recording, e);
        }
        return h.render(top);
    }

    private void accept(RecordedEvent e) {
        switch (e.getEventType().getName()) {
            case "jdk.ExecutionSample" -> sample(e.getStackTrace());
            case "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait" -> waited(e);
            case "jdk.ObjectAllocationSample" -> allocated(e);
            case "jdk.GarbageCollection" -> {
                gcCount++;
                gcPauseMillis += e.getDouble("sumOfPauses") / 1e6;
            }
            default -> { }
        }
    }

    private void sample(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samples++;
        List<RecordedFrame> frames = stack.getFrames();
        String leafClass = frames.get(0).getMethod().getType().getName();
        self.add(name(frames.get(0)), 1);
        areaSelf.add(Areas.of(leafClass), 1);
        Set<String> seenMethods = new HashSet<>();
        Set<String> seenAreas = new HashSet<>();
        Set<String> seenMarkers = new HashSet<>();
        for (RecordedFrame f : frames) {
            String className = f.getMethod().getType().getName();
            if (isLambda(className)) {
                continue;
            }
            String qualified = className + "." + f.getMethod().getName();
            Markers.FRAMES.forEach((marker, prefix) -> {
                if (qualified.startsWith(prefix) && seenMarkers.add(marker)) {
                    markers.add(marker, 1);
                }
            });
            if (className.startsWith("dev.signet.") && seenMethods.add(name(f))) {
                signetInclusive.add(name(f), 1);
                if (className.contains(".storage.") && !className.endsWith(".Jdbc") || className.endsWith("Recorder")) {
                    storage.add(name(f), 1);
                }
            }
            if (seenAreas.add(Areas.of(className))) {
                areaInclusive.add(Areas.of(className), 1);
            }
        }
    }

    private void waited(RecordedEvent e) {
        double ms = e.getDuration().toNanos() / 1e6;
        waitMillis += ms;
        waits.add(e.getEventType().getName().replace("jdk.", "") + " in " + firstSignetFrame(e.getStackTrace()), ms);
    }

    private void allocated(RecordedEvent e) {
        double weight = e.getLong("weight");
        allocatedBytes += weight;
        allocations.add(e.getClass("objectClass").getName() + " from " + firstSignetFrame(e.getStackTrace()), weight);
    }

    private static String firstSignetFrame(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        return stack.getFrames().stream().filter(f -> f.getMethod().getType().getName().startsWith("dev.signet.")
                && !isLambda(f.getMethod().getType().getName()))
                .findFirst().map(JfrHotspots::name).orElse("(no Signet frame)");
    }

    // Lambda and other hidden classes ("Jdbc$$Lambda/0x…"): their enclosing method is on the stack too.
    private static boolean isLambda(String className) {
        return className.contains("$$Lambda") || className.contains("/0x");
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private String render(int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples%n", samples));
        out.append("Areas by leaf frame (where the CPU is):\n").append(areaSelf.render(12, samples, ""));
        out.append("Areas anywhere on the stack (inclusive):\n").append(areaInclusive.render(12, samples, ""));
        out.append("Known costs (inclusive):\n").append(markers.render(Markers.FRAMES.size(), samples, ""));
        out.append("Top leaf methods (self):\n").append(self.render(top, samples, ""));
        out.append("Top Signet methods (inclusive):\n").append(signetInclusive.render(top, samples, ""));
        out.append("Storage calls (inclusive, storage package and recorders):\n").append(storage.render(top, samples, ""));
        out.append(String.format(Locale.ROOT, "Waiting (park/monitor, %.0f ms recorded over threshold):%n", waitMillis))
                .append(waits.render(8, waitMillis, "ms"));
        out.append(String.format(Locale.ROOT, "Allocation samples (%.0f MB sampled weight):%n", allocatedBytes / 1e6))
                .append(allocations.render(8, allocatedBytes, ""));
        out.append(String.format(Locale.ROOT, "GC: %d collections, %.0f ms total pause%n", gcCount, gcPauseMillis));
        return out.toString();
    }
}
