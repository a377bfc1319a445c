package dev.signet.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The server's architecture, as rules the build enforces: features do not form cycles, storage
 * and domain code know nothing of HTTP, only the composition root builds the server's
 * components, only the error writer writes OAuth error bodies, and constructors stay small.
 */
@AnalyzeClasses(packages = "dev.signet.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "dev.signet.server";

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("dev.signet.server.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule storageAndDomainKnowNothingOfHttp = noClasses()
            .that().resideInAnyPackage(ROOT + ".storage..", ROOT + ".model..", ROOT + ".data..", ROOT + ".admin..",
                    ROOT + ".login..", ROOT + ".keys..", ROOT + ".secrets..", ROOT + ".config..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                    "jakarta.servlet..", ROOT + ".http..");

    @ArchTest
    static final ArchRule httpHandlersDoNotQueryStorage = noClasses()
            .that(useJavalinRequests())
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".storage..")
            .because("HTTP code reaches the database only through the services the composition root hands it");

    @ArchTest
    static final ArchRule onlyTheCompositionRootBuildsComponents = constructors()
            .that(areComponentConstructors())
            .should(beCalledOnlyByTheCompositionRoot())
            .because("ServerAssembly builds every repository, service, grant, policy and HTTP module once");

    @ArchTest
    static final ArchRule onlyTheErrorWriterWritesOAuthErrorBodies = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".http.ErrorResponses")
            .should().callMethod(dev.signet.core.oauth.ErrorResponse.class, "toJson",
                    dev.signet.core.oauth.OAuth2Error.class);

    @ArchTest
    static final ArchRule constructorsTakeAtMostSevenParameters = constructors()
            .that().areDeclaredInClassesThat().areNotRecords()
            .should(haveAtMostParameters(7));

    private static DescribedPredicate<JavaClass> useJavalinRequests() {
        return DescribedPredicate.describe("handle HTTP requests (use Javalin's request API)",
                type -> type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("io.javalin.http")));
    }

    // Components: what the composition root wires together, recognised by the role in their name.
    private static DescribedPredicate<JavaConstructor> areComponentConstructors() {
        return DescribedPredicate.describe("of repositories, services, grants, policies, issuers and HTTP modules",
                constructor -> isComponent(constructor.getOwner()));
    }

    // The root package (ServerAssembly), Repositories.on, or the class's own factories.
    private static ArchCondition<JavaConstructor> beCalledOnlyByTheCompositionRoot() {
        return new ArchCondition<>("be called only by the composition root") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                constructor.getCallsOfSelf().stream()
                        .filter(call -> !call.getOriginOwner().getPackageName().equals(ROOT)
                                && !call.getOriginOwner().getName().equals(ROOT + ".storage.Repositories")
                                && !call.getOriginOwner().equals(constructor.getOwner()))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
            }
        };
    }

    private static boolean isComponent(JavaClass type) {
        String name = type.getSimpleName();
        return type.getPackageName().startsWith(ROOT) && !isPureValue(type)
                && (name.endsWith("Repository") || name.endsWith("Service") || name.endsWith("GrantHandler")
                        || name.endsWith("Policy") || name.endsWith("Issuer") || name.endsWith("Recorder")
                        || type.isAssignableTo(ROOT + ".http.HttpModule"));
    }

    // A record with behaviour is a component whose constructor is its declaration; a record with
    // only its accessors is a value, which anyone may make.
    private static boolean isPureValue(JavaClass type) {
        return type.isRecord() && type.getMethods().stream()
                .allMatch(m -> m.getRawParameterTypes().isEmpty() || m.getName().equals("equals"));
    }

    private static ArchCondition<JavaConstructor> haveAtMostParameters(int max) {
        return new ArchCondition<>("have at most " + max + " parameters") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = constructor.getRawParameterTypes().size();
                if (count > max) {
                    events.add(SimpleConditionEvent.violated(constructor,
                            constructor.getFullName() + " has " + count + " parameters"));
                }
            }
        };
    }
}
