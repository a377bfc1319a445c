package dev.signet.server.config;

/**
 * Where a setting's value came from, for {@code --print-config} and error messages.
 *
 * @param layer the layer that set it
 * @param name the file, environment variable or flag, or {@code null} for the default
 */
public record Origin(Layer layer, String name) {
    public static final Origin DEFAULT = new Origin(Layer.DEFAULT, null);

    /** The layers, lowest precedence first. */
    public enum Layer { DEFAULT, FILE, ENV, FLAG }

    public static Origin file(String file) {
        return new Origin(Layer.FILE, file);
    }

    public static Origin env(String variable) {
        return new Origin(Layer.ENV, variable);
    }

    public static Origin flag(String flag) {
        return new Origin(Layer.FLAG, flag);
    }

    /** {@code default}, {@code file signet.yaml}, {@code env SIGNET_HTTP_PORT}, {@code flag --port}. */
    @Override
    public String toString() {
        String layerName = layer.name().toLowerCase(java.util.Locale.ROOT);
        return name == null ? layerName : layerName + " " + name;
    }
}
