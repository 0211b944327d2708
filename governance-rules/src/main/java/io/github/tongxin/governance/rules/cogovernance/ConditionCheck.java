package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.rules.validation.Message;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One condition as tested on a meeting (条件核算), with every number.
 *
 * @param phase what the condition belongs to: quorum, threshold, or composition
 * @param key the condition's parameter key, e.g. {@code quorum.adults} or
 *     {@code composition.women}
 * @param count the subject's count (heads, households or m²)
 * @param reference the reference's count
 * @param satisfied whether the condition holds
 * @param line the line, a message of this package's bundle, e.g. in Chinese
 *     {@code 到会 23 人 / 应到会 30 人 > 1/2（15）✓}
 */
public record ConditionCheck(
    Phase phase,
    String key,
    BigDecimal count,
    BigDecimal reference,
    boolean satisfied,
    Message line) {

  /** Checks that nothing is missing. */
  public ConditionCheck {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(line, "line");
  }

  /** Returns the line in Chinese. */
  public String zh() {
    return CogovernanceTexts.zh(line);
  }

  /** Returns the line in English. */
  public String en() {
    return CogovernanceTexts.en(line);
  }

  /** What part of a decision rule a condition belongs to. */
  public enum Phase {
    /** 组成: the body's composition (D3). */
    COMPOSITION,
    /** 法定人数: whether enough took part for the vote to count. */
    QUORUM,
    /** 表决通过: whether the vote carried. */
    THRESHOLD
  }
}
