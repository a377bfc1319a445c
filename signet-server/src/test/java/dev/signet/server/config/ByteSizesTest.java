package dev.signet.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {
    @ParameterizedTest
    @CsvSource({"1048576, 1048576, 1MiB", "32MiB, 33554432, 32MiB", "512 kb, 524288, 512KiB", "1G, 1073741824, 1GiB",
        "1000, 1000, 1000"})
    void parseWhenSizeWrittenAsPeopleDoThenBytesAndFormatReadsBack(String text, long bytes, String formatted) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
        assertThat(ByteSizes.format(bytes)).isEqualTo(formatted);
        assertThat(ByteSizes.parse(ByteSizes.format(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "1.5MiB", "12TB", "999999999999999GiB"})
    void parseWhenNotAPositiveSizeThenSaysWhatIsAccepted(String text) {
        assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }
}
