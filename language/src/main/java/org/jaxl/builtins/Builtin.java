package org.jaxl.builtins;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a built-in function implemented by a {@link BuiltinNode}: its Python name and its
 * parameter list written as Python source, e.g. {@code "(*objects, sep=' ', end='\n')"}.
 * Defaults are literals; {@code _MISSING} marks an optional parameter the node sees as
 * {@link org.jaxl.runtime.PNone#NO_VALUE} when it is not passed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Builtin {
    String name();

    String signature() default "()";
}
