package dev.signet.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults < config file < environment < flags, through the one settings table. */
class ConfigLayersTest {
    private static final Function<String, String> NO_ENV = name -> null;

    @TempDir
    Path dir;

    @Test
    void resolveWhenNothingGivenThenEverySettingIsTheBuilderDefault() {
        ResolvedConfig resolved = ConfigLayers.resolve(null, NO_ENV, new Overrides());

        assertThat(resolved.config()).usingRecursiveComparison().ignoringFields("clock")
                .isEqualTo(ServerConfig.defaults());
        assertThat(resolved.config().http().port()).isEqualTo(8080);
        assertThat(resolved.config().cache().maxAge()).isEqualTo(Duration.ofSeconds(2));
        assertThat(resolved.config().security().clockSkew()).isEqualTo(Duration.ofSeconds(180));
        assertThat(resolved.origins()).isEmpty();
    }

    @Test
    void resolveWhenFileEnvAndFlagSetTheSameKeyThenFlagWinsOverEnvOverFile() throws IOException {
        Path file = yaml("http:\n  port: 9001\n  host: 0.0.0.0\nsecurity.clock-skew: 5m\ncache:\n  max-age: 10s\n");
        Map<String, String> env = Map.of("SIGNET_HTTP_PORT", "9002", "SIGNET_SECURITY_CLOCK_SKEW", "60");
        Overrides flags = new Overrides().set(ConfigKeys.PORT, 9003, "--port");

        ResolvedConfig resolved = ConfigLayers.resolve(file, env::get, flags);

        assertThat(resolved.config().http().port()).isEqualTo(9003);
        assertThat(resolved.config().security().clockSkew()).isEqualTo(Duration.ofSeconds(60));
        assertThat(resolved.config().cache().maxAge()).isEqualTo(Duration.ofSeconds(10));
        assertThat(resolved.config().http().host()).isEqualTo("0.0.0.0");
        assertThat(resolved.origin(ConfigKeys.PORT)).hasToString("flag --port");
        assertThat(resolved.origin(ConfigKeys.CLOCK_SKEW)).hasToString("env SIGNET_SECURITY_CLOCK_SKEW");
        assertThat(resolved.origin(ConfigKeys.CACHE_MAX_AGE)).hasToString("file " + file);
        assertThat(resolved.origin(ConfigKeys.DB_URL)).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void resolveWhenFlagNotGivenThenEnvStays() {
        Overrides flags = new Overrides().set(ConfigKeys.PORT, null, "--port");

        ResolvedConfig resolved = ConfigLayers.resolve(null, Map.of("SIGNET_HTTP_PORT", "9002")::get, flags);

        assertThat(resolved.config().http().port()).isEqualTo(9002);
    }

    @Test
    void resolveWhenOldEnvNamesSetThenTheyStillWorkAndTheNewNamesWin() {
        Map<String, String> old = Map.of("SIGNET_ADMIN_SECRET", "s3cret", "SIGNET_DB_PASSWORD", "pw");
        ResolvedConfig fromOld = ConfigLayers.resolve(null, old::get, new Overrides());
        assertThat(fromOld.config().security().adminSecret()).isEqualTo("s3cret");
        assertThat(fromOld.config().storage().dbPassword()).isEqualTo("pw");
        assertThat(fromOld.origin(ConfigKeys.ADMIN_SECRET)).hasToString("env SIGNET_ADMIN_SECRET");

        Map<String, String> both = Map.of("SIGNET_ADMIN_SECRET", "old", "SIGNET_SECURITY_ADMIN_SECRET", "new");
        assertThat(ConfigLayers.resolve(null, both::get, new Overrides()).config().security().adminSecret())
                .isEqualTo("new");
    }

    @Test
    void resolveWhenFileHasListsDurationsAndDottedKeysThenTheyAreTyped() throws IOException {
        Path file = yaml("tokens:\n  extra-audiences:\n    - https://a.example\n    - https://b.example\n"
                + "  strict-max-assertion-lifetime: 1h\nstorage.data-dir: /tmp/x\ndemo: true\nhttp.public-url:\n");

        ServerConfig config = ConfigLayers.resolve(file, NO_ENV, new Overrides()).config();

        assertThat(config.tokens().extraAudiences()).containsExactly("https://a.example", "https://b.example");
        assertThat(config.tokens().strictMaxAssertionLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(config.storage().dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(config.demo()).isTrue();
        assertThat(config.http().publicUrl()).isNull();
    }

    @Test
    void resolveWhenEnvGivesCommaSeparatedAudiencesThenTheyAreAList() {
        Map<String, String> env = Map.of("SIGNET_TOKENS_EXTRA_AUDIENCES", "https://a.example, https://b.example");

        ServerConfig config = ConfigLayers.resolve(null, env::get, new Overrides()).config();

        assertThat(config.tokens().extraAudiences()).isEqualTo(List.of("https://a.example", "https://b.example"));
    }

    @Test
    void describeWhenSecretsSetThenNeverShowsThemButSaysWhereTheyCameFrom() {
        Map<String, String> env = Map.of("SIGNET_ADMIN_SECRET", "top-s3cret",
                "SIGNET_STORAGE_DB_URL", "jdbc:postgresql://db/signet?user=u&password=hunter2");
        Overrides flags = new Overrides().set(ConfigKeys.DB_PASSWORD, "pa55word", "--db-password");

        ResolvedConfig resolved = ConfigLayers.resolve(null, env::get, flags);
        String described = resolved.describe();

        assertThat(described).doesNotContain("top-s3cret", "hunter2", "pa55word")
                .containsPattern("security.admin-secret +<redacted> +env SIGNET_ADMIN_SECRET")
                .containsPattern("storage.db-password +<redacted> +flag --db-password")
                .contains("jdbc:postgresql://db/signet?user=u&password=<redacted>")
                .containsPattern("http.port +8080 +default")
                .containsPattern("cache.max-age +2s +default")
                .containsPattern("http.public-url +\\(unset\\) +default");
        assertThat(resolved.config().toString()).doesNotContain("top-s3cret", "hunter2", "pa55word");
    }

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("signet.yaml");
        Files.writeString(file, text);
        return file;
    }
}
