package dev.signet.testkit;

import dev.signet.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The org an embedded server starts with, declared fluently: connected apps, users, approvals and
 * records, made in the order given; plus changes to the server's settings. {@link Signet#reset()}
 * brings the org back to exactly this.
 *
 * @param <B> the builder that declares (for chaining)
 */
public abstract class OrgDeclaration<B extends OrgDeclaration<B>> {
    private final List<Consumer<Signet>> steps = new ArrayList<>();
    private UnaryOperator<ServerConfig.Builder> config = UnaryOperator.identity();

    OrgDeclaration() {}

    /**
     * The org declared in an org file (YAML, as {@code signet server --org FILE} applies it: see the
     * project's docs/org-file.md), applied at start before the other declarations. Its apps'
     * certificates are the file's, so sign assertions for them with your own private key; apps
     * declared here with {@link #app} get generated keys as usual.
     */
    public B orgFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return config(b -> b.orgFile(file));
    }

    /** An app with the defaults of {@link AppSpec}: a generated key pair, pre-authorizing {@code Standard User}. */
    public B app(String name) {
        return app(name, UnaryOperator.identity());
    }

    public B app(String name, UnaryOperator<AppSpec> spec) {
        return step(signet -> signet.createApp(name, spec));
    }

    /** A user with the defaults of {@link UserSpec}; the username looks like an email address. */
    public B user(String username) {
        return user(username, UnaryOperator.identity());
    }

    public B user(String username, UnaryOperator<UserSpec> spec) {
        return step(signet -> signet.createUser(username, spec));
    }

    /** The user's approval of a self-authorize app (as the one-time consent would record it), all scopes. */
    public B approval(String appName, String username) {
        return step(signet -> signet.approve(appName, username));
    }

    /** A record, e.g. {@code record("Account", Map.of("Name", "Acme"))}. */
    public B record(String type, Map<String, ?> fields) {
        return step(signet -> signet.insert(type, fields));
    }

    /** Anything else to set up on the started server, in order with the other declarations. */
    public B step(Consumer<Signet> action) {
        steps.add(Objects.requireNonNull(action, "action must not be null"));
        return self();
    }

    /** Changes to the server's settings (lockout, clock skew, token rules…); port, database and clock are the kit's. */
    public B config(UnaryOperator<ServerConfig.Builder> customize) {
        UnaryOperator<ServerConfig.Builder> before = config;
        this.config = b -> customize.apply(before.apply(b));
        return self();
    }

    List<Consumer<Signet>> steps() {
        return List.copyOf(steps);
    }

    UnaryOperator<ServerConfig.Builder> config() {
        return config;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
