/**
 * Reading and writing governance data files (数据导入导出):
 * {@link io.github.tongxin.governance.rules.io.DatasetReader} (JSON documents, JSON Lines, CSV in
 * UTF-8 or GBK/GB18030 with English or Chinese headers, XLSX, the national division tables),
 * {@link io.github.tongxin.governance.rules.io.DatasetWriter} (JSON, JSON Lines, CSV, Popolo),
 * the column maps of {@link io.github.tongxin.governance.rules.io.RecordColumns} and the national
 * division tables ({@link io.github.tongxin.governance.rules.io.DivisionTables}) loaded as units,
 * and the published format ({@link io.github.tongxin.governance.rules.io.FormatSchema}: JSON
 * Schema 2020-12 and the header maps).
 * Problems in the data become {@link io.github.tongxin.governance.rules.validation.Finding}s
 * with the rule ids of {@link io.github.tongxin.governance.rules.io.ReadRules}, never exceptions.
 */
package io.github.tongxin.governance.rules.io;
