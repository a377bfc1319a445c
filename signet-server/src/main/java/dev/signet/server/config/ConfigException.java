package dev.signet.server.config;

/** A configuration the user can fix: the message names the key and where it came from. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
