package dev.signet.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.model.LoginEvent;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hostile-input catalogue against one real server: every case gets its exact status and
 * error in its endpoint family's shape, never a 5xx, never a token, never a Java class or library
 * name; every token-endpoint attempt lands in Login History; and afterwards the server still
 * issues tokens and answers SOQL. {@code -Dhostile.probe=true} prints what each case gets instead
 * of asserting (for writing new lines).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCatalogueTest {
    /** Strings no answer may contain: Java class, package and library names. */
    static final List<String> INTERNALS = List.of("java.", "javax.", "com.fasterxml", "jackson", "exception",
            "nimbus", "org.h2", "jetty", "javalin", "eclipse", "postgresql", "hikari", "flyway", "pebble",
            "dev.signet", "stackoverflow", "outofmemory", "nullpointer", "sqlstate");
    private static final boolean PROBE = Boolean.getBoolean("hostile.probe");

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    static Target target;
    static long successesAfterSetUp;

    @BeforeAll
    static void setUp() {
        target = Target.on(server);
        successesAfterSetUp = successes();
    }

    static List<List<Case>> tables() {
        return List.of(TokenCases.all(target), AssertionCases.all(target), ClaimCases.all(target),
                ClientAuthCases.all(target), IdentityCases.all(target), RestCases.all(target),
                SoqlCases.all(target), AdminCases.all(target), PageCases.all(target), HttpCases.all(target));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicNode> catalogue() {
        String[] names = {"token endpoint", "assertion header and signature", "assertion claims",
            "client authentication", "identity, userinfo, revoke", "REST data API", "SOQL and query locators",
            "admin API", "console and authorize pages", "HTTP layer"};
        List<List<Case>> tables = tables();
        return Stream.iterate(0, i -> i < tables.size(), i -> i + 1).map(i -> DynamicContainer.dynamicContainer(
                names[i], tables.get(i).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    @Test
    @Order(2)
    void catalogueWhenCountedThenAtLeast150CasesWithUniqueNames() {
        List<String> names = tables().stream().flatMap(List::stream).map(Case::name).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void serverWhenAttackedThenStillIssuesTokensAndAnswersSoql() {
        JsonNode login = server.login(target.app, target.user);
        Answer query = Req.get(Target.API + "/query?q=" + Req.enc("SELECT Id, Name FROM Account"))
                .bearer(login.get("access_token").asText()).send(target);

        assertThat(query.status()).as(query.summary()).isEqualTo(200);
        assertThat(Target.read(query.body()).get("totalSize").asInt()).isPositive();
        assertThat(successes()).as("Login History successes: only the setup's and this login")
                .isEqualTo(successesAfterSetUp + 1);
    }

    private static void run(Case c) {
        long before = c.tokenEndpoint() ? history().size() : 0;
        Answer answer = c.call().send(target);
        if (PROBE) {
            System.out.println("PROBE|" + c.name() + "|" + answer.summary());
            return;
        }
        String about = c.name() + " → " + answer.summary();
        assertThat(answer.status()).as(about).isBetween(100, 499).isEqualTo(c.status());
        assertThat(c.expect().mismatch(answer)).as(about + "\nexpected " + c.expect()).isNull();
        String everything = (answer.headers() + answer.body()).toLowerCase(Locale.ROOT);
        assertThat(INTERNALS).as(about).noneMatch(everything::contains);
        assertThat(everything).as(about).doesNotContain("access_token").doesNotContainPattern("[?&]code=");
        if (c.tokenEndpoint()) {
            List<LoginEvent> after = history();
            assertThat(after).as("a Login History row for " + about).hasSizeGreaterThan((int) before);
            assertThat(after.subList(0, after.size() - (int) before)).as(about)
                    .noneMatch(e -> e.status().equals(LoginEvent.SUCCESS));
            assertThat(TokenCases.HISTORY.getOrDefault(c.expect(), Set.of(after.get(0).status()))).as(about)
                    .contains(after.get(0).status());
        }
    }

    private static List<LoginEvent> history() {
        return server.server().admin().loginHistory(10_000);
    }

    private static long successes() {
        return history().stream().filter(e -> e.status().equals(LoginEvent.SUCCESS)).count();
    }
}
