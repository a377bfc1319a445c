package dev.signet.bench.mint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signs RS256 JWT assertions ahead of a run, on all cores, so that client-side signing (about
 * 1 ms each) never competes with the server during the measurement.
 *
 * <p>Related specifications: RFC 7515 (JWS compact serialization), RFC 7523 §3.
 */
public final class AssertionMinter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final PrivateKey key;
    private final String header;
    private final Clock clock;

    /** @param keyId the {@code kid} header, or null for none */
    public AssertionMinter(PrivateKey key, String keyId, Clock clock) {
        this.key = Objects.requireNonNull(key, "key must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        ObjectNode h = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        if (keyId != null) {
            h.put("kid", keyId);
        }
        this.header = B64.encodeToString(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One assertion; {@code jti} null leaves the claim out (replayable where the server allows it). */
    public String mint(AssertionClaims claims, String jti) {
        try {
            return mint(newSignature(), claims, jti);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with SHA256withRSA: " + e.getMessage(), e);
        }
    }

    /** {@code count} assertions with unique {@code jti}s, signed on {@code threads} threads. */
    public List<String> mintUnique(AssertionClaims claims, int count, int threads) {
        String prefix = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<String[]>> slices = new ArrayList<>();
            int per = (count + threads - 1) / Math.max(1, threads);
            for (int from = 0; from < count; from += per) {
                int start = from;
                int end = Math.min(count, from + per);
                slices.add(pool.submit(() -> slice(claims, prefix, start, end)));
            }
            List<String> all = new ArrayList<>(count);
            for (Future<String[]> slice : slices) {
                all.addAll(Arrays.asList(slice.get()));
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while minting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("minting failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private String[] slice(AssertionClaims claims, String prefix, int from, int to) throws GeneralSecurityException {
        Signature signature = newSignature();
        String[] out = new String[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = mint(signature, claims, prefix + "-" + i);
        }
        return out;
    }

    private String mint(Signature signature, AssertionClaims claims, String jti) throws GeneralSecurityException {
        long now = clock.instant().getEpochSecond();
        ObjectNode payload = JSON.createObjectNode().put("iss", claims.issuer()).put("sub", claims.subject())
                .put("aud", claims.audience()).put("iat", now).put("exp", now + claims.lifetime().toSeconds());
        if (jti != null) {
            payload.put("jti", jti);
        }
        String input = header + "." + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signature.sign());
    }

    private static Signature newSignature() throws GeneralSecurityException {
        return Signature.getInstance("SHA256withRSA");
    }
}
