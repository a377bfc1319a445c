package dev.signet.server.config;

/** A value given to a setting by one layer. */
record Assigned<T>(Setting<T> setting, T value, Origin origin) {
    void applyTo(ServerConfig.Builder builder) {
        setting.write().accept(builder, value);
    }

    /** Parses {@code text} for {@code setting}; a bad value is an error naming the key and its origin. */
    static <T> Assigned<T> parse(Setting<T> setting, String text, Origin origin) {
        try {
            return new Assigned<>(setting, setting.type().parse(text), origin);
        } catch (IllegalArgumentException e) {
            String shown = setting.secret() ? Redaction.REDACTED : "'" + text + "'";
            throw new ConfigException("invalid " + setting.key() + " " + shown + " (" + origin + "): "
                    + e.getMessage());
        }
    }
}
