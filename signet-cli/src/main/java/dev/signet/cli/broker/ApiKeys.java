package dev.signet.cli.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognizes callers by API key. Keys are compared as SHA-256 digests with {@link
 * MessageDigest#isEqual} (constant time), against every caller, so the answer time does not
 * depend on which caller or which byte differs.
 */
final class ApiKeys {
    private final List<Known> known;

    private ApiKeys(List<Known> known) {
        this.known = known;
    }

    /** The callers of {@code config}, with keys from {@code env} for those given by variable. */
    static ApiKeys of(BrokerConfig config, Function<String, String> env) {
        List<Known> known = new ArrayList<>();
        for (Caller caller : config.callers()) {
            byte[] hash = caller.keyHash(env);
            if (hash == null) {
                throw new IllegalArgumentException("caller '" + caller.name() + "': environment variable "
                        + caller.apiKeyEnv() + " is not set or empty");
            }
            known.add(new Known(caller, hash));
        }
        return new ApiKeys(List.copyOf(known));
    }

    /** The caller whose key is {@code presented}. */
    Optional<Caller> caller(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Caller match = null;
        for (Known k : known) {
            if (MessageDigest.isEqual(k.hash(), hash) && match == null) {
                match = k.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Known(Caller caller, byte[] hash) {}
}
