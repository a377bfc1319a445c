package dev.signet.bench.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The machine a comparison ran on, for the report's header. */
public record Machine(String cpu, int cores, long memoryMb, String os, String jdk, double loadAverage) {
    public static Machine describe() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse(System.getProperty("os.arch"));
    }

    private static long totalMemoryMb() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:")
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
    }

    private static Optional<String> procLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
