package dev.signet.server.login;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An inclusive range of IPv4 or IPv6 addresses. Only address literals are parsed: a host name is
 * refused, never resolved. IPv4-mapped IPv6 addresses count as IPv4.
 */
public record IpAddressRange(String start, String end, BigInteger low, BigInteger high, int length) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /**
     * Parses a range.
     *
     * @throws IllegalArgumentException when an end is not an address, the ends are of different
     *     families, or start is after end
     */
    public static IpAddressRange parse(String start, String end) {
        InetAddress a = literal(start);
        InetAddress b = literal(end);
        if (a.getAddress().length != b.getAddress().length) {
            throw new IllegalArgumentException("start and end must both be IPv4 or both IPv6");
        }
        BigInteger low = new BigInteger(1, a.getAddress());
        BigInteger high = new BigInteger(1, b.getAddress());
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("the start address " + start.trim() + " is after the end address "
                    + end.trim());
        }
        return new IpAddressRange(a.getHostAddress(), b.getHostAddress(), low, high, a.getAddress().length);
    }

    /** Whether the address is in the range; false for anything that is not an address literal. */
    public boolean contains(String address) {
        InetAddress ip;
        try {
            ip = literal(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        BigInteger value = new BigInteger(1, ip.getAddress());
        return ip.getAddress().length == length && value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    /** Parses an IP address literal (brackets around IPv6 allowed); never does a DNS lookup. */
    static InetAddress literal(String text) {
        String value = text == null ? "" : text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        boolean v4 = IPV4.matcher(value).matches();
        if (!v4 && !IPV6.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        if (v4) {
            for (String part : value.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    throw new IllegalArgumentException("'" + text + "' is not an IP address");
                }
            }
        }
        try {
            return InetAddress.getByName(value); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
