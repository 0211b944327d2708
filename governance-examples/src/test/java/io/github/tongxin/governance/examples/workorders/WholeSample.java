package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;

/**
 * The whole sample district (all eight streets, {@link XunyangSample#DEFAULT_SEED}) as the
 * examples' {@code main} methods generate it, built once per test run and shared by the tests
 * that run those examples (generating it takes several seconds).
 */
public final class WholeSample {

  private WholeSample() {}

  /** Returns the whole sample district. */
  public static GovernanceDataset district() {
    return Holder.DISTRICT;
  }

  private static final class Holder {
    static final GovernanceDataset DISTRICT =
        XunyangSample.generate(XunyangSample.DEFAULT_SEED, XunyangSample.ALL_STREETS);
  }
}
