package dev.signet.server.authorize;

import dev.signet.server.ServerFixture;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import java.util.List;

/** What the interactive-login tests set up on any server: a self-authorize app with the test callback, a user with a password. */
final class PasswordUsers {
    private PasswordUsers() {}

    static ConnectedApp selfAuthorizeApp(ServerFixture server) {
        return server.createApp(a -> a.toBuilder().selfAuthorize(true).settings(new AppSettings(null, null, null,
                List.of(AuthorizationCodeFlowTest.CALLBACK), IpRelaxation.ENFORCE)).build());
    }

    static String userWithPassword(ServerFixture server) {
        String username = server.createUser();
        server.server().administration().users().setPassword(username, AuthorizationCodeFlowTest.PASSWORD);
        return username;
    }
}
