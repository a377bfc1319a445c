package dev.signet.server.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Relative date literals as day ranges [start, end) with today = Friday 2024-03-15. */
class SoqlDateLiteralsTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    @ParameterizedTest(name = "{0}:{1} = [{2}, {3})")
    @CsvSource(nullValues = "-", value = {
        "TODAY, -, 2024-03-15, 2024-03-16",
        "YESTERDAY, -, 2024-03-14, 2024-03-15",
        "TOMORROW, -, 2024-03-16, 2024-03-17",
        "LAST_N_DAYS, 1, 2024-03-14, 2024-03-16",
        "LAST_N_DAYS, 7, 2024-03-08, 2024-03-16",
        "NEXT_N_DAYS, 1, 2024-03-16, 2024-03-17",
        "NEXT_N_DAYS, 5, 2024-03-16, 2024-03-21",
        "N_DAYS_AGO, 3, 2024-03-12, 2024-03-13",
        "LAST_90_DAYS, -, 2023-12-16, 2024-03-16",
        "NEXT_90_DAYS, -, 2024-03-16, 2024-06-14",
        "THIS_WEEK, -, 2024-03-10, 2024-03-17",
        "LAST_WEEK, -, 2024-03-03, 2024-03-10",
        "NEXT_WEEK, -, 2024-03-17, 2024-03-24",
        "LAST_N_WEEKS, 2, 2024-02-25, 2024-03-10",
        "THIS_MONTH, -, 2024-03-01, 2024-04-01",
        "LAST_MONTH, -, 2024-02-01, 2024-03-01",
        "NEXT_MONTH, -, 2024-04-01, 2024-05-01",
        "NEXT_N_MONTHS, 2, 2024-04-01, 2024-06-01",
        "N_MONTHS_AGO, 1, 2024-02-01, 2024-03-01",
        "THIS_QUARTER, -, 2024-01-01, 2024-04-01",
        "NEXT_QUARTER, -, 2024-04-01, 2024-07-01",
        "THIS_YEAR, -, 2024-01-01, 2025-01-01",
        "LAST_YEAR, -, 2023-01-01, 2024-01-01",
        "THIS_FISCAL_YEAR, -, 2024-01-01, 2025-01-01",
        "LAST_N_YEARS, 2, 2022-01-01, 2024-01-01"})
    void resolveWhenLiteralThenDayRange(String name, Integer n, LocalDate start, LocalDate end) {
        assertThat(DateLiterals.takesNumber(name)).contains(n != null);
        assertThat(DateLiterals.resolve(name, n, TODAY)).isEqualTo(new DateRange(start, end));
    }
}
