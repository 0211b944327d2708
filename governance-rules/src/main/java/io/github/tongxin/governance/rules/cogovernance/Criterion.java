package io.github.tongxin.governance.rules.cogovernance;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A test on a meeting's counts (判定条件): one {@link Condition}, or several combined with
 * {@link AllOf} (AND) or {@link AnyOf} (OR).
 */
public sealed interface Criterion permits Condition, Criterion.AllOf, Criterion.AnyOf {

  /**
   * Returns the conditions inside, depth first.
   *
   * @return the conditions, never empty
   */
  List<Condition> conditions();

  /**
   * Returns this criterion with every condition replaced by {@code change} applied to it.
   *
   * @param change the replacement, applied to every condition
   * @return the changed criterion
   */
  Criterion map(UnaryOperator<Condition> change);

  /**
   * Returns a criterion met when all parts are met (AND).
   *
   * @param parts at least one
   * @return the combination
   */
  static Criterion allOf(Criterion... parts) {
    return new AllOf(List.of(parts));
  }

  /**
   * Returns a criterion met when any part is met (OR).
   *
   * @param parts at least one
   * @return the combination
   */
  static Criterion anyOf(Criterion... parts) {
    return new AnyOf(List.of(parts));
  }

  /**
   * All parts must be met (并且).
   *
   * @param parts the parts, at least one
   */
  record AllOf(List<Criterion> parts) implements Criterion {
    /** Checks and copies the parts. */
    public AllOf {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("allOf needs at least one part");
      }
    }

    @Override
    public List<Condition> conditions() {
      return parts.stream().flatMap(p -> p.conditions().stream()).toList();
    }

    @Override
    public Criterion map(UnaryOperator<Condition> change) {
      return new AllOf(parts.stream().map(p -> p.map(change)).toList());
    }
  }

  /**
   * At least one part must be met (或者).
   *
   * @param parts the parts, at least one
   */
  record AnyOf(List<Criterion> parts) implements Criterion {
    /** Checks and copies the parts. */
    public AnyOf {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("anyOf needs at least one part");
      }
    }

    @Override
    public List<Condition> conditions() {
      return parts.stream().flatMap(p -> p.conditions().stream()).toList();
    }

    @Override
    public Criterion map(UnaryOperator<Condition> change) {
      return new AnyOf(parts.stream().map(p -> p.map(change)).toList());
    }
  }
}
