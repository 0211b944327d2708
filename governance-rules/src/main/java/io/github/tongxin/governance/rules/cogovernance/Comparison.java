package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/**
 * How a share is compared with a fraction (比较方式). Chinese law reads "以上" as including the
 * number itself (民法典 Art. 1259), so "三分之二以上" is {@link #AT_LEAST} and "过半数" is
 * {@link #MORE_THAN}.
 */
public enum Comparison implements Labelled {
  /** 不少于 (以上): the share is at least the fraction (≥). */
  AT_LEAST("≥"),
  /** 超过 (过半数): the share is more than the fraction (>). */
  MORE_THAN(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the mathematical symbol, {@code ≥} or {@code >}. */
  public String symbol() {
    return symbol;
  }

  /** Returns the negated symbol, {@code <} or {@code ≤}. */
  public String negatedSymbol() {
    return this == AT_LEAST ? "<" : "≤";
  }

  /**
   * Returns whether a result of {@link Fraction#compareShare} satisfies this comparison.
   *
   * @param sign the sign of share minus fraction
   * @return true when satisfied
   */
  public boolean accepts(int sign) {
    return this == AT_LEAST ? sign >= 0 : sign > 0;
  }
}
