package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shell command shown in the project's Markdown documents is run, or listed here with why
 * not; the {@code tongxin} commands run and print what the documents show.
 *
 * <p>A command is a line of a fenced block (unlabelled, {@code bash}, {@code sh}, {@code shell}
 * or {@code console}) that starts with the prompt {@code $ }, a line of a {@code bash}/{@code sh}
 * block, or a line of an unlabelled block starting with {@code java}, {@code mvn} or
 * {@code curl}; a line ending with a backslash continues on the next. {@code tongxin} is
 * {@code java -jar tongxin.jar} (or {@code governance-examples/target/tongxin.jar}), run here as
 * a process of the test's class path in a directory holding CLI.md's sample {@code data/} (built
 * from its "Sample data" section) and links to {@code governance-examples} and
 * {@code ../shared}. After a {@code $ } command, the lines up to the next prompt are what it
 * prints: standard output exactly (a duration such as {@code (0.4 s)} stands for any), lines marked {@code (standard error)} on standard error (no
 * other line there), a line {@code ...} leaving out lines; {@code $ echo $?} shows the exit
 * code, {@code $ cat FILE} writes the lines after it to FILE. A command without a prompt
 * prints the block right after it, when that block holds no command.
 */
class DocumentCommandsTest {

  /** The documents with commands, relative to the repository. */
  private static final List<String> DOCUMENTS = List.of(
      "README.md",
      "CONTRIBUTING.md",
      "governance-examples/CLI.md",
      "governance-examples/EXAMPLES.md",
      "governance-examples/EXAMPLES-SERVICE.md",
      "governance-examples/PERFORMANCE.md",
      "governance-examples/governance-spring-example/README.md",
      "governance-rules/SECURITY.md",
      "governance-rules/RULES.md",
      "governance-model/DOMAIN.md",
      "governance-rules/governance-divisions/README.md");

  /**
   * Commands not run by this test, by the start of their text, with why. Each must still match
   * a command of the documents.
   */
  private static final Map<String, String> NOT_RUN = new LinkedHashMap<>();

