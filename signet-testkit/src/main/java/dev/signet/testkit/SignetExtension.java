package dev.signet.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Runs an embedded {@link Signet} for a test class: started before its {@code @BeforeAll}
 * methods, reset to the declared org before each test, stopped after its {@code @AfterAll} ones.
 * Test and lifecycle methods may take a {@link Signet} parameter; {@code Signet} fields of the
 * test instance are set before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SignetExtension SIGNET = SignetExtension.builder()
 *         .app("orders").user("ada@acme.test").record("Account", Map.of("Name", "Acme")).build();
 * }</pre>
 *
 * Registered on an instance field, it runs a server for each test instead. {@link SignetTest} uses
 * it with an empty org.
 */
public final class SignetExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private final OrgDeclaration<?> declaration;
    private Signet signet;
    /** The unique ID of the class or test whose end stops the server. */
    private String owner;

    /** For {@link SignetTest}: an empty org with the default settings. */
    public SignetExtension() {
        this(new Builder());
    }

    private SignetExtension(OrgDeclaration<?> declaration) {
        this.declaration = declaration;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running server. */
    public Signet signet() {
        if (signet == null) {
            throw new IllegalStateException("no Signet running: register the SignetExtension with @RegisterExtension");
        }
        return signet;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        if (signet == null) {
            startFor(context);
        } else {
            signet.reset();
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            setFields(instance);
        }
    }

    private void setFields(Object testInstance) throws IllegalAccessException {
        for (Field field : ReflectionSupport.findFields(testInstance.getClass(),
                f -> f.getType() == Signet.class && !Modifier.isStatic(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(testInstance, signet);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Signet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return signet();
    }

    private void startFor(ExtensionContext context) {
        if (signet == null) {
            signet = Signet.start(declaration);
            owner = context.getUniqueId();
        }
    }

    private void stopFor(ExtensionContext context) {
        if (signet != null && context.getUniqueId().equals(owner)) {
            Signet running = signet;
            signet = null;
            owner = null;
            running.close();
        }
    }

    /** The org and settings of the extension's server; {@link #build()} makes the extension. */
    public static final class Builder extends OrgDeclaration<Builder> {
        private Builder() {}

        public SignetExtension build() {
            return new SignetExtension(this);
        }
    }
}
