package dev.signet.server.config;

import java.util.stream.Collectors;

/** The settings table as Markdown, for the README (a test keeps the README's copy in step). */
public final class ConfigDocs {
    private ConfigDocs() {}

    public static String markdownTable() {
        return "| Key | Environment | Type | Default | Meaning |\n|---|---|---|---|---|\n"
                + ConfigKeys.ALL.stream().map(ConfigDocs::row).collect(Collectors.joining());
    }

    private static String row(Setting<?> setting) {
        String env = setting.envNames().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
        String meaning = setting.description() + (setting.secret() ? " (secret: never printed)" : "");
        return "| `" + setting.key() + "` | " + env + " | " + setting.type().name() + " | "
                + defaultCell(setting.defaultText()) + " | " + meaning + " |\n";
    }

    private static String defaultCell(String text) {
        if (text == null) {
            return "—";
        }
        return text.isEmpty() ? "—" : "`" + text.replace(",", ", ") + "`";
    }
}
