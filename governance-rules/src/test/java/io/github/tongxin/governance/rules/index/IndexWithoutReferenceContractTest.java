package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import java.util.List;

/** The hierarchy index built with an empty list of reference units (the validator's default) passes the unit tree contract. */
class IndexWithoutReferenceContractTest extends UnitTreeContractTest {

  @Override
  protected UnitTree build(GovernanceDataset dataset) {
    return HierarchyIndex.of(dataset, List.of());
  }
}
