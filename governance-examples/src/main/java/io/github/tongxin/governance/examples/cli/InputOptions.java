package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.ColumnMapping;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
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

  @Option(names = "--columns", paramLabel = "MAPPING.json", converter = MappingFile.class,
      description = "Column mapping: headers to properties per record type, declared extension "
          + "columns, enum synonyms and date patterns, in addition to the built-in aliases "
          + "(see CLI.md).")
  ColumnMapping columns;

  /** Reads a mapping file; a file that is not one is a usage error that says why. */
  static final class MappingFile implements CommandLine.ITypeConverter<ColumnMapping> {
    @Override
    public ColumnMapping convert(String value) throws Exception {
      try {
        return ColumnMapping.read(Path.of(value));
      } catch (java.io.IOException | IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("cannot read column mapping " + value
            + ": " + e.getMessage());
      }
    }
  }
}
