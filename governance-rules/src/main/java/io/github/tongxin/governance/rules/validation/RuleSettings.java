package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How one rule is configured: switched off, given another severity, or given a locality's own
 * parameter values. Anything absent keeps the rule's default.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSettings.class)
@JsonDeserialize(as = ImmutableRuleSettings.class)
public abstract class RuleSettings implements WithRuleSettings {

  /** Returns whether the rule runs; absent means yes. */
  public abstract Optional<Boolean> enabled();

  /** Returns the severity replacing the rule's default, if any. */
  public abstract Optional<Severity> severity();

  /** Returns parameter values by name: numbers, booleans or strings. */
  public abstract Map<String, Object> parameters();

  /** Returns a builder. */
  public static RuleSettings.Builder builder() {
    return new RuleSettings.Builder();
  }

  /**
   * The builder of {@link RuleSettings}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableRuleSettings.Builder {}
}
