package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.generate.CityGenerator;
import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * B1 validation throughput (校验吞吐): the full validation of a generated city (parse every
 * JSON Lines file into a dataset, bean validation, the graph and every standard rule) against a
 * raw Jackson token stream over the same bytes in the same run. Target (issue 8): full
 * validation within 5x the token stream. {@link #parseOnly} and {@link #rulesOnly} split the
 * full time into its two halves. {@link #readerParseOnly} and {@link #readerFullValidation} do
 * the same through the command's own reader ({@code DatasetReader}: origins, findings for bad
 * lines, the direct binder), which is what {@code tongxin validate} and an importing platform
 * run; the first two go through plain databind ({@link JsonLinesDatasets}). The four are single shots of a whole pass (each pass is a
 * validation a user would run); the baseline is the average over many passes of a warmed JVM,
 * in three forks, so that it does not move with the JIT from run to run ({@link #tokenStream}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ValidationBenchmark {

  /** Households of the generated city: a district by default; 1000000 for a city. */
  @Param({"100000"})
  public int households;

  private Map<RecordType, byte[]> files;
  private DatasetValidator validator;
  private DatasetReader reader;

  /** Generates the city once per run. */
  @Setup(Level.Trial)
  public void setUp() {
    files = BenchData.city(households);
    validator = StandardRules.validator();
    reader = DatasetReader.defaults();
    DatasetReader.Result check = reader.readStreams(streams());
    if (!check.report().findings().isEmpty()) {
      throw new IllegalStateException("the generated city reads with findings: "
          + check.report().findings().get(0));
    }
    System.out.printf("%n[B1] %d households: %,d bytes of JSON Lines%n", households,
        BenchData.size(files));
  }

  /**
   * The city parsed once, for {@link #rulesOnly} alone: the other benchmarks do not keep a
   * parsed copy alive (at city scale a second copy made the full validation fight the
   * collector for the heap).
   */
  @State(Scope.Benchmark)
  public static class Parsed {
    GovernanceDataset dataset;

    /**
     * Parses the benchmark's files.
     *
     * @param b the benchmark state holding the files
     */
    @Setup(Level.Trial)
    public void setUp(ValidationBenchmark b) {
      dataset = JsonLinesDatasets.read(b.files);
      System.out.printf("[B1] %,d records%n", dataset.size());
    }
  }

  /**
   * The baseline: every token of every file, nothing built. Measured differently from the
   * three others, on purpose: a pass takes 30 to 100 ms, so a single shot after two warm-up
   * shots (the class's default) timed the JIT compiling Jackson's parser and any collection or
   * scheduling pause that fell into those few milliseconds, and moved 2x from one JVM to the
   * next (issue 19). Here each iteration averages every pass of its 2 seconds, after 5 such
   * iterations of warm-up, in 3 forks: the compiled parser's steady state, which is what the
   * ratio needs (the cheapest honest baseline makes the largest ratio).
   *
   * @return the number of tokens
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
  public long tokenStream() {
    long tokens = 0;
    for (byte[] bytes : files.values()) {
      try (JsonParser p = GovernanceJson.mapper().createParser(bytes)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          tokens += t.id();
        }
      }
    }
    return tokens;
  }

  /**
   * Parses every file into a dataset (databind into the Immutables types), no validation.
   *
   * @return the dataset
   */
  @Benchmark
  public GovernanceDataset parseOnly() {
    return JsonLinesDatasets.read(files);
  }

  /**
   * Validates the already parsed dataset with every standard rule.
   *
   * @param parsed the parsed city
   * @return the report
   */
  @Benchmark
  public ValidationReport rulesOnly(Parsed parsed) {
    return validator.validate(parsed.dataset, CityGenerator.DEFAULT_SNAPSHOT);
  }

  /**
   * The full validation: parse, then every standard rule (bean validation included).
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport fullValidation() {
    return validator.validate(JsonLinesDatasets.read(files), CityGenerator.DEFAULT_SNAPSHOT);
  }

  /**
   * Reads every file through the command's reader ({@code DatasetReader.readStreams}, the files
   * named as the generator names them), no validation.
   *
   * @return the dataset
   */
  @Benchmark
  public GovernanceDataset readerParseOnly() {
    return reader.readStreams(streams()).dataset();
  }

  /**
   * The full validation as the command runs it: the command's reader, then every standard rule
   * (bean validation included), the reading findings merged into the report.
   *
   * @return the report
   */
  @Benchmark
  public ValidationReport readerFullValidation() {
    DatasetReader.Result read = reader.readStreams(streams());
    return validator.validate(read.dataset(), CityGenerator.DEFAULT_SNAPSHOT)
        .merge(read.report());
  }

  private List<DatasetReader.NamedStream> streams() {
    List<DatasetReader.NamedStream> streams = new ArrayList<>(files.size());
    files.forEach((type, bytes) -> streams.add(new DatasetReader.NamedStream(
        JsonLinesWriter.fileName(type), new ByteArrayInputStream(bytes))));
    return streams;
  }
}
