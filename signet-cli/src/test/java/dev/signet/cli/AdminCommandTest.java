package dev.signet.cli;

import dev.signet.server.ServerFixture;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminSecret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * The {@code admin} commands run in-process on a real server's data directory (where the admin
 * secret file is), with what they print kept in {@link #out} and {@link #err}.
 */
abstract class AdminCommandTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder()
            .onStart(AdminCommandTest::writeAdminSecret).build();
    StringWriter out;
    StringWriter err;

    /** Runs {@code signet admin <args> --data <the server's data directory>}. */
    int admin(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("admin"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private static void writeAdminSecret(TestServer started) {
        try {
            Files.writeString(started.dataDir().resolve(AdminSecret.FILE_NAME), ServerFixture.ADMIN_SECRET + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
