/**
 * The {@code tongxin} command line (命令行工具): {@code validate}, {@code query}, {@code stats}
 * and {@code export} over files in every format {@link
 * io.github.tongxin.governance.rules.io.DatasetReader} reads. Entry point and exit codes:
 * {@link io.github.tongxin.governance.examples.cli.TongxinCommand}; the JSON report format:
 * {@link io.github.tongxin.governance.examples.cli.JsonReport}; see {@code CLI.md}.
 */
package io.github.tongxin.governance.examples.cli;
