package io.github.tongxin.governance.rules.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered set of rules (规则集) with unique ids. Immutable; {@link #with} returns a new set.
 */
public final class RuleSet {

  private final Map<String, Rule> rules;

  private RuleSet(Map<String, Rule> rules) {
    this.rules = rules;
  }

  /**
   * Returns a rule set of these rules, in this order.
   *
   * @param rules the rules
   * @return the set
   * @throws IllegalArgumentException when two rules share an id
   */
  public static RuleSet of(List<? extends Rule> rules) {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Rule previous = byId.putIfAbsent(rule.id(), rule);
      if (previous != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
    return new RuleSet(java.util.Collections.unmodifiableMap(byId));
  }

  /**
   * Returns a rule set of these rules, in this order.
   *
   * @param rules the rules
   * @return the set
   * @throws IllegalArgumentException when two rules share an id
   */
  public static RuleSet of(Rule... rules) {
    return of(Arrays.asList(rules));
  }

  /**
   * Returns a new set with the given rules added after these.
   *
   * @param more the rules to add
   * @return the new set
   * @throws IllegalArgumentException when an id is taken
   */
  public RuleSet with(Rule... more) {
    List<Rule> all = new ArrayList<>(rules.values());
    all.addAll(Arrays.asList(more));
    return of(all);
  }

  /**
   * Returns a new set with the given rule set's rules added after these.
   *
   * @param more the rules to add
   * @return the new set
   * @throws IllegalArgumentException when an id is taken
   */
  public RuleSet with(RuleSet more) {
    return with(more.rules().toArray(new Rule[0]));
  }

  /** Returns the rules in order. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns the rule with the id.
   *
   * @param id the rule id
   * @return the rule, or empty when there is none
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** Returns the number of rules. */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    return "RuleSet" + rules.keySet();
  }
}
