package dev.signet.client;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestServer} with one connected app for a test class, and clients signing with the
 * openssl-made test key. As a static {@code @RegisterExtension} field it starts before the class's
 * {@code @BeforeAll} methods and stops after its {@code @AfterAll} ones.
 */
final class RealServer implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<ServerConfig.Builder> customize;
    private TestServer server;
    private ConnectedApp app;
    private String user;

    RealServer() {
        this(UnaryOperator.identity());
    }

    RealServer(UnaryOperator<ServerConfig.Builder> customize) {
        this.customize = customize;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestServer.start(customize);
        app = server.createApp();
        user = server.createUser();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    ConnectedApp app() {
        return app;
    }

    /** A user created at start, for tests that need no fresh one. */
    String user() {
        return user;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    AdminService admin() {
        return server.server().admin();
    }

    String createUser() {
        return server.createUser();
    }

    ConnectedApp createApp(UnaryOperator<NewApp> customize) {
        return server.createApp(customize);
    }

    /** A client for {@code username} of the app, with the server key (matches the app's certificate). */
    JwtBearerClient.Builder client(String username) {
        return client(app, username);
    }

    JwtBearerClient.Builder client(ConnectedApp of, String username) {
        return JwtBearerClient.builder()
                .loginUrl(server.baseUrl())
                .clientId(of.consumerKey())
                .username(username)
                .privateKey(TestKeys.serverKey());
    }

    /** A user whose profile the test apps do not pre-authorize. */
    String userWithOtherProfile() {
        String username = "outsider-" + UUID.randomUUID() + "@signet.test";
        admin().createUser(new NewUser(username, null, "Out", "Sider", "Other Profile", Set.of()));
        return username;
    }
}
