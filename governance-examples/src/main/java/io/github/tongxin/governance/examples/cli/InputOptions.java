package io.github.tongxin.governance.examples.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input files and their encoding, shared by every subcommand (输入选项). */
final class InputOptions {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "Dataset files (.json, .jsonl, .csv, .xlsx) or directories of them; "
          + "division tables (provinces.csv ... villages*.csv) are recognised.")
  List<Path> files;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of CSV/JSON text, e.g. UTF-8, GBK, GB18030. "
          + "Default: detected per file (UTF-8 with or without BOM, else GB18030).")
  Charset encoding;
}