  static {
    NOT_RUN.put("mvn -B -q -pl governance-examples -am package -DskipTests",
        "builds the jar; this test runs inside that build, and .ci/run runs the README's first "
            + "command (the build, then ValidateDistrict)");
    NOT_RUN.put("mvn -B verify", "the build this test is part of; .ci/run runs it");
    NOT_RUN.put("mvn -B -q -pl governance-examples/governance-spring-example",
        "builds and starts the Spring Boot example; .ci/run runs it and sends it the walk-through");
    NOT_RUN.put("curl -s -H 'Authorization: Bearer",
        "the Spring Boot walk-through: TongxinApiContract.runsTheReadmeWalkThrough sends these "
            + "requests (on H2 and PostgreSQL), and .ci/run sends the README's block to the "
            + "started jar with a shell");
    NOT_RUN.put("ORDER=$(curl", "the Spring Boot walk-through, as above");
    NOT_RUN.put("curl -H 'X-Tongxin-Scope:",
        "printed by GovernanceApiServer when it starts; GovernanceApiServerTest calls it");
    NOT_RUN.put("curl -s -H \"X-Tongxin-Scope:",
        "calls to GovernanceApiServer; GovernanceApiServerTest makes them over HTTP");
    NOT_RUN.put("curl -s -i -H \"X-Tongxin-Scope:", "as above, GovernanceApiServerTest");
    NOT_RUN.put("curl -s http://127.0.0.1:18080/", "as above, GovernanceApiServerTest");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.server.GovernanceApiServer",
        "a server that runs until stopped; GovernanceApiServerTest starts it on a free port");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.validate.ValidateDistrict",
        "ValidateDistrictTest runs it and compares EXAMPLES.md's output; .ci/run runs it too");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.workorders.WorkOrderMonth",
        "WorkOrderMonthTest runs it and checks EXAMPLES-SERVICE.md shows its output");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.lift.LiftInstallation",
        "LiftInstallationTest runs it and checks EXAMPLES-SERVICE.md shows its output");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.organisationallife.StreetBranchCompliance",
        "StreetBranchComplianceTest runs it and checks EXAMPLES-SERVICE.md shows its output");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.volunteers.RedDandelionMonth",
        "RedDandelionMonthTest runs it and checks EXAMPLES-SERVICE.md shows its output");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.holidays.NationalDayService",
        "NationalDayServiceTest runs it and checks EXAMPLES-SERVICE.md shows its output");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar "
            + "io.github.tongxin.governance.examples.sample.XunyangSample",
        "rewrites the bundled samples; XunyangSampleTest checks the bundled copies are what it "
            + "writes");
    NOT_RUN.put("java -cp governance-examples/target/tongxin.jar org.openjdk.jmh.Main",
        "JMH benchmarks: minutes of measurement, not a unit test (style rule 7)");
    NOT_RUN.put("java -cp $J ", "benchmark and profiling runs of PERFORMANCE.md (minutes, "
        + "gigabytes of heap); NationalDivisionsTest runs NationalDivisions on small input");
    NOT_RUN.put("java -XX:", "profiling runs of PERFORMANCE.md, as above");
    NOT_RUN.put("mvn -B -o -q -DskipTests package", "builds the jar for PERFORMANCE.md's runs");
    NOT_RUN.put("mvn -o -q -pl governance-model test-compile",
        "builds SECURITY.md's class path; the hostile files run in HostileJsonFilesTest");
    NOT_RUN.put("java -Xmx512m -cp \"$CP\"", "SECURITY.md's hostile files, run by their test");
    NOT_RUN.put("java -Xmx2g -jar tongxin.jar validate --bounded-memory",
        "a 1.56 GB generated megacity; CliProcessTest runs --bounded-memory on generated input "
            + "in a small heap");
    NOT_RUN.put("java -jar governance-examples/target/tongxin.jar validate --today 2027-01-20",
        "its rules.json and orders.json are the blocks above it; WorkingDayConfigTest runs it "
            + "with them");
    NOT_RUN.put("java -jar tongxin.jar validate --format json",
        "its output is the JSON block after it, shortened by hand (two of the rules); "
            + "JsonReportTest checks the report's structure field by field");
    NOT_RUN.put("JAZZER_FUZZ=1 mvn", "fuzzing runs of unbounded length; without JAZZER_FUZZ the "
        + "same tests run their seed corpus in every build");
    NOT_RUN.put("J=governance-examples/target/tongxin.jar", "sets PERFORMANCE.md's shell variable");
    NOT_RUN.put("java -Xms4g -Xmx4g -cp $J", "PERFORMANCE.md's memory footprint of a million "
        + "households (4 GB heap)");
    NOT_RUN.put("time java ", "PERFORMANCE.md's timings of the national tables (a timing, not a "
        + "test, style rule 7)");
    NOT_RUN.put("CP=governance-model/target/test-classes", "sets SECURITY.md's shell variable");
    NOT_RUN.put(".ci/api-baseline", "moves the committed API baseline, which is done on purpose "
        + "only (CONTRIBUTING.md); every mvn verify runs the japicmp check it feeds");
  }

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z]*)\\s*$");
  private static final Pattern TONGXIN =
      Pattern.compile("^java((?: -X\\S+)*) -jar (?:governance-examples/target/)?tongxin\\.jar ?(.*)$");
  private static final Pattern DURATION = Pattern.compile("\\(\\d+(?:\\.\\d+)? s\\)");
  private static final String STDERR = "(standard error)";

  @TempDir Path dir;

  /** A command of a document, and what the document shows it printing (null when nothing). */
  record DocCommand(String document, int line, String text, List<String> shown, boolean prompt) {
    @Override
    public String toString() {
      return document + ":" + line + ": " + text;
    }
  }

  private static Path repository() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /** Returns the commands of a document in order. */
  static List<DocCommand> commands(String document) throws Exception {
    List<String> doc = Files.readAllLines(repository().resolve(document), StandardCharsets.UTF_8);
    List<DocCommand> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      Matcher open = FENCE.matcher(doc.get(i));
      if (!open.matches()) {
        continue;
      }
      String lang = open.group(1);
      int end = i + 1;
      while (end < doc.size() && !FENCE.matcher(doc.get(end)).matches()) {
        end++;
      }
      List<String> block = doc.subList(i + 1, Math.min(end, doc.size()));
      if (Set.of("", "bash", "sh", "shell", "console").contains(lang)) {
        boolean prompts = block.stream().anyMatch(l -> l.startsWith("$ "));
        List<DocCommand> found = new ArrayList<>();
        for (int j = 0; j < block.size(); j++) {
          String l = block.get(j).strip();
          boolean command = prompts ? block.get(j).startsWith("$ ")
              : lang.isEmpty() ? l.matches("^(java|mvn|curl) .*")
              : !l.isEmpty() && !l.startsWith("#");
          if (!command) {
            continue;
          }
          int first = j;
          StringBuilder text = new StringBuilder(prompts ? l.substring(2) : l);
          while (text.toString().endsWith("\\") && j + 1 < block.size()) {
            text.setLength(text.length() - 1);
            text.append(' ').append(block.get(++j).strip());
          }
          List<String> shown = null;
          if (prompts) {
            int next = j + 1;
            while (next < block.size() && !block.get(next).startsWith("$ ")) {
              next++;
            }
            shown = List.copyOf(block.subList(j + 1, next));
            j = next - 1;
          }
          found.add(new DocCommand(document, i + 2 + first,
              text.toString().replaceAll("\\s+", " ").strip(), shown, prompts));
        }
        // a command without a prompt prints the next block, when only blank lines come between
        // and that block holds no command
        if (!prompts && found.size() == 1 && end + 2 < doc.size()
            && doc.get(end + 1).isBlank() && FENCE.matcher(doc.get(end + 2)).matches()) {
          int close = end + 3;
          while (close < doc.size() && !FENCE.matcher(doc.get(close)).matches()) {
            close++;
          }
          List<String> next = doc.subList(end + 3, close);
          if (next.stream().noneMatch(l -> l.strip().matches("^(\\$ |java |mvn |curl ).*"))) {
            DocCommand c = found.get(0);
            found.set(0, new DocCommand(c.document(), c.line(), c.text(), List.copyOf(next),
                false));
          }
        }
        out.addAll(found);
      }
      i = end;
    }
    return out;
  }

  private static String whyNotRun(DocCommand c) {
    return NOT_RUN.entrySet().stream().filter(e -> c.text().startsWith(e.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static boolean runHere(DocCommand c) {
    return c.text().startsWith("cat ") || c.text().equals("echo $?")
        || TONGXIN.matcher(c.text()).matches();
  }

  @Test
  void everyCommandOfTheDocumentsIsRunHereOrListedWithWhy() throws Exception {
    List<String> unaccounted = new ArrayList<>();
    Set<String> used = new java.util.HashSet<>();
    int total = 0;
    for (String d : DOCUMENTS) {
      for (DocCommand c : commands(d)) {
        total++;
        String why = whyNotRun(c);
        if (why != null) {
          NOT_RUN.keySet().stream().filter(k -> c.text().startsWith(k)).findFirst()
              .ifPresent(used::add);
        } else if (!runHere(c) || (c.text().startsWith("cat ") && !c.prompt())) {
          unaccounted.add(c.toString());
        }
      }
    }
    assertThat(total).as("commands found").isGreaterThan(60);
    assertThat(unaccounted).as("commands neither run by this test nor listed in NOT_RUN")
        .isEmpty();
    assertThat(NOT_RUN.keySet()).as("NOT_RUN entries that match no command any more")
        .containsExactlyElementsOf(NOT_RUN.keySet().stream().filter(used::contains).toList());
  }

  @Test
  void cliCommandsPrintWhatCliMdShows() throws Exception {
    runDocument("governance-examples/CLI.md");
  }

  @Test
  void readmeAndExamplesCommandsPrintWhatTheyShow() throws Exception {
    runDocument("README.md");
    runDocument("governance-examples/EXAMPLES.md");
  }

  /** Runs a document's commands in a workspace of its own, in order, checking what they print. */
  private void runDocument(String document) throws Exception {
    Path cwd = workspace(document);
    int exit = -1;
    List<String> failures = new ArrayList<>();
    for (DocCommand c : commands(document)) {
      if (whyNotRun(c) != null) {
        continue;
      }
      if (c.text().startsWith("cat ")) {
        Path file = cwd.resolve(c.text().substring(4));
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
          Files.writeString(file, String.join("\n", c.shown()) + "\n", StandardCharsets.UTF_8);
        } else {
          compare(c, Files.readString(file, StandardCharsets.UTF_8), "", failures);
        }
        continue;
      }
      if (c.text().equals("echo $?")) {
        if (!c.shown().equals(List.of(String.valueOf(exit)))) {
          failures.add(c + " shows " + c.shown() + ", the exit code was " + exit);
        }
        continue;
      }
      Matcher m = TONGXIN.matcher(c.text());
      assertThat(m.matches()).as(c.toString()).isTrue();
      if (m.group(2).contains("shared/")) {
        assumeThat(Files.isDirectory(cwd.resolve("shared"))).as("../shared is absent: "
            + c + " cannot run").isTrue();
      }
      TongxinCommandTest.Run r = java(cwd, m.group(1).strip(), words(m.group(2)));
      exit = r.exit();
      compare(c, r.out(), r.err(), failures);
    }
    assertThat(failures).as(document + ": commands that do not print what it shows").isEmpty();
  }

  /** Compares what a command printed with what the document shows, adding any difference. */
  private static void compare(DocCommand c, String out, String err, List<String> failures) {
    if (c.shown() == null) {
      return;
    }
    List<String> shownOut = new ArrayList<>();
    List<String> shownErr = new ArrayList<>();
    for (String l : c.shown()) {
      if (l.endsWith(STDERR)) {
        shownErr.add(l.substring(0, l.length() - STDERR.length()).stripTrailing());
      } else {
        shownOut.add(l);
      }
    }
    if (!matches(shownOut, out)) {
      failures.add(c + "\n--- the document shows:\n" + String.join("\n", shownOut)
          + "\n--- it printed:\n" + out);
    }
    if (!matches(shownErr, err)) {
      failures.add(c + "\n--- the document shows on standard error:\n"
          + String.join("\n", shownErr) + "\n--- it printed there:\n" + err);
    }
  }

  /** Whether the text is the shown lines, a line "..." standing for any lines. */
  static boolean matches(List<String> shown, String text) {
    List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1))
        .subList(0, text.endsWith("\n") ? text.split("\n", -1).length - 1
            : text.split("\n", -1).length);
    int at = 0;
    boolean skip = false;
    for (String s : shown) {
      if (s.strip().equals("...")) {
        skip = true;
        continue;
      }
      if (skip) {
        while (at < lines.size() && !same(s, lines.get(at))) {
          at++;
        }
      }
      if (at >= lines.size() || !same(s, lines.get(at))) {
        return false;
      }
      at++;
      skip = false;
    }
    return skip || at == lines.size();
  }

  /** Whether a printed line is the shown one, a duration such as {@code (0.4 s)} being any. */
  private static boolean same(String shown, String printed) {
    return shown.equals(printed) || DURATION.matcher(shown).find()
        && DURATION.matcher(printed).replaceAll("(s)")
            .equals(DURATION.matcher(shown).replaceAll("(s)"));
  }

  /** Splits a command's arguments at spaces, keeping quoted text together. */
  static List<String> words(String args) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(args);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  /**
   * Returns a directory where a document's commands run: CLI.md's sample {@code data/}, and
   * links to the repository's {@code governance-examples} and to {@code ../shared} when present.
   */
  private Path workspace(String document) throws Exception {
    Path cwd = Files.createDirectories(dir.resolve(Path.of(document).getFileName().toString()));
    Files.createSymbolicLink(cwd.resolve("governance-examples"),
        repository().resolve("governance-examples"));
    Path shared = repository().getParent().resolve("shared");
    if (Files.isDirectory(shared)) {
      Files.createSymbolicLink(cwd.resolve("shared"), shared);
    }
    List<String> cli = Files.readAllLines(repository().resolve("governance-examples/CLI.md"),
        StandardCharsets.UTF_8);
    int from = cli.indexOf("## Sample data");
    Pattern caption = Pattern.compile("^`(data/[^`]+)`.*");
    for (int i = from; i < cli.size(); i++) {
      Matcher m = caption.matcher(cli.get(i));
      if (!m.matches()) {
        continue;
      }
      Charset cs = cli.get(i).contains("GBK") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
      int start = i + 1;
      while (!cli.get(start).startsWith("```")) {
        start++;
      }
      int end = start + 1;
      while (!cli.get(end).startsWith("```")) {
        end++;
      }
      Path file = cwd.resolve(m.group(1));
      Files.createDirectories(file.getParent());
      Files.write(file, (String.join("\n", cli.subList(start + 1, end)) + "\n").getBytes(cs));
      i = end;
    }
    return cwd;
  }

  /** Runs the jar's main class in a directory, as the document's shell does. */
  private static TongxinCommandTest.Run java(Path cwd, String jvmOptions, List<String> args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!jvmOptions.isEmpty()) {
      command.addAll(List.of(jvmOptions.split(" ")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        TongxinCommand.class.getName()));
    command.addAll(args);
    Path err = Files.createTempFile(cwd.getParent(), "stderr", ".txt");
    Process p = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new TongxinCommandTest.Run(p.exitValue(), out,
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
