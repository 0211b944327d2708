package io.github.tongxin.governance.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Tongxin value type: strict builders (an attribute may be set
 * once), public generated classes named {@code Immutable*}, {@code with*} copy methods, and no
 * dependency beyond the JDK in generated code. Put it on a {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface GovernanceStyle {}
