package dev.signet.server.crash;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What the server acknowledged to the clients, and which requests went unanswered. */
final class Ledger {
    /** A token response: the signed assertion (to replay), its {@code jti} and the access token. */
    record Issued(String assertion, String jti, String accessToken) {}

    final Queue<Issued> issued = new ConcurrentLinkedQueue<>();
    final Queue<String> revoked = new ConcurrentLinkedQueue<>();
    /** Tokens whose revocation was sent, answered or not: an unanswered one may be in force or not. */
    final Queue<String> revoking = new ConcurrentLinkedQueue<>();
    final Queue<String> deactivated = new ConcurrentLinkedQueue<>();
    /**
     * The requests sent on a connection that then broke without an answer: {@code jti} to how it
     * broke off (the exception, which a failure reports).
     */
    final Map<String, String> unanswered = new ConcurrentHashMap<>();
    /** Refused token requests (unknown user) answered during the graceful-stop run. */
    final AtomicInteger refusalsAnsweredBeforeStop = new AtomicInteger();
}
