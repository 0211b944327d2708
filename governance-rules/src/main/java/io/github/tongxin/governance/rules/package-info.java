/**
 * Tongxin's rules: dataset validation, the hierarchy index and graph queries, the
 * decision-procedure engine, service dispatch and metrics, and importers. Start at
 * {@link io.github.tongxin.governance.rules.validation.DatasetValidator}.
 */
package io.github.tongxin.governance.rules;
