package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.io.DatasetReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --context DIR}: reference units (参照单位) that complete the unit tree of a partial
 * export, for example the national division tables above one community's files. They are never
 * judged: no finding is about them.
 */
final class ContextOptions {

  @Option(names = "--context", paramLabel = "DIR",
      description = "Reference units that complete the tree (e.g. the national division tables "
          + "or the district's own export); their own problems are not reported.")
  Path context;

  /**
   * Returns the reference units, empty without {@code --context}.
   *
   * @param err where reading problems of the context are described
   * @return the units
   * @throws TongxinCommand.UsageException when the directory does not exist or cannot be read
   */
  List<Unit> units(PrintWriter err) {
    if (context == null) {
      return List.of();
    }
    if (!Files.isDirectory(context)) {
      throw new TongxinCommand.UsageException("--context: not a directory: " + context, null);
    }
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(context));
    if (read.unreadableInput()) {
      throw new TongxinCommand.UsageException("--context: " + context + " cannot be read", null);
    }
    return read.dataset().units();
  }
}
