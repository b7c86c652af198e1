package id.pantauspbe.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An enum whose constants users read: each prefix plus a constant's name is a key of the message
 * bundles ({@code @Translated("stage.")} → {@code stage.MANDIRI}). The bundle test checks every
 * annotated enum, and that every key prefix the code completes at run time belongs to one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Translated {

    /** Key prefixes, each ending with a dot. */
    String[] value();
}
