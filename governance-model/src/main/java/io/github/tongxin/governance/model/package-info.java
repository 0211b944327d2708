/**
 * The Tongxin governance model: immutable records of the hierarchy (the core), services (the
 * line) and co-governance (the substance), with Jackson 3 binding and Bean Validation
 * constraints. This package holds what every part shares: the record contract
 * {@link io.github.tongxin.governance.model.GovernanceRecord}, where a record came from
 * ({@link io.github.tongxin.governance.model.Origin}), {@link io.github.tongxin.governance.model.Labelled}
 * and {@link io.github.tongxin.governance.model.GovernanceStyle}, the Immutables style of every
 * value package. See the subpackages for the records.
 */
@GovernanceStyle
package io.github.tongxin.governance.model;
