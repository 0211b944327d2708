package io.github.tongxin.governance.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every Tongxin value type, put once on each value package's
 * {@code package-info.java} (never on a type). The generated classes are package-private
 * ({@code visibility = PACKAGE}) and overshadowed ({@code overshadowImplementation}): a user
 * names only the value type, its nested {@code Builder} and its own methods.
 *
 * <p>Each value type {@code X} declares {@code public static class Builder extends
 * ImmutableX.Builder {}} and {@code implements WithX}, as the Immutables documentation shows for
 * the "sandwich" style: {@code X.builder()} returns an {@code X.Builder} whose methods chain as
 * {@code X.Builder}, {@code X.builder().from(x)} starts from an existing value, {@code build()}
 * returns an {@code X}, and {@code x.withName(...)} returns an {@code X}. Builders are not
 * strict, because Immutables generates {@code from(...)} only for non-strict builders; a value
 * is still checked when it is built. Generated code uses the JDK only.
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true))
public @interface GovernanceStyle {}
