package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.ColumnMapping;
import io.github.tongxin.governance.rules.io.DatasetReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the inputs of a command, with a progress display on a terminal for large inputs. */
final class Inputs {

  /** Inputs larger than this, in bytes, show progress on a terminal. */
  static final long PROGRESS_THRESHOLD = 4L * 1024 * 1024;

  private Inputs() {}

  /** Returns whether progress should be shown for these files. */
  static boolean showProgress(List<Path> files) {
    return System.console() != null && size(files) > PROGRESS_THRESHOLD;
  }

  /** Reads the files. */
  static DatasetReader.Result read(InputOptions options, PrintWriter err) {
    return reader(options, err).read(options.files);
  }

  /**
   * Returns the reader for the options: their encoding, and a line on stderr per file when
   * {@link #showProgress(List)}.
   */
  static DatasetReader reader(InputOptions options, PrintWriter err) {
    boolean progress = showProgress(options.files);
    return DatasetReader.builder()
        .charset(options.encoding)
        .columns(options.columns == null ? ColumnMapping.empty() : options.columns)
        .progress(progress ? f -> err.println("读取 / reading " + f + " ...") : null)
        .build();
  }

  private static long size(List<Path> files) {
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
