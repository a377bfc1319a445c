package dev.signet.server.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every configuration mistake is a {@link ConfigException} naming the key and where the value came from. */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    @Test
    void resolveWhenFileHasUnknownKeyThenNamesKeyAndFile() throws IOException {
        Path file = yaml("http:\n  prot: 9000\n");

        assertThatThrownBy(() -> resolve(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown key 'http.prot'")
                .hasMessageContaining("http.port");
    }

    @Test
    void resolveWhenFileHasBadValueThenNamesKeyValueAndFile() throws IOException {
        Path file = yaml("security:\n  clock-skew: soon\n");

        assertThatThrownBy(() -> resolve(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid security.clock-skew 'soon' (file " + file
                        + "): expected a duration such as 180s, 5m, 1h or plain seconds");
    }

    @Test
    void resolveWhenHttpsSettingsWithoutCertificateThenSaysWhatIsMissing() {
        assertThatThrownBy(() -> resolve(null, Map.of("SIGNET_HTTP_REDIRECT_PORT", "8081")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.redirect-port needs HTTPS");
        assertThatThrownBy(() -> resolve(null, Map.of("SIGNET_HTTP_TLS_KEY", "tls.key")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("need http.tls-cert");
    }

    @Test
    void resolveWhenEnvHasBadPortThenNamesVariable() {
        assertThatThrownBy(() -> resolve(null, Map.of("SIGNET_HTTP_PORT", "80000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid http.port '80000' (env SIGNET_HTTP_PORT)")
                .hasMessageContaining("0 to 65535");
    }

    @Test
    void resolveWhenDurationNegativeThenNamesKeyAndVariable() {
        assertThatThrownBy(() -> resolve(null, Map.of("SIGNET_CACHE_MAX_AGE", "-1")))
                .hasMessageContaining("invalid cache.max-age '-1' (env SIGNET_CACHE_MAX_AGE)");
    }

    @Test
    void resolveWhenFileMissingThenSaysSo() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> resolve(missing, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file not found: " + missing);
    }

    @Test
    void resolveWhenFileIsNotYamlMappingThenNamesFile() throws IOException {
        Path list = yaml("- http.port\n");
        assertThatThrownBy(() -> resolve(list, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(list + ": expected keys such as http.port");

        Path broken = yaml("http:\n  port: [9000\n");
        assertThatThrownBy(() -> resolve(broken, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(broken + ": not valid YAML");
    }

    private static ResolvedConfig resolve(Path file, Map<String, String> env) {
        return ConfigLayers.resolve(file, env::get, new Overrides());
    }

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("signet.yaml");
        Files.writeString(file, text);
        return file;
    }
}
