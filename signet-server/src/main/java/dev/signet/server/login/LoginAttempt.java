package dev.signet.server.login;

import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.User;

/** What is known about a login attempt so far; filled in as the checks progress. */
public final class LoginAttempt {
    private final String orgId;
    private final RequestInfo request;
    private ConnectedApp app;
    private String username;
    private User user;

    public LoginAttempt(String orgId, RequestInfo request) {
        this.orgId = orgId;
        this.request = request;
    }

    public void app(ConnectedApp value) {
        this.app = value;
    }

    public void username(String value) {
        this.username = value;
    }

    public void user(User value) {
        this.user = value;
    }

    String orgId() {
        return orgId;
    }

    public RequestInfo request() {
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
