package dev.signet.server;

import dev.signet.core.jose.JwtAssertion;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A real server on a free port for a test class (started before its {@code @BeforeAll} methods,
 * stopped after its {@code @AfterAll} ones) or for each test, with the {@link ServerFixture}
 * helpers on the server it runs; its temporary data directory is removed when it stops.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SignetServerExtension server = SignetServerExtension.builder().clock(TestClock::realTime).build();
 * }</pre>
 *
 * Register a per-class one on a static field. The database is the builder's, else the test
 * class's {@link OnDatabase}, else {@link ServerDatabase#DEFAULT}. Test and lifecycle methods may
 * take the {@link TestServer} as a parameter.
 */
public final class SignetServerExtension implements ServerFixture, BeforeAllCallback, AfterAllCallback,
        BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final Builder settings;
    private TestServer current;
    private Clock currentClock;
    private ConnectedApp app;
    private String user;

    private SignetServerExtension(Builder settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running server. */
    public TestServer testServer() {
        if (current == null) {
            throw new IllegalStateException("no server running: register the SignetServerExtension with "
                    + "@RegisterExtension (a per-class one on a static field)");
        }
        return current;
    }

    /** The running server's clock, when the builder gave a {@link TestClock}. */
    public TestClock clock() {
        testServer();
        if (!(currentClock instanceof TestClock testClock)) {
            throw new IllegalStateException("the server's clock is not a TestClock: " + currentClock);
        }
        return testClock;
    }

    /** The class's app: {@link #createApp()}'s, made on first use for each server. */
    public ConnectedApp app() {
        if (app == null) {
            app = createApp();
        }
        return app;
    }

    /** The class's user: {@link #createUser()}'s, made on first use for each server. */
    public String user() {
        if (user == null) {
            user = createUser();
        }
        return user;
    }

    /** An assertion builder for the class's app and user ({@link #assertion(ConnectedApp, String)}). */
    public JwtAssertion.Builder assertion() {
        return assertion(app(), user());
    }

    @Override
    public SignetServer server() {
        return testServer().server();
    }

    @Override
    public Path dataDir() {
        return testServer().dataDir();
    }

    @Override
    public HttpResponse<String> send(HttpRequest request) {
        return testServer().send(request);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!settings.perTest) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings.perTest) {
            start(context);
        } else if (current == null) {
            throw new ExtensionConfigurationException("a per-class SignetServerExtension must be registered on a "
                    + "static field (" + context.getRequiredTestClass().getName() + ")");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (settings.perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!settings.perTest) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return testServer();
    }

    private void start(ExtensionContext context) {
        if (current != null) {
            throw new IllegalStateException("a server is already running for " + context.getDisplayName());
        }
        ServerDatabase db = settings.database != null ? settings.database
                : AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OnDatabase.class)
                        .map(OnDatabase::value).orElse(ServerDatabase.DEFAULT);
        Clock serverClock = settings.clock == null ? null : settings.clock.get();
        TestServer started = db.start(b -> settings.config.apply(serverClock == null ? b : b.clock(serverClock)));
        current = started;
        currentClock = serverClock;
        try {
            settings.onStart.accept(started);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    private void stop() {
        TestServer running = current;
        current = null;
        currentClock = null;
        app = null;
        user = null;
        if (running != null) {
            running.close();
        }
    }

    /** The extension's settings; {@link #build()} makes the extension that keeps them. */
    public static final class Builder {
        private boolean perTest;
        private ServerDatabase database;
        private Supplier<? extends Clock> clock;
        private UnaryOperator<ServerConfig.Builder> config = UnaryOperator.identity();
        private Consumer<TestServer> onStart = server -> {};

        private Builder() {}

        /** A new server for each test instead of one for the class. */
        public Builder perTest() {
            this.perTest = true;
            return this;
        }

        public Builder database(ServerDatabase database) {
            this.database = Objects.requireNonNull(database);
            return this;
        }

        /** The server's clock, a new one from {@code clocks} for each server started. */
        public Builder clock(Supplier<? extends Clock> clocks) {
            this.clock = Objects.requireNonNull(clocks);
            return this;
        }

        /** Changes to the server's configuration (after port 0, data directory and admin secret). */
        public Builder config(UnaryOperator<ServerConfig.Builder> customize) {
            UnaryOperator<ServerConfig.Builder> before = config;
            this.config = b -> customize.apply(before.apply(b));
            return this;
        }

        /** Runs once each server has started, before any test or {@code @BeforeAll} method uses it. */
        public Builder onStart(Consumer<TestServer> action) {
            this.onStart = this.onStart.andThen(Objects.requireNonNull(action));
            return this;
        }

        public SignetServerExtension build() {
            return new SignetServerExtension(this);
        }
    }
}
