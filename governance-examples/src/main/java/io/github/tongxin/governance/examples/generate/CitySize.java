package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.Labelled;

/** The named sizes of generated data (数据规模) used by the benchmarks of issue 8. */
public enum CitySize implements Labelled {
  /** 区: a district of 100,000 households. */
  DISTRICT(100_000),
  /** 市: a city of 1,000,000 households. */
  CITY(1_000_000),
  /** 超大城市: a megacity of 8,000,000 households (about 9 million units). */
  MEGACITY(8_000_000);

  private final int households;

  CitySize(int households) {
    this.households = households;
  }

  /** Returns the number of households. */
  public int households() {
    return households;
  }
}
