package dev.signet.server.config;

import java.util.Map;

/**
 * The effective settings and where each came from.
 *
 * @param config the settings
 * @param origins by key, the origin of each setting not left at its default
 */
public record ResolvedConfig(ServerConfig config, Map<String, Origin> origins) {
    private static final String UNSET = "(unset)";
    private static final String EMPTY = "(empty)";

    public ResolvedConfig {
        origins = Map.copyOf(origins);
    }

    public Origin origin(Setting<?> setting) {
        return origins.getOrDefault(setting.key(), Origin.DEFAULT);
    }

    /** One line per setting: key, value (secrets redacted), origin; aligned, for {@code --print-config}. */
    public String describe() {
        int keyWidth = ConfigKeys.ALL.stream().mapToInt(s -> s.key().length()).max().orElse(0);
        int valueWidth = ConfigKeys.ALL.stream().mapToInt(s -> shown(s).length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (Setting<?> setting : ConfigKeys.ALL) {
            out.append(String.format("%-" + keyWidth + "s  %-" + valueWidth + "s  %s%n", setting.key(), shown(setting),
                    origin(setting)));
        }
        return out.toString();
    }

    private String shown(Setting<?> setting) {
        String text = setting.displayIn(config);
        if (text == null) {
            return UNSET;
        }
        return text.isEmpty() ? EMPTY : text;
    }
}
