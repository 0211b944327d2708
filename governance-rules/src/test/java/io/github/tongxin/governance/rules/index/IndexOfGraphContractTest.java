package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;

/** The hierarchy index built from the governance graph's analysis passes the unit tree contract. */
class IndexOfGraphContractTest extends UnitTreeContractTest {

  @Override
  protected UnitTree build(GovernanceDataset dataset) {
    return HierarchyIndex.of(GovernanceGraph.of(dataset));
  }
}
