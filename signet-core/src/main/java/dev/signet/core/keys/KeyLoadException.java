package dev.signet.core.keys;

/**
 * A key, certificate or keystore could not be loaded. The message says what to fix (for example
 * "the key is encrypted: pass --key-password") and never contains key material or passwords.
 */
public final class KeyLoadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public KeyLoadException(String message) {
        super(message);
    }

    public KeyLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
