package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;

/** The hierarchy index built straight from the dataset, on arrays, passes the unit tree contract. */
class IndexOfDatasetContractTest extends UnitTreeContractTest {

  @Override
  protected UnitTree build(GovernanceDataset dataset) {
    return HierarchyIndex.of(dataset);
  }
}
