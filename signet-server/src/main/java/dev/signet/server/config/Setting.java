package dev.signet.server.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One row of the settings table ({@link ConfigKeys}): its key in the config file, the environment
 * variables it is read from (the first set one wins), its type, whether it is a secret, what it
 * does, and how it is read from a {@link ServerConfig} and written to its builder. The default is
 * not stored here: it is what {@link #read} gives on {@link ServerConfig#defaults()}.
 */
public record Setting<T>(String key, List<String> envNames, ValueType<T> type, boolean secret, String description,
        Function<ServerConfig, T> read, BiConsumer<ServerConfig.Builder, T> write) {
    public Setting {
        envNames = List.copyOf(envNames);
    }

    /** A setting read from {@code SIGNET_<KEY>} (e.g. {@code http.port} from {@code SIGNET_HTTP_PORT}). */
    static <T> Setting<T> of(String key, ValueType<T> type, String description, Function<ServerConfig, T> read,
            BiConsumer<ServerConfig.Builder, T> write) {
        return new Setting<>(key, List.of(envName(key)), type, false, description, read, write);
    }

    /** This setting, also read from {@code names} after its own variable (the older names). */
    Setting<T> alsoFromEnv(String... names) {
        List<String> all = new ArrayList<>(envNames);
        all.addAll(List.of(names));
        return new Setting<>(key, all, type, secret, description, read, write);
    }

    /** This setting, never shown. */
    Setting<T> asSecret() {
        return new Setting<>(key, envNames, type, true, description, read, write);
    }

    /** The environment variable named after the key. */
    public String envName() {
        return envNames.get(0);
    }

    /** The default as text, {@code null} when there is none. */
    public String defaultText() {
        return display(read.apply(ServerConfig.defaults()));
    }

    /** The value as it may be shown: secrets redacted, passwords in JDBC URLs hidden. */
    public String display(T value) {
        return secret ? Redaction.of(type.format(value)) : type.show(value);
    }

    /** The value of this setting in {@code config}, as it may be shown. */
    public String displayIn(ServerConfig config) {
        return display(read.apply(config));
    }

    private static String envName(String key) {
        return "SIGNET_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
