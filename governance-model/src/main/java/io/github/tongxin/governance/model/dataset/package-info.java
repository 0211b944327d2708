/**
 * The dataset aggregate ({@link io.github.tongxin.governance.model.dataset.GovernanceDataset}),
 * the record contract and where records came from.
 */
@GovernanceStyle
package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceStyle;
