package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.divisions.OfficialDivisions;
import java.nio.file.Files;
import java.nio.file.Path;

/** The edition of the official division tables a {@code --divisions} option names. */
final class OfficialEdition {

  private OfficialEdition() {}

  /**
   * Returns the edition: {@code bundled} for the shipped one, else the directory's.
   *
   * @throws TongxinCommand.UsageException when the directory is missing, holds no table, or
   *     holds rows that cannot be read
   */
  static OfficialDivisions of(String option) {
    if (option.equals("bundled")) {
      return OfficialDivisions.bundled();
    }
    Path dir = Path.of(option);
    if (!Files.isDirectory(dir)) {
      throw new TongxinCommand.UsageException(
          "--divisions: not \"bundled\" nor a directory of division tables: " + option, null);
    }
    OfficialDivisions edition = OfficialDivisions.load(dir);
    if (edition.size() == 0 || !edition.loadReport().findings().isEmpty()) {
      throw new TongxinCommand.UsageException("--divisions: the tables in " + option
          + " cannot be read in full: " + edition.loadReport().findings().stream()
              .map(f -> f.location().map(o -> o + ": ").orElse("") + f.en()).toList(), null);
    }
    return edition;
  }
}
