package dev.signet.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database of the test class's {@link SignetServerExtension} servers, where the extension's
 * builder does not name one: how a contract test's subclasses pick theirs.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnDatabase {
    ServerDatabase value();
}
