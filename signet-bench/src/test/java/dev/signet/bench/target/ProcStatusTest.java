package dev.signet.bench.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatusTest {
    @Test
    void fieldWhenStatusTextThenKilobytes() {
        String status = "Name:\tjava\nVmHWM:\t  312456 kB\nVmRSS:\t  201234 kB\nThreads:\t42\n";

        assertThat(ProcStatus.field(status, "VmRSS:")).isEqualTo(201_234);
        assertThat(ProcStatus.field(status, "VmHWM:")).isEqualTo(312_456);
        assertThat(ProcStatus.field(status, "VmSwap:")).isZero();
    }

    @Test
    void readWhenOwnProcessThenResidentMemoryKnown() {
        ProcStatus own = ProcStatus.read(ProcessHandle.current().pid());

        assertThat(own.rssKb()).isPositive();
        assertThat(own.peakRssKb()).isGreaterThanOrEqualTo(own.rssKb());
    }
}
