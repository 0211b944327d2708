package io.github.tongxin.governance.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress display of a long run on a terminal (长任务进度): one line on standard error per
 * file as it starts, with the bytes read so far of the whole input, the rate and the time left
 * at that rate, then one line when the rules start. Reports are not touched; nothing is shown
 * when standard error is not a terminal or with {@code --quiet} ({@link Inputs#progress}).
 */
final class Progress {

  private final PrintWriter err;
  private final long total;
  private final long start = System.nanoTime();
  private long done;
  private long current;
  private int files;

  Progress(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  /** Says that a file is about to be read; the files before it count as read. */
  void file(Path file) {
    done += current;
    current = size(file);
    files++;
    double seconds = seconds();
    StringBuilder line = new StringBuilder("读取 / reading [").append(files).append("] ")
        .append(file).append(" (").append(mb(current)).append("); ")
        .append(mb(done)).append(" of ").append(mb(total)).append(" read");
    if (done > 0 && seconds > 0) {
      double rate = done / seconds;
      line.append(", ").append(mb((long) rate)).append("/s, about ")
          .append(String.format(Locale.ROOT, "%.0f", Math.max(0, total - done) / rate))
          .append(" s left");
    }
    err.println(line);
    err.flush();
  }

  /** Says that reading is over and the rules start. */
  void phase(long records, int rules) {
    err.println(String.format(Locale.ROOT,
        "校验 / validating %,d records with %d rules (read in %.1f s) ...", records, rules,
        seconds()));
    err.flush();
  }

  private double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }
}
