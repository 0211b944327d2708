package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings in the order of a {@link ValidationReport}, kept on disk when there are many (排序后的
 * 问题清单): what a report of millions of findings is, without holding them. A partitioned
 * validation writes its findings in sorted runs of at most 10,000 to a temporary
 * directory; {@link #forEach} merges the runs as it reads them, so memory holds one finding per
 * run, never the whole list. The counts are kept as the findings are added.
 *
 * <p>{@link #of(ValidationReport)} wraps a report already in memory, so that one writer of
 * reports serves both. {@link #close()} deletes the files (also done by a shutdown hook, and by
 * the next run when the process was killed); it is idempotent. Not thread-safe.
 */
public final class SortedFindings implements Closeable {

  /** The findings of a run, sorted in memory before they are written. */
  static final int RUN = 10_000;

  /** Runs merged at once; more are first merged into longer runs. */
  private static final int FAN_IN = 64;

  private static final Comparator<Finding> ORDER = ValidationReport.order();
  private static final Map<String, Method> FACTORIES = new ConcurrentHashMap<>();

  private final List<Finding> memory;
  private final List<Path> runs;
  private final TemporaryDirectory directory;
  private final List<RuleDescriptor> rules;
  private final SortedMap<String, Map<Severity, Long>> counts;
  private final List<Finding> extra;
  private final List<Declined> declined;

  private SortedFindings(List<Finding> memory, List<Path> runs, TemporaryDirectory directory,
      List<RuleDescriptor> rules, SortedMap<String, Map<Severity, Long>> counts,
      List<Finding> extra, List<Declined> declined) {
    this.memory = memory;
    this.runs = runs;
    this.directory = directory;
    this.rules = rules;
    this.counts = counts;
    this.extra = extra;
    // joined per rule and reason and ordered as a report orders them
    this.declined = ValidationReport.of(List.of(), List.of(), declined).declined();
  }

  /**
   * Returns the findings of a report held in memory, in its order, with its rules.
   *
   * @param report the report
   * @return the findings; closing them does nothing
   */
  public static SortedFindings of(ValidationReport report) {
    return new SortedFindings(report.findings(), List.of(), null, report.rules(),
        count(new TreeMap<>(), report.findings()), List.of(), report.declined());
  }

  private static SortedMap<String, Map<Severity, Long>> count(
      SortedMap<String, Map<Severity, Long>> counts, List<Finding> findings) {
    for (Finding f : findings) {
      counts.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
    }
    return counts;
  }

  /**
   * Returns these findings together with a report's (for example the findings of reading), as
   * {@link ValidationReport#merge} joins them: the other report's rules not already here are
   * added after these, and its findings take their place in the order. This object's files are
   * shared: close either.
   *
   * @param other a report in memory
   * @return the findings of both
   */
  public SortedFindings merge(ValidationReport other) {
    List<RuleDescriptor> allRules = new ArrayList<>(rules);
    for (RuleDescriptor r : other.rules()) {
      if (allRules.stream().noneMatch(x -> x.id().equals(r.id()))) {
        allRules.add(r);
      }
    }
    SortedMap<String, Map<Severity, Long>> all = new TreeMap<>();
    counts.forEach((k, v) -> all.put(k, new EnumMap<>(v)));
    List<Finding> more = new ArrayList<>(extra);
    more.addAll(other.findings());
    more.sort(ORDER);
    List<Declined> allDeclined = new ArrayList<>(declined);
    allDeclined.addAll(other.declined());
    return new SortedFindings(memory, runs, directory, List.copyOf(allRules),
        count(all, other.findings()), more, allDeclined);
  }

  /** Returns the descriptors of the rules that ran, in the order they ran. */
  public List<RuleDescriptor> rules() {
    return rules;
  }

  /**
   * Returns what the rules declined to judge, as {@link ValidationReport#declined()} does; held
   * in memory (one entry per rule and reason, with its records).
   */
  public List<Declined> declined() {
    return declined;
  }

  /** Returns the number of findings by rule id and severity, sorted by rule id. */
  public SortedMap<String, Map<Severity, Long>> countsByRuleAndSeverity() {
    return Collections.unmodifiableSortedMap(counts);
  }

  /** Returns the number of findings by rule id, sorted by id; rules without findings absent. */
  public SortedMap<String, Long> countsByRule() {
    SortedMap<String, Long> byRule = new TreeMap<>();
    counts.forEach((k, v) -> byRule.put(k, v.values().stream().mapToLong(Long::longValue).sum()));
    return byRule;
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    return counts.values().stream().mapToLong(m -> m.getOrDefault(severity, 0L)).sum();
  }

  /** Returns the number of findings. */
  public long size() {
    return counts.values().stream().flatMap(m -> m.values().stream())
        .mapToLong(Long::longValue).sum();
  }

  /**
   * Gives every finding, in the report's order, reading the runs as it goes.
   *
   * @param action what to do with each
   * @throws UncheckedIOException when a run cannot be read
   */
  public void forEach(Consumer<? super Finding> action) {
    List<Iterator<Finding>> sources = new ArrayList<>();
    List<RunReader> open = new ArrayList<>();
    try {
      sources.add(memory.iterator());
      for (Path run : runs) {
        RunReader r = new RunReader(run);
        open.add(r);
        sources.add(r);
      }
      sources.add(extra.iterator());
      merge(sources, action);
    } finally {
      open.forEach(RunReader::close);
    }
  }

  /**
   * Returns every finding in one report in memory; for inputs whose findings fit the heap.
   *
   * @return the report
   */
  public ValidationReport toReport() {
    List<Finding> all = new ArrayList<>();
    forEach(all::add);
    return ValidationReport.of(all, rules, declined);
  }

  /** Deletes the files of the runs. */
  @Override
  public void close() {
    if (directory != null) {
      directory.close();
    }
  }

  /** Merges sorted sources; on a tie the earlier source comes first, as a stable sort. */
  private static void merge(List<Iterator<Finding>> sources, Consumer<? super Finding> action) {
    record Head(Finding finding, int source) {}
    PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::finding, ORDER)
        .thenComparingInt(Head::source));
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).hasNext()) {
        heads.add(new Head(sources.get(i).next(), i));
      }
    }
    while (!heads.isEmpty()) {
      Head h = heads.poll();
      action.accept(h.finding());
      Iterator<Finding> s = sources.get(h.source());
      if (s.hasNext()) {
        heads.add(new Head(s.next(), h.source()));
      }
    }
  }

  /**
   * Returns a writer of findings into sorted runs in a new temporary directory under the
   * parent.
   *
   * @param parent the directory; made when missing
   * @return the writer
   * @throws UncheckedIOException when the directory cannot be made
   */
  static Writer writer(Path parent) {
    return writer(parent, RUN);
  }

  /** As {@link #writer(Path)}, with runs of at most {@code runSize} findings (for tests). */
  static Writer writer(Path parent, int runSize) {
    try {
      return new Writer(TemporaryDirectory.create(parent, "findings"), runSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary directory in " + parent, e);
    }
  }

  /** Collects findings into sorted runs; {@link #finish()} gives the {@link SortedFindings}. */
  static final class Writer {
    private final TemporaryDirectory directory;
    private final ObjectMapper mapper = GovernanceJson.mapper();
    private final List<Finding> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final SortedMap<String, Map<Severity, Long>> counts = new TreeMap<>();
    private final List<RuleDescriptor> rules = new ArrayList<>();
    private final List<Declined> declined = new ArrayList<>();
    private final int runSize;
    private int made;

    private Writer(TemporaryDirectory directory, int runSize) {
      this.directory = directory;
      this.runSize = runSize;
    }

    /** Adds a finding; a full buffer is sorted and written as a run. */
    void add(Finding f) {
      buffer.add(f);
      counts.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
      if (buffer.size() >= runSize) {
        flush();
      }
    }

    /** Adds what a rule declined to judge. */
    void declined(Declined d) {
      declined.add(d);
    }

    /** Adds a rule that ran, unless one of its id is already known. */
    void rule(RuleDescriptor r) {
      if (rules.stream().noneMatch(x -> x.id().equals(r.id()))) {
        rules.add(r);
      }
    }

    private void flush() {
      if (buffer.isEmpty()) {
        return;
      }
      buffer.sort(ORDER);
      Path run = write(buffer.iterator());
      buffer.clear();
      runs.add(run);
      while (runs.size() > FAN_IN) {
        List<Path> first = new ArrayList<>(runs.subList(0, FAN_IN));
        runs.subList(0, FAN_IN).clear();
        runs.add(0, mergeRuns(first));
      }
    }

    private Path mergeRuns(List<Path> group) {
      List<RunReader> readers = new ArrayList<>();
      try {
        List<Iterator<Finding>> sources = new ArrayList<>();
        for (Path p : group) {
          RunReader r = new RunReader(p);
          readers.add(r);
          sources.add(r);
        }
        Path merged = next();
        try (BufferedWriter out = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
          merge(sources, f -> writeLine(out, f));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + merged, e);
        }
        return merged;
      } finally {
        readers.forEach(RunReader::close);
        for (Path p : group) {
          try {
            Files.deleteIfExists(p);
          } catch (IOException e) {
            // deleted with the directory
          }
        }
      }
    }

    private Path next() {
      try {
        TemporaryDirectory.checkNotShuttingDown();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return directory.path().resolve("findings-" + made++ + ".jsonl");
    }

    private Path write(Iterator<Finding> findings) {
      Path run = next();
      try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
        while (findings.hasNext()) {
          writeLine(out, findings.next());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + run, e);
      }
      return run;
    }

    private void writeLine(BufferedWriter out, Finding f) {
      ObjectNode n = mapper.createObjectNode();
      n.put("rule", f.ruleId());
      n.put("severity", f.severity().name());
      ArrayNode subjects = n.putArray("subjects");
      for (Identifier id : f.subjects()) {
        factory(id.getClass().getName());
        subjects.addArray().add(id.getClass().getName()).add(id.value());
      }
      n.set("location", origin(mapper, f.location().orElse(null)));
      f.property().ifPresent(p -> n.put("property", p));
      f.column().ifPresent(c -> n.put("column", c));
      f.cause().ifPresent(c -> n.putObject("cause").put("rule", c.ruleId())
          .put("certain", c.certain())
          .set("location", origin(mapper, c.location().orElse(null))));
      n.put("zh", f.zh());
      n.put("en", f.en());
      n.put("source", f.source());
      try {
        out.write(mapper.writeValueAsString(n));
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write a finding", e);
      }
    }

    /**
     * Writes what is left and returns the findings; they and their files belong to the caller.
     */
    SortedFindings finish() {
      flush();
      return new SortedFindings(List.of(), List.copyOf(runs), directory, List.copyOf(rules),
          counts, List.of(), declined);
    }

    /** Deletes the files, for a validation that failed. */
    void abandon() {
      directory.close();
    }
  }

  /** Reads a run back, finding by finding. */
  private static final class RunReader implements Iterator<Finding>, AutoCloseable {
    private final ObjectMapper mapper = GovernanceJson.mapper();
    private final BufferedReader in;
    private final Path file;
    private String line;

    RunReader(Path file) {
      this.file = file;
      try {
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    @Override
    public boolean hasNext() {
      return line != null;
    }

    @Override
    public Finding next() {
      if (line == null) {
        throw new NoSuchElementException();
      }
      JsonNode n = mapper.readTree(line);
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      var b = Finding.builder().ruleId(n.get("rule").asString())
          .severity(Severity.valueOf(n.get("severity").asString()))
          .zh(n.get("zh").asString()).en(n.get("en").asString())
          .source(n.get("source").asString());
      for (JsonNode s : n.get("subjects")) {
        b.addSubjects(identifier(s.get(0).asString(), s.get(1).asString()));
      }
      b.location(java.util.Optional.ofNullable(origin(n.get("location"))));
      if (n.has("property")) {
        b.property(n.get("property").asString());
      }
      if (n.has("column")) {
        b.column(n.get("column").asString());
      }
      if (n.has("cause")) {
        JsonNode c = n.get("cause");
        b.cause(new Finding.Cause(c.get("rule").asString(),
            java.util.Optional.ofNullable(origin(c.get("location"))),
            c.get("certain").asBoolean()));
      }
      return b.build();
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        // a reader of a file about to be deleted
      }
    }
  }

  private static Identifier identifier(String type, String value) {
    Method of = factory(type);
    try {
      return (Identifier) of.invoke(null, value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot make a " + type + " of " + value, e);
    }
  }

  /** Returns the public static {@code of(String)} of an identifier type, checked when written. */
  private static Method factory(String type) {
    return FACTORIES.computeIfAbsent(type, t -> {
      try {
        return Class.forName(t).getMethod("of", String.class);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("an identifier type without of(String): " + t, e);
      }
    });
  }

  /** Returns the origin as a JSON object, empty for none. */
  static ObjectNode origin(ObjectMapper mapper, Origin o) {
    ObjectNode n = mapper.createObjectNode();
    if (o != null) {
      n.put("source", o.source());
      o.line().ifPresent(l -> n.put("line", l));
      o.column().ifPresent(c -> n.put("column", c));
      o.sheet().ifPresent(s -> n.put("sheet", s));
      o.pointer().ifPresent(p -> n.put("pointer", p));
    }
    return n;
  }

  /** Returns the origin written by {@link #origin(ObjectMapper, Origin)}; null for none. */
  static Origin origin(JsonNode n) {
    if (!n.has("source")) {
      return null;
    }
    var b = Origin.builder().source(n.get("source").asString());
    if (n.has("line")) {
      b.line(n.get("line").asInt());
    }
    if (n.has("column")) {
      b.column(n.get("column").asInt());
    }
    if (n.has("sheet")) {
      b.sheet(n.get("sheet").asString());
    }
    if (n.has("pointer")) {
      b.pointer(n.get("pointer").asString());
    }
    return b.build();
  }
}
