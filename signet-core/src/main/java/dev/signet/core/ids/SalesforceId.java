package dev.signet.core.ids;

import java.util.Objects;

/**
 * A Salesforce-style record ID: a 3-character key prefix (for example {@code 00D} for an org,
 * {@code 005} for a user), 12 base-62 characters, and in the 18-character form a 3-character
 * case-safe checksum suffix.
 *
 * <p>Related specifications: Salesforce "What are Salesforce IDs composed of?" (15 and 18
 * character forms).
 */
public final class SalesforceId {
    /** Key prefix of an organization. */
    public static final String ORG_PREFIX = "00D";
    /** Key prefix of a user. */
    public static final String USER_PREFIX = "005";
    /** Key prefix of a connected application. */
    public static final String CONNECTED_APP_PREFIX = "0H4";
    /** Key prefix of a login-history entry. */
    public static final String LOGIN_HISTORY_PREFIX = "0Ya";

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private final String id15;

    private SalesforceId(String id15) {
        this.id15 = id15;
    }

    /** Parses a 15- or 18-character ID; an 18-character one must carry the right checksum. */
    public static SalesforceId parse(String value) {
        Objects.requireNonNull(value, "value must not be null");
        if (value.length() != 15 && value.length() != 18) {
            throw new IllegalArgumentException("a Salesforce ID has 15 or 18 characters");
        }
        for (int i = 0; i < 15; i++) {
            if (BASE62.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("a Salesforce ID holds only letters and digits");
            }
        }
        SalesforceId id = new SalesforceId(value.substring(0, 15));
        if (value.length() == 18 && !id.to18().equals(value)) {
            throw new IllegalArgumentException("the checksum suffix of the 18-character ID is wrong");
        }
        return id;
    }

    /** A new random ID with the given 3-character key prefix. */
    public static SalesforceId random(String keyPrefix) {
        if (keyPrefix.length() != 3) {
            throw new IllegalArgumentException("a key prefix has 3 characters");
        }
        // "5g" stands where Salesforce puts the pod/instance identifier.
        StringBuilder sb = new StringBuilder(15).append(keyPrefix).append("5g");
        byte[] random = new byte[16];
        while (sb.length() < 15) {
            SecureRandoms.forThisThread().nextBytes(random);
            for (int i = 0; i < random.length && sb.length() < 15; i++) {
                int v = random[i] & 0x3f; // 0..63; 62 and 63 are skipped so every character is equally likely
                if (v < BASE62.length()) {
                    sb.append(BASE62.charAt(v));
                }
            }
        }
        return new SalesforceId(sb.toString());
    }

    /**
     * A new ID that sorts after the ones made before it (to the millisecond): the key prefix, the
     * milliseconds since 2020 in 7 base-62 characters, then 5 random ones. Rows keyed by such IDs
     * are appended at the end of their index instead of written into random pages.
     */
    public static SalesforceId timeOrdered(String keyPrefix, java.time.Instant time) {
        if (keyPrefix.length() != 3) {
            throw new IllegalArgumentException("a key prefix has 3 characters");
        }
        char[] chars = new char[15];
        keyPrefix.getChars(0, 3, chars, 0);
        long millis = Math.max(0, time.toEpochMilli() - EPOCH_2020_MILLIS);
        for (int i = 9; i >= 3; i--) {
            chars[i] = BASE62.charAt((int) (millis % 62));
            millis /= 62;
        }
        long random = SecureRandoms.forThisThread().nextLong() >>> 1;
        for (int i = 10; i < 15; i++) {
            chars[i] = BASE62.charAt((int) (random % 62));
            random /= 62;
        }
        return new SalesforceId(new String(chars));
    }

    private static final long EPOCH_2020_MILLIS = 1_577_836_800_000L;

    /** Whether the value parses as a 15- or 18-character ID. */
    public static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String keyPrefix() {
        return id15.substring(0, 3);
    }

    /** The case-sensitive 15-character form. */
    public String to15() {
        return id15;
    }

    /** The case-insensitive-safe 18-character form: the 15 characters plus the checksum. */
    public String to18() {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(CHECKSUM_ALPHABET.charAt(bits));
        }
        return id15 + suffix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SalesforceId other && other.id15.equals(id15);
    }

    @Override
    public int hashCode() {
        return id15.hashCode();
    }

    @Override
    public String toString() {
        return to18();
    }
}
