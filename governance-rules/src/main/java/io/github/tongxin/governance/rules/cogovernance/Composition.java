package io.github.tongxin.governance.rules.cogovernance;

/**
 * The composition a villagers' representative meeting must have (村民代表会议组成), from
 * 村民委员会组织法 Art. 25 (RULES.md D3, [V]): representatives at least 4/5 of its members, women
 * representatives at least 1/3 of its members, and one representative per 5 to 15 households.
 * Every number is a parameter; a meeting whose roster breaks one is {@code INVALID_ROSTER}.
 * Members without a recorded sex count as not women; representatives without a recorded number
 * of households are not checked for it.
 *
 * @param representativeShare the least share of representatives among members
 * @param womenShare the least share of women representatives among members
 * @param minHouseholdsPerRepresentative the fewest households one representative may stand for
 * @param maxHouseholdsPerRepresentative the most households one representative may stand for
 */
public record Composition(
    Fraction representativeShare,
    Fraction womenShare,
    int minHouseholdsPerRepresentative,
    int maxHouseholdsPerRepresentative) {

  /** The national default of D3: 4/5, 1/3, 5-15 households. */
  public static final Composition VILLAGER_REPRESENTATIVES =
      new Composition(Fraction.FOUR_FIFTHS, Fraction.ONE_THIRD, 5, 15);

  /** Checks the range. */
  public Composition {
    if (minHouseholdsPerRepresentative < 0
        || maxHouseholdsPerRepresentative < minHouseholdsPerRepresentative) {
      throw new IllegalArgumentException(
          "households per representative range is empty: "
              + minHouseholdsPerRepresentative + "-" + maxHouseholdsPerRepresentative);
    }
  }
}
