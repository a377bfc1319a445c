package dev.signet.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An embedded Signet for the test class, with an empty org: test and lifecycle methods take a
 * {@link Signet} parameter, and {@code Signet} fields of the test instance are set before each test. The org is reset
 * before each test, so a {@code @BeforeEach} method can create the apps and users each test starts
 * with. To declare the org once for the class, register a {@link SignetExtension} instead.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SignetExtension.class)
public @interface SignetTest {}
