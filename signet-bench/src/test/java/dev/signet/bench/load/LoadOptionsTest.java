package dev.signet.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {
    @Test
    void scheduledStartWhenFourWorkersAtThousandPerSecondThenWorkersTakeTurnsEveryMillisecond() {
        LoadOptions options = LoadOptions.fixedRate(4, Duration.ofSeconds(1), 1_000);

        assertThat(options.scheduledStartNanos(0, 0)).isZero();
        assertThat(options.scheduledStartNanos(1, 0)).isEqualTo(1_000_000L);
        assertThat(options.scheduledStartNanos(1, 2)).isEqualTo(9_000_000L);
    }

    @Test
    void scheduledStartWhenAllWorkersCombinedThenEvenlySpacedAtTheRate() {
        LoadOptions options = LoadOptions.fixedRate(3, Duration.ofSeconds(1), 300);
        List<Long> starts = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            for (long k = 0; k < 100; k++) {
                starts.add(options.scheduledStartNanos(w, k));
            }
        }
        Collections.sort(starts);

        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isBetween(3_333_332L, 3_333_335L);
        }
    }

    @Test
    void fixedRateWhenRateNotPositiveThenRejected() {
        assertThatThrownBy(() -> LoadOptions.fixedRate(1, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> LoadOptions.closedLoop(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency");
    }
}
