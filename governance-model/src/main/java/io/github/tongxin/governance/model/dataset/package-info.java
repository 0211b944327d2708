/**
 * The dataset aggregate ({@link io.github.tongxin.governance.model.dataset.GovernanceDataset}),
 * and the record types ({@link io.github.tongxin.governance.model.dataset.RecordType}, derived
 * from the record classes).
 */
@GovernanceStyle
package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceStyle;
