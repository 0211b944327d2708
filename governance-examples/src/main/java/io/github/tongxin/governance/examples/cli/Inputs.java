package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.rules.io.ColumnMapping;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.ReadRules;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the inputs of a command, with a progress display on a terminal for large inputs. */
final class Inputs {

  /** Inputs larger than this, in bytes, show progress on a terminal. */
  static final long PROGRESS_THRESHOLD = 4L * 1024 * 1024;

  private Inputs() {}

  /**
   * Set to {@code always} to show progress whatever standard error is (for tests; a terminal
   * cannot be had in one).
   */
  static final String PROGRESS_PROPERTY = "tongxin.progress";

  /**
   * Returns the progress display for these options, or null when none is shown: shown on a
   * terminal for inputs larger than {@link #PROGRESS_THRESHOLD}, never with {@code --quiet}.
   */
  static Progress progress(InputOptions options, PrintWriter err) {
    if (options.quiet) {
      return null;
    }
    long total = size(options.files);
    boolean forced = "always".equals(System.getProperty(PROGRESS_PROPERTY));
    return forced || System.console() != null && total > PROGRESS_THRESHOLD
        ? new Progress(err, total) : null;
  }

  /**
   * Reads the files; an input that gave nothing is a finding ({@link #withNothingRead}) and
   * makes the input unreadable.
   */
  static DatasetReader.Result read(InputOptions options, PrintWriter err) {
    return read(options, err, progress(options, err));
  }

  /** Reads the files as {@link #read(InputOptions, PrintWriter)}, showing this progress. */
  static DatasetReader.Result read(InputOptions options, PrintWriter err, Progress progress) {
    DatasetReader.Result read = reader(options, progress).read(options.files);
    ValidationReport report = withNothingRead(options.files, read.dataset().size(),
        read.report());
    return report == read.report() ? read
        : new DatasetReader.Result(read.dataset(), report, true);
  }

  /**
   * Returns the report of reading with a {@code read.unreadable-file} finding "nothing read" for
   * each input that gave nothing: a file that is empty or holds only a byte-order mark, and,
   * when no record at all was read and reading found nothing to say, every input (an empty
   * directory, a directory without dataset files). Such a run would otherwise end with exit 0
   * and no finding, as if the data were clean.
   *
   * @param inputs the FILE|DIR arguments
   * @param records the records read
   * @param reading the report of reading
   * @return the report with those findings; {@code reading} itself when there is none
   */
  static ValidationReport withNothingRead(List<Path> inputs, long records,
      ValidationReport reading) {
    List<Finding> nothing = new ArrayList<>();
    for (Path p : inputs) {
      if (emptyFile(p)) {
        nothing.add(nothingRead(p, "文件为空或只有字节顺序标记（BOM）",
            "the file is empty or holds only a byte-order mark"));
      }
    }
    if (nothing.isEmpty() && records == 0 && reading.isEmpty()) {
      for (Path p : inputs) {
        nothing.add(nothingRead(p, Files.isDirectory(p) ? "目录中没有可读的数据文件"
            : "文件中没有记录", Files.isDirectory(p)
            ? "the directory holds no dataset file (.json, .jsonl, .csv, .xlsx)"
            : "the file holds no record"));
      }
    }
    return nothing.isEmpty() ? reading
        : reading.merge(ValidationReport.of(nothing, ReadRules.descriptors()));
  }

  private static Finding nothingRead(Path p, String zh, String en) {
    return Finding.builder().ruleId(ReadRules.UNREADABLE_FILE).severity(Severity.ERROR)
        .location(Origin.of(p.toString())).zh("未读取到任何内容：" + zh).en("nothing read: " + en)
        .source(ReadRules.descriptors().stream()
            .filter(d -> d.id().equals(ReadRules.UNREADABLE_FILE)).findFirst().orElseThrow()
            .source())
        .build();
  }

  private static boolean emptyFile(Path p) {
    try {
      if (!Files.isRegularFile(p) || Files.size(p) > 3) {
        return false;
      }
      byte[] b = Files.readAllBytes(p);
      return b.length == 0 || Arrays.equals(b, UTF8_BOM) || (b.length == 2
          && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
          || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)));
    } catch (IOException e) {
      return false;
    }
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Returns the reader for the options: their encoding, and a line on stderr per file when
   * {@link #progress}; refuses inputs larger than {@code --max-input-bytes} (the
   * files named and those directly in the directories named, as the reader reads them).
   */
  static DatasetReader reader(InputOptions options, PrintWriter err) {
    return reader(options, progress(options, err));
  }

  private static DatasetReader reader(InputOptions options, Progress progress) {
    if (options.maxInputBytes != null) {
      long size = size(options.files);
      if (size > options.maxInputBytes) {
        throw new TongxinCommand.InputRefusedException("the inputs hold " + size
            + " bytes, more than --max-input-bytes " + options.maxInputBytes
            + "; nothing was read / 输入共 " + size + " 字节，超过 --max-input-bytes，未读取");
      }
    }
    return DatasetReader.builder()
        .charset(options.encoding)
        .columns(options.columns == null ? ColumnMapping.empty() : options.columns)
        .progress(progress == null ? null : progress::file)
        .build();
  }

  static long size(List<Path> files) {
    long total = 0;
    for (Path p : files) {
      try {
        if (Files.isDirectory(p)) {
          try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
            for (Path e : dir) {
              if (Files.isRegularFile(e)) {
                total += Files.size(e);
              }
            }
          }
        } else if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      } catch (IOException e) {
        // the reader reports the file; no progress is needed for it
      }
    }
    return total;
  }

  /**
   * Reads the files; when some cannot be read, says where and why on standard error and returns
   * null (the command then exits with {@link TongxinCommand#UNREADABLE}).
   */
  static DatasetReader.Result readOrExplain(InputOptions options, PrintWriter err, Lang lang) {
    DatasetReader.Result read = read(options, err);
    if (!read.unreadableInput()) {
      return read;
    }
    read.report().masked().findings().forEach(f -> err.println("tongxin: " + f.location()
        .map(Object::toString).orElse("") + ": " + f.message(lang.locale())));
    return null;
  }
}
