/**
 * The Tongxin governance model: immutable records of the hierarchy (the core), services (the
 * line) and co-governance (the substance), with Jackson 3 binding and Bean Validation
 * constraints. See the subpackages; {@link io.github.tongxin.governance.model.GovernanceStyle}
 * is the Immutables style they share.
 */
package io.github.tongxin.governance.model;
