package dev.signet.server.http;

import java.security.SecureRandom;

/**
 * Ids of server faults, in the shape Salesforce shows them ({@code 1969460515-61442}): the answer
 * carries one and the log line of the fault carries the same, so a caller's report finds the
 * stack trace.
 */
public final class ErrorIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {}

    public static String next() {
        return (RANDOM.nextInt(Integer.MAX_VALUE - 1_000_000_000) + 1_000_000_000) + "-" + RANDOM.nextInt(100_000);
    }
}
