package dev.signet.bench.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory from {@code /proc/PID/status}: {@code VmRSS} now and {@code VmHWM}
 * (the peak). Zero when the file cannot be read (not Linux, or the process is gone).
 */
public record ProcStatus(long rssKb, long peakRssKb) {
    public static ProcStatus read(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            return new ProcStatus(field(status, "VmRSS:"), field(status, "VmHWM:"));
        } catch (IOException e) {
            return new ProcStatus(0, 0);
        }
    }

    /** The kB value of a {@code Name:   1234 kB} line, or 0. */
    static long field(String status, String name) {
        int at = status.indexOf(name);
        if (at < 0) {
            return 0;
        }
        int end = status.indexOf('\n', at);
        String value = status.substring(at + name.length(), end < 0 ? status.length() : end).replace("kB", "").trim();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    public double rssMb() {
        return rssKb / 1024.0;
    }

    public double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
