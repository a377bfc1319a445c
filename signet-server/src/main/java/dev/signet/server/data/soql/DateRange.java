package dev.signet.server.data.soql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The days a relative date literal stands for: {@code [start, end)}, in the org's time zone (GMT). */
record DateRange(LocalDate start, LocalDate end) {
    Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Instant endInstant() {
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
