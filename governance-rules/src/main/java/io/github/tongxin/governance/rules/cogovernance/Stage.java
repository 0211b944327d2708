package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stage of a decision procedure (程序环节): its key, kind, names, the bodies that may act in it,
 * the decision rule that applies to each voting body, and whether it is required. A stage is
 * {@link Labelled} by its name, so that a finding names it in the language rendered.
 *
 * @param key the key that stage records use, e.g. {@code review}
 * @param kind the kind
 * @param nameZh the Chinese name, e.g. {@code 党员大会审议}
 * @param nameEn the English name
 * @param bodies the bodies that may act; empty when any may
 * @param rules the decision rule for each voting body; empty when the stage has no vote
 * @param required whether the procedure needs the stage
 */
public record Stage(
    String key,
    StageKind kind,
    String nameZh,
    String nameEn,
    List<DecisionBody> bodies,
    Map<DecisionBody, DecisionRule> rules,
    boolean required) implements Labelled {

  /** Checks and copies. */
  public Stage {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    bodies = List.copyOf(bodies);
    rules = Map.copyOf(rules);
  }

  /** Returns the Chinese name, as {@link #nameZh()}. */
  @Override
  public String zh() {
    return nameZh;
  }

  /** Returns the English name, as {@link #nameEn()}. */
  @Override
  public String en() {
    return nameEn;
  }

  /**
   * Returns this stage with the rule for a body replaced or added.
   *
   * @param body the body
   * @param rule its rule
   * @return the changed stage
   */
  public Stage withRule(DecisionBody body, DecisionRule rule) {
    Map<DecisionBody, DecisionRule> changed = new java.util.EnumMap<>(DecisionBody.class);
    changed.putAll(rules);
    changed.put(body, rule);
    return new Stage(key, kind, nameZh, nameEn, bodies, changed, required);
  }
}
