/**
 * Rules on single records: Bean Validation of every record (its constraint annotations,
 * identifier checks among them) as one layer of the dataset report.
 */
package io.github.tongxin.governance.rules.record;
