package dev.signet.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the server's settings from layers, each overriding the ones before it: the defaults, the
 * config file, the environment ({@code SIGNET_HTTP_PORT}, …), the flags the user gave. The
 * environment is read through a function so that tests never depend on the real one.
 */
public final class ConfigLayers {
    private ConfigLayers() {}

    /**
     * The effective settings.
     *
     * @param file the YAML config file, or {@code null} for none
     * @param env looks up environment variables ({@code System::getenv}); {@code null} when unset
     * @param flags the flags given on the command line
     * @throws ConfigException naming the key and where its value came from, or the file
     */
    public static ResolvedConfig resolve(Path file, Function<String, String> env, Overrides flags) {
        List<Assigned<?>> layered = new ArrayList<>();
        if (file != null) {
            layered.addAll(ConfigFile.read(file));
        }
        layered.addAll(fromEnvironment(env));
        layered.addAll(flags.values());
        Map<String, Assigned<?>> winners = new LinkedHashMap<>();
        layered.forEach(assigned -> winners.put(assigned.setting().key(), assigned)); // the later layer wins
        ServerConfig.Builder builder = ServerConfig.builder();
        Map<String, Origin> origins = new LinkedHashMap<>();
        winners.forEach((key, assigned) -> {
            assigned.applyTo(builder);
            origins.put(key, assigned.origin());
        });
        return new ResolvedConfig(builder.build(), origins);
    }

    /** The settings the environment gives; per setting, the first of its variables that is set. */
    static List<Assigned<?>> fromEnvironment(Function<String, String> env) {
        List<Assigned<?>> assigned = new ArrayList<>();
        for (Setting<?> setting : ConfigKeys.ALL) {
            for (String name : setting.envNames()) {
                String text = env.apply(name);
                if (text != null) {
                    assigned.add(Assigned.parse(setting, text, Origin.env(name)));
                    break;
                }
            }
        }
        return assigned;
    }
}
