/**
 * Reading governance data from files (数据导入): for now the CSV parser and the national
 * division tables ({@link io.github.tongxin.governance.rules.io.DivisionTables}) loaded as units.
 * Problems in the data become {@link io.github.tongxin.governance.rules.validation.Finding}s
 * with the rule ids of {@link io.github.tongxin.governance.rules.io.ReadRules}, never exceptions.
 */
package io.github.tongxin.governance.rules.io;
