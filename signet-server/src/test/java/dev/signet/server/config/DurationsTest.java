package dev.signet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parseWhenUnitOrPlainSecondsThenDuration() {
        assertThat(Durations.parse("180s")).isEqualTo(Duration.ofSeconds(180));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse(" 1H ")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void parseWhenNegativeOrWordsThenSaysWhatIsAccepted() {
        for (String bad : new String[] {"-1", "soon", "5 minutes", "", "1.5s"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("180s, 5m");
        }
    }

    @Test
    void formatWhenReadBackThenSameDuration() {
        assertThat(Durations.format(Duration.ofSeconds(180))).isEqualTo("180s");
        assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(Durations.format(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.parse(Durations.format(Duration.ofMinutes(90)))).isEqualTo(Duration.ofMinutes(90));
    }
}
