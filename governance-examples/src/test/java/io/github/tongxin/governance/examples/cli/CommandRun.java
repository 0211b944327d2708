package io.github.tongxin.governance.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the tongxin command line in a test, keeping what it prints on each stream. */
final class CommandRun {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /**
   * Runs the command line with the arguments and returns its exit code; built for them, as the
   * {@code tongxin} command builds it (only the subcommand named).
   */
  int run(String... args) {
    CommandLine cl = TongxinCommand.commandLine(args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
