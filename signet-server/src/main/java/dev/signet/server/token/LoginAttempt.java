package dev.signet.server.token;

import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.User;

/** What is known about a login attempt so far; filled in as the checks progress. */
final class LoginAttempt {
    private final String orgId;
    private final RequestInfo request;
    private ConnectedApp app;
    private String username;
    private User user;

    LoginAttempt(String orgId, RequestInfo request) {
        this.orgId = orgId;
        this.request = request;
    }

    void app(ConnectedApp value) {
        this.app = value;
    }

    void username(String value) {
        this.username = value;
    }

    void user(User value) {
        this.user = value;
    }

    String orgId() {
        return orgId;
    }

    RequestInfo request() {
        return request;
    }

    String appId() {
        return app == null ? null : app.id();
    }

    String appName() {
        return app == null ? null : app.name();
    }

    String username() {
        return user != null ? user.username() : username;
    }

    String userId() {
        return user == null ? null : user.id();
    }
}
