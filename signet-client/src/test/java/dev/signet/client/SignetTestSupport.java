package dev.signet.client;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import java.util.Set;
import java.util.UUID;

/** Clients for an app and a user on a {@link TestServer}, signing with the openssl-made test key. */
final class SignetTestSupport {
    private SignetTestSupport() {}

    /** A client for {@code username} of {@code app}, with the server key (matches the app's certificate). */
    static JwtBearerClient.Builder client(TestServer server, ConnectedApp app, String username) {
        return JwtBearerClient.builder()
                .loginUrl(server.baseUrl())
                .clientId(app.consumerKey())
                .username(username)
                .privateKey(TestKeys.serverKey());
    }

    /** A user whose profile the test apps do not pre-authorize. */
    static String userWithOtherProfile(TestServer server) {
        String username = "outsider-" + UUID.randomUUID() + "@signet.test";
        server.server().admin().createUser(new NewUser(username, null, "Out", "Sider", "Other Profile", Set.of()));
        return username;
    }
}
