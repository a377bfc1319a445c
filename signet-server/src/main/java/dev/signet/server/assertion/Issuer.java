package dev.signet.server.assertion;

import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * An assertion's issuer as the caller knows it: only what the checks need.
 *
 * @param value what the caller identifies the issuer by (the connected app); handed back in the verdict
 * @param name for reasons, e.g. the app's name
 * @param enabled a disabled issuer is refused before its signature is checked
 * @param strict whether the app asks for strict assertions (bounded lifetime, {@code jti} required)
 * @param keys the keys any of which may have signed the assertion (the app's active certificates)
 */
public record Issuer<T>(T value, String name, boolean enabled, boolean strict, List<RSAPublicKey> keys) {
    public Issuer {
        keys = List.copyOf(keys);
    }
}
