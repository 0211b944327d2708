package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A locality's rule configuration (规则配置): rules switched off, severities changed, parameters
 * set to its own numbers. In JSON:
 *
 * <pre>{@code
 * {"rules": {
 *   "grid.size": {"parameters": {"minHouseholds": 200, "maxHouseholds": 600}},
 *   "coverage.contact-link.max-households": {"severity": "ERROR"},
 *   "team.multi-network": {"enabled": false}}}
 * }</pre>
 *
 * <p>A configuration naming a rule that is not in the rule set, or a parameter the rule does not
 * have, is refused when the {@link DatasetValidator} is built.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleConfig.class)
@JsonDeserialize(as = ImmutableRuleConfig.class)
public abstract class RuleConfig implements WithRuleConfig {

  /** Returns the settings by rule id; rules not named keep their defaults. */
  public abstract Map<String, RuleSettings> rules();

  /** Returns the configuration that changes nothing. */
  public static RuleConfig defaults() {
    return builder().build();
  }

  /** Returns a builder. */
  public static RuleConfig.Builder builder() {
    return new RuleConfig.Builder();
  }

  /**
   * Reads a configuration from JSON.
   *
   * @param in the JSON document; not closed
   * @return the configuration
   * @throws IllegalArgumentException when the document is not a valid configuration, saying
   *     where and why
   */
  public static RuleConfig read(InputStream in) {
    try {
      return GovernanceJson.mapper().readValue(in, RuleConfig.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "invalid rule configuration: " + GovernanceJson.describe(e), e);
    }
  }

  /**
   * Reads a configuration from a JSON file.
   *
   * @param file the file
   * @return the configuration
   * @throws IllegalArgumentException when the file is not a valid configuration
   * @throws UncheckedIOException when the file cannot be read
   */
  public static RuleConfig read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule configuration " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the settings for one rule.
   *
   * @param ruleId the rule's id
   * @return the settings, empty settings when the rule is not named
   */
  public final RuleSettings settings(String ruleId) {
    return rules().getOrDefault(ruleId, RuleSettings.builder().build());
  }

  /** Returns the configuration in JSON. */
  public final String toJson() {
    return GovernanceJson.mapper().writeValueAsString(this);
  }

  /**
   * The builder of {@link RuleConfig}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableRuleConfig.Builder {}
}
