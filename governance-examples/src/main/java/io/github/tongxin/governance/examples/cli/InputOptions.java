package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.ColumnMapping;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

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

  @Option(names = "--max-input-bytes", paramLabel = "N", converter = ByteSize.class,
      description = "Refuse, before reading anything, inputs larger than N bytes in all "
          + "(suffix k, m or g for KiB, MiB, GiB: 512m), with exit 2. Default: no limit "
          + "(the heap is then the limit; see --bounded-memory).")
  Long maxInputBytes;

  /** Reads {@code 1048576}, {@code 512k}, {@code 64m}, {@code 2g}: a positive size in bytes. */
  static final class ByteSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      int shift = v.endsWith("k") ? 10 : v.endsWith("m") ? 20 : v.endsWith("g") ? 30 : 0;
      String digits = shift == 0 ? v : v.substring(0, v.length() - 1);
      try {
        long n = Long.parseLong(digits);
        if (n < 1 || n > (Long.MAX_VALUE >> shift)) {
          throw new TypeConversionException("not a size from 1 byte to 8 EiB: " + value);
        }
        return n << shift;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a size in bytes (e.g. 1048576, 512k, 64m, 2g): "
            + value);
      }
    }
  }

  @Option(names = "--quiet",
      description = "No progress line on standard error. Progress is shown only when standard "
          + "error is a terminal and the inputs exceed 4 MiB; reports are the same either way.")
  boolean quiet;

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
