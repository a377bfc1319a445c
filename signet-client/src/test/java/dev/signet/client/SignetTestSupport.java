package dev.signet.client;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.ServerFixture;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import java.util.Set;
import java.util.UUID;

/** Clients for an app and a user on a {@link ServerFixture} (a test server), signing with the openssl-made test key. */
final class SignetTestSupport {
    private SignetTestSupport() {}

    /** A client for {@code username} of {@code app}, with the server key (matches the app's certificate). */
    static JwtBearerClient.Builder client(ServerFixture server, ConnectedApp app, String username) {
        return JwtBearerClient.builder()
                .loginUrl(server.baseUrl())
                .clientId(app.consumerKey())
                .username(username)
                .privateKey(TestKeys.serverKey());
    }

    /** A client for {@code username} of the extension's app. */
    static JwtBearerClient.Builder client(SignetServerExtension server, String username) {
        return client(server, server.app(), username);
    }

    /** A client for the extension's user of its app. */
    static JwtBearerClient.Builder client(SignetServerExtension server) {
        return client(server, server.user());
    }

    /** A user whose profile the test apps do not pre-authorize. */
    static String userWithOtherProfile(ServerFixture server) {
        String username = "outsider-" + UUID.randomUUID() + "@signet.test";
        server.server().admin().createUser(new NewUser(username, null, "Out", "Sider", "Other Profile", Set.of()));
        return username;
    }
}
