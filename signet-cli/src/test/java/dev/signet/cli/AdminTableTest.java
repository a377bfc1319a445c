package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin list commands' table lines its columns up whatever the cells' lengths. */
class AdminTableTest {
    record Row(String user, String status, String reason) {}

    @Test
    void tableWhenCellsOfAnyLengthThenColumnsAligned() {
        StringWriter text = new StringWriter();
        new AdminTable<Row>().column("USER", Row::user).column("STATUS", Row::status).column("REASON", Row::reason)
                .print(new PrintWriter(text), List.of(new Row("a-very-long-username@example.com", "Success", null),
                        new Row("b@x.io", "Failed: Invalid username", "no such user")));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(3);
        int status = lines.get(0).indexOf("STATUS");
        int reason = lines.get(0).indexOf("REASON");
        assertThat(lines.get(1).indexOf("Success")).isEqualTo(status);
        assertThat(lines.get(2).indexOf("Failed")).isEqualTo(status);
        assertThat(lines.get(1)).endsWith("-").hasSize(reason + 1);
        assertThat(lines.get(2).indexOf("no such user")).isEqualTo(reason);
    }
}
