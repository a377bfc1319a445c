package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.model.ConnectedApp;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console's admin commands (app-settings, user-settings, ip-ranges, login-history-export, console-admin). */
class AdminConsoleCommandsTest extends AdminCommandTest {
    @Test
    void appSettingsWhenEditedThenAppChangesAndLastCertificateCannotBeRetired() {
        ConnectedApp app = server.createApp();
        assertThat(admin("app-settings", "edit", "--app", app.name(), "--api-name", "Billing_Sync",
                "--callback-url", "https://billing.acme.example/cb", "--scopes", "api,refresh_token")).isZero();
        assertThat(admin("app-settings", "policies", "--app", app.name(), "--permitted-users", "self-authorize",
                "--ip-relaxation", "BYPASS", "--json")).isZero();
        assertThat(out.toString()).contains("\"permittedUsers\" : \"SELF_AUTHORIZE\"", "\"ipRelaxation\" : \"BYPASS\"",
                "\"apiName\" : \"Billing_Sync\"", "https://billing.acme.example/cb");
        assertThat(admin("app-settings", "retire-cert", "--app", app.name(), "--fingerprint",
                app.certificates().get(0).id())).isEqualTo(1);
        assertThat(err.toString()).contains("only active certificate");
        assertThat(admin("app-settings", "delete", "--app", app.name(), "--yes")).isZero();
        assertThat(server.server().admin().apps()).noneMatch(a -> a.id().equals(app.id()));
    }

    @Test
    void userSettingsAndIpRangesWhenUsedThenApplied() {
        String user = server.createUser();
        assertThat(admin("user-settings", "edit", "--username", user, "--profile", "Field", "--permission-set",
                "API Only")).isZero();
        assertThat(server.server().admin().user(user).profile()).isEqualTo("Field");
        assertThat(admin("user-settings", "freeze", "--username", user)).isZero();
        assertThat(server.server().admin().user(user).frozen()).isTrue();
        assertThat(withStdin("a long enough password\n", () -> admin("user-settings", "set-password", "--username",
                user, "--password-stdin"))).isZero();
        assertThat(out.toString()).doesNotContain("a long enough password");
        assertThat(server.server().administration().users().hasPassword(user)).isTrue();

        assertThat(admin("ip-ranges", "add", "--profile", "Field", "--start", "10.1.0.0", "--end", "10.1.0.255")).isZero();
        assertThat(admin("ip-ranges", "list")).isZero();
        assertThat(out.toString()).contains("Field", "10.1.0.255");
        assertThat(admin("ip-ranges", "remove", "--profile", "Field", "--start", "10.1.0.0", "--end", "10.1.0.255"))
                .isZero();
    }

    @Test
    void loginHistoryExportWhenFilteredThenCsv() {
        ConnectedApp app = server.createApp();
        server.token(server.assertion(app, "ghost@signet.test").build());
        assertThat(admin("login-history-export", "--user", "ghost@", "--status", "failure")).isZero();
        assertThat(out.toString()).startsWith("Login Time,Username,Application")
                .contains("ghost@signet.test", "Failed: Invalid username");
    }

    @Test
    void consoleAdminWhenCreatedFromStdinThenListed() {
        assertThat(withStdin("console password 42\n", () -> admin("console-admin", "create", "--username", "ops",
                "--password-stdin"))).isZero();
        assertThat(admin("console-admin", "list")).isZero();
        assertThat(out.toString()).contains("ops");
    }

    @Test
    void unlockWhenAdminLockedOutThenLogsInAgain() {
        server.server().administration().consoleAdmins().create("locked-ops", "console password 42");
        for (int i = 0; i < 10; i++) {
            server.server().administration().consoleAdmins().authenticate("locked-ops", "wrong password");
        }
        assertThat(server.server().administration().consoleAdmins().lockedUntil("locked-ops")).isPresent();

        assertThat(admin("console-admin", "unlock", "--username", "locked-ops")).isZero();

        assertThat(out.toString()).contains("Unlocked: locked-ops can log in again.");
        assertThat(server.server().administration().consoleAdmins().authenticate("locked-ops", "console password 42"))
                .isPresent();
        String user = server.createUser();
        assertThat(admin("user-settings", "unlock", "--username", user, "--json")).isZero();
        assertThat(out.toString()).contains("\"locked\" : false");
    }

    private static int withStdin(String input, java.util.function.IntSupplier run) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.getAsInt();
        } finally {
            System.setIn(original);
        }
    }
}
