package dev.signet.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {
    private static Exchange exchange(String name) {
        return new Exchange(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII), ResponseCheck.status(200));
    }

    @Test
    void mixedWhenWeightsOneAndThreeThenFixedCycle() {
        Workload w = Workload.mixed(List.of(Workload.repeating(exchange("a")), Workload.repeating(exchange("b"))),
                List.of(1, 3));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(new String(w.next().request(), java.nio.charset.StandardCharsets.US_ASCII));
        }

        assertThat(sent).containsExactly("a", "b", "b", "b", "a", "b", "b", "b");
    }

    @Test
    void onceWhenDrainedThenNullAndMixedEndsWithIt() {
        Workload once = Workload.once(List.of(exchange("t1")));
        Workload mixed = Workload.mixed(List.of(once, Workload.repeating(exchange("g"))), List.of(1, 1));

        assertThat(mixed.next()).isNotNull();
        assertThat(mixed.next()).isNotNull();
        assertThat(mixed.next()).isNull();
    }
}
