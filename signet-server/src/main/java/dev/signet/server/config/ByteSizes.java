package dev.signet.server.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them in config: {@code 32MiB}, {@code 512KB}, {@code 1GiB} or plain bytes; units are binary. */
public final class ByteSizes {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,15})\\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?");
    private static final long KIB = 1024;

    private ByteSizes() {}

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is accepted. */
    public static long parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 32MiB, 512KiB, 1GiB or plain bytes");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long size;
        try {
            size = Math.multiplyExact(amount, switch (unit.charAt(0)) {
                case 'k' -> KIB;
                case 'm' -> KIB * KIB;
                case 'g' -> KIB * KIB * KIB;
                default -> 1L;
            });
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("size too large");
        }
        if (size == 0) {
            throw new IllegalArgumentException("expected a size above 0");
        }
        return size;
    }

    /** The shortest form {@link #parse} reads back to the same size. */
    public static String format(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        long[] sizes = {KIB * KIB * KIB, KIB * KIB, KIB};
        for (int i = 0; i < units.length; i++) {
            if (bytes != 0 && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + units[i];
            }
        }
        return String.valueOf(bytes);
    }
}
