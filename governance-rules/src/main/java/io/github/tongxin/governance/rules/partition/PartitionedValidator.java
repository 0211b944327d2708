package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates input larger than the heap (分区校验): the files are read once, record by record,
 * and validated a partition at a time, with the findings a {@link DatasetValidator} gives on the
 * whole dataset read into memory.
 *
 * <ol>
 *   <li>The one pass over the input keeps only a compact registry of identifiers (a 64-bit hash
 *       each, no text), the unit tree's skeleton (parent and tier), the type of each record and
 *       the units it names: 17 bytes per slot of an identifier table at most 3/4 full, and 5
 *       bytes per record plus 8 per unit named, so some 30 to 60 bytes per record (more for a
 *       while when the plan is made). Each record is appended, as read, to temporary files in
 *       the order of the read.
 *   <li>Records that name each other (any reference, in either direction, or a repeated id) are
 *       joined into components; a community's whole subtree is one component, and so is every
 *       unit left out of the tree by a cycle or a missing parent, with what hangs below it.
 *       Components are packed into partitions of at most {@linkplain Builder#partitionBudget(int)
 *       the budget} of records; a larger component is a partition of its own, so the budget is
 *       a target that the data's own links may exceed.
 *   <li>The appended records are copied, as bytes and without being parsed again, to the
 *       temporary file of their partition (JSON Lines, with their origin); the shared context is
 *       parsed and kept in memory: the units above the components (streets, districts) with
 *       their ancestors, the records that name them, every record of the {@linkplain
 *       Builder#sharedTypes(Set) shared types} (by default the service catalog and the
 *       organisations, which every work order and membership may name), and witnesses.
 *   <li>Each partition is validated by the validator on a dataset of its records and the shared
 *       context, in the order they were read; only findings located at the partition's own
 *       records are kept (findings without a location, such as a service category's, are kept
 *       from the first partition only). On two or more processors two partitions are validated
 *       at once, each aiming at half the budget, so that the records held at once stay within
 *       it; their findings are handed on in the order of the partitions. The temporary files
 *       are deleted at the end, also on failure.
 * </ol>
 *
 * <p>Why the findings are the same: every record that a rule consults to judge a record (what
 * it names, what names it, a repeat of its id, the units of its subtree up to a community) is
 * in the same component; what lies above is in the shared context. The dataset-wide facts the
 * standard rules test are given to every partition by witnesses from the read: the first
 * record of each type (a rule that skips a dataset without work orders, facilities or
 * activities), the first grid-team post ({@code team.multi-network}), a household with its
 * ancestors ({@code grid.size} and {@code selfgovernment.community-households} skip a dataset
 * without households), a root of the top tier ({@code structure.orphan-root}), and the first
 * unit left out of the tree ({@code grid.size} and the community rule skip an incomplete
 * hierarchy). Witnesses are real records of the input, so a partition sees no fact the whole
 * dataset does not have; findings about them are their own partition's. The one exception:
 * a rule that throws ({@link DatasetValidator#RULE_FAILED}, a finding without location) is
 * reported from the first partition only.
 *
 * <p>The division tables, when present, are loaded whole by the reader before their units are
 * handed on. A validator is immutable and thread-safe; each {@link #validate(List)} has its own
 * temporary directory.
 */
public final class PartitionedValidator {

  /** The default partition budget, in records: 250,000 (about 90 MB of parsed records). */
  public static final int DEFAULT_PARTITION_BUDGET = 250_000;

  /** The default shared types: the service catalog and the organisations. */
  public static final Set<RecordType> DEFAULT_SHARED_TYPES =
      Set.copyOf(EnumSet.of(RecordType.SERVICE_ITEM, RecordType.ORGANIZATION));

  /**
   * What a partitioned validation gives.
   *
   * @param validation the findings of the rules, as {@link DatasetValidator#validate} gives them
   *     on the whole dataset
   * @param reading the findings of reading, as {@link DatasetReader.Result#report()}
   * @param unreadableInput whether some input could not be read at all
   * @param records the number of records read
   * @param partitions the number of partitions validated
   * @param largestPartition the records of the largest partition, without the shared context
   * @param sharedRecords the records of the shared context
   */
  public record Result(ValidationReport validation, ValidationReport reading,
      boolean unreadableInput, long records, int partitions, long largestPartition,
      int sharedRecords) {

    /**
     * Makes a result.
     *
     * @param validation not null
     * @param reading not null
     * @param unreadableInput whether some input was unreadable
     * @param records at least 0
     * @param partitions at least 0
     * @param largestPartition at least 0
     * @param sharedRecords at least 0
     */
    public Result {
      Objects.requireNonNull(validation, "validation");
      Objects.requireNonNull(reading, "reading");
    }

    /** Returns the findings of reading and of the rules together. */
    public ValidationReport report() {
      return validation.merge(reading);
    }
  }

  private final DatasetValidator validator;
  private final DatasetReader reader;
  private final Path temporaryDirectory;
  private final int budget;
  private final Set<RecordType> sharedTypes;
  private final LocalDate today;
  /** The partitions validated at once, each aiming at {@code budget / workers} records. */
  private final int workers;

  private PartitionedValidator(Builder b) {
    this.validator = b.validator;
    this.reader = b.reader;
    this.temporaryDirectory = b.temporaryDirectory;
    this.budget = b.budget;
    this.sharedTypes = b.sharedTypes;
    this.today = b.today;
    this.workers = b.workers;
  }

  /**
   * Returns a builder with the defaults: {@link StandardRules#validator()}, {@link
   * DatasetReader#defaults()}, the system's temporary directory, {@link
   * #DEFAULT_PARTITION_BUDGET}, {@link #DEFAULT_SHARED_TYPES}, today.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What a partitioned validation gives when its findings stay on disk: {@link #findings()} in
   * the report's order, read as they are given, and the rest as in {@link Result}. Closing it
   * deletes the findings' files.
   *
   * @param findings the findings of the rules, on disk
   * @param reading the findings of reading
   * @param unreadableInput whether some input could not be read at all
   * @param records the number of records read
   * @param partitions the number of partitions validated
   * @param largestPartition the records of the largest partition, without the shared context
   * @param sharedRecords the records of the shared context
   * @param tables the accounts of the tables read, as {@link DatasetReader.Result#tables()}
   *     gives them for the same input
   */
  public record OnDisk(SortedFindings findings, ValidationReport reading,
      boolean unreadableInput, long records, int partitions, long largestPartition,
      int sharedRecords, List<DatasetReader.TableAccount> tables) implements AutoCloseable {

    /**
     * Makes a result.
     *
     * @param findings not null
     * @param reading not null
     * @param unreadableInput whether some input was unreadable
     * @param records at least 0
     * @param partitions at least 0
     * @param largestPartition at least 0
     * @param sharedRecords at least 0
     * @param tables the tables' accounts, not null
     */
    public OnDisk {
      Objects.requireNonNull(findings, "findings");
      Objects.requireNonNull(reading, "reading");
      tables = List.copyOf(tables);
    }

    /** Deletes the findings' files. */
    @Override
    public void close() {
      findings.close();
    }
  }

  /**
   * Reads and validates files and directories, a partition at a time, and returns the findings
   * in one report in memory. For input whose findings may not fit the heap, use {@link
   * #validateOnDisk(List)}.
   *
   * @param filesOrDirectories as for {@link DatasetReader#read(List)}; empty gives empty reports
   * @return the reports and the partitions' sizes
   * @throws UncheckedIOException when the temporary files cannot be written or read
   */
  public Result validate(List<Path> filesOrDirectories) {
    try (OnDisk d = validateOnDisk(filesOrDirectories)) {
      return new Result(d.findings().toReport(), d.reading(), d.unreadableInput(), d.records(),
          d.partitions(), d.largestPartition(), d.sharedRecords());
    }
  }

  /**
   * Reads and validates files and directories, a partition at a time, keeping the findings in
   * sorted runs on disk ({@link SortedFindings}), so that memory does not grow with their
   * number. The records' temporary files are deleted before this returns; the findings' files
   * when the result is closed.
   *
   * @param filesOrDirectories as for {@link DatasetReader#read(List)}; empty gives empty reports
   * @return the findings and the partitions' sizes; close it
   * @throws UncheckedIOException when the temporary files cannot be written or read
   */
  public OnDisk validateOnDisk(List<Path> filesOrDirectories) {
    Objects.requireNonNull(filesOrDirectories, "filesOrDirectories");
    LocalDate day = today != null ? today : LocalDate.now();
    PartitionPlan plan = new PartitionPlan(new References(), sharedTypes);
    SortedFindings.Writer findings = SortedFindings.writer(temporaryDirectory);
    try (Spill spill = new Spill(temporaryDirectory)) {
      long[] position = {0};
      DatasetReader.Scan scan = reader.readEach(filesOrDirectories, r -> {
        plan.add(r);
        try {
          spill.append(position[0]++, r);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + spill.directory(), e);
        }
      });
      plan.plan(workers > 1 ? Math.max(1, budget / workers) : budget);
      List<Spill.Located> shared = new ArrayList<>();
      spill.distribute(plan, shared::add);
      validatePartitions(plan, spill, shared, day, findings, scan.report());
      return new OnDisk(findings.finish(), scan.report(), scan.unreadableInput(),
          scan.records(), plan.partitions(), plan.largest(), shared.size(), scan.tables());
    } catch (IOException e) {
      findings.abandon();
      throw new UncheckedIOException("cannot use the temporary directory " + temporaryDirectory,
          e);
    } catch (RuntimeException | Error e) {
      findings.abandon();
      throw e;
    }
  }

  /**
   * Validates the partitions, up to {@link #workers} at once, and hands their findings to the
   * writer in the order of the partitions, so that the writer sees what one thread would give.
   */
  private void validatePartitions(PartitionPlan plan, Spill spill, List<Spill.Located> shared,
      LocalDate day, SortedFindings.Writer findings, ValidationReport reading)
      throws IOException {
    int n = plan.partitions();
    if (workers == 1 || n == 1) {
      for (int p = 0; p < n; p++) {
        validatePartition(p, plan, spill, shared, day, reading).addTo(findings);
      }
      return;
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "tongxin-partition-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      // at most `workers` partitions are read, validated or waiting at once: the next one is
      // started when the oldest has handed its findings on
      List<Future<Kept>> running = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        if (p >= workers) {
          running.add(null);
          continue;
        }
        running.add(submit(pool, p, plan, spill, shared, day, reading));
      }
      for (int p = 0; p < n; p++) {
        Kept kept;
        try {
          kept = running.get(p).get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException io) {
            throw io;
          }
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while validating partitions", e);
        }
        running.set(p, null);
        if (p + workers < n) {
          running.set(p + workers, submit(pool, p + workers, plan, spill, shared, day, reading));
        }
        kept.addTo(findings);
      }
    } finally {
      pool.shutdownNow();
      try {
        // the spill's files are deleted when this returns: no worker may still read them
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          // a partition's rules do not stop at an interrupt; wait for them
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Future<Kept> submit(ExecutorService pool, int partition, PartitionPlan plan,
      Spill spill, List<Spill.Located> shared, LocalDate day, ValidationReport reading) {
    return pool.submit(() -> validatePartition(partition, plan, spill, shared, day, reading));
  }

  /** What a partition keeps of its report: what is located at its own records. */
  private record Kept(List<Finding> findings, List<Declined> declined,
      List<RuleDescriptor> rules) {
    void addTo(SortedFindings.Writer writer) {
      findings.forEach(writer::add);
      declined.forEach(writer::declined);
      rules.forEach(writer::rule);
    }
  }

  private Kept validatePartition(int p, PartitionPlan plan, Spill spill,
      List<Spill.Located> shared, LocalDate day, ValidationReport reading) throws IOException {
    List<Spill.Located> records = new ArrayList<>();
    Set<Origin> home = new HashSet<>();
    spill.read(p, plan, l -> {
      records.add(l);
      l.record().origin().ifPresent(home::add);
    });
    for (Spill.Located l : shared) {
      if (plan.partitionOf(l.position()) != p) {
        records.add(l);
      }
    }
    records.sort(Comparator.comparingLong(Spill.Located::position));
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    for (Spill.Located l : records) {
      GovernanceRecords.add(b, l.record());
    }
    records.clear();
    // causes as the in-memory run names them: the reading is whole before any partition runs
    ValidationReport report = validator.validate(b.build(), day).withCauses(reading);
    List<Finding> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.location().isPresent() ? home.contains(f.location().get()) : p == 0) {
        findings.add(f);
      }
    }
    List<Declined> declined = new ArrayList<>();
    for (Declined d : report.declined()) {
      d.filter(i -> i.location().isPresent() ? home.contains(i.location().get()) : p == 0)
          .ifPresent(declined::add);
    }
    return new Kept(findings, declined, report.rules());
  }

  /** Builds a {@link PartitionedValidator}. Not thread-safe. */
  public static final class Builder {
    private DatasetValidator validator = StandardRules.validator();
    private DatasetReader reader = DatasetReader.defaults();
    private Path temporaryDirectory = Path.of(System.getProperty("java.io.tmpdir"));
    private int budget = DEFAULT_PARTITION_BUDGET;
    private Set<RecordType> sharedTypes = DEFAULT_SHARED_TYPES;
    private LocalDate today;
    private int workers = Math.min(2, Runtime.getRuntime().availableProcessors());

    private Builder() {}

    /**
     * Sets how many partitions are validated at once (by default two, one on a single
     * processor); each then aims at the budget divided by that number, so that the records held
     * at once stay within the budget. For tests: the findings do not depend on it.
     */
    Builder workers(int partitionsAtOnce) {
      if (partitionsAtOnce < 1) {
        throw new IllegalArgumentException("workers must be at least 1: " + partitionsAtOnce);
      }
      this.workers = partitionsAtOnce;
      return this;
    }

    /**
     * Sets the validator each partition is validated with (its rules, configuration and
     * disclosure).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(DatasetValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Sets the reader of the files (encoding, limits, progress; the files are read once).
     *
     * @param reader the reader
     * @return this builder
     */
    public Builder reader(DatasetReader reader) {
      this.reader = Objects.requireNonNull(reader, "reader");
      return this;
    }

    /**
     * Sets the directory in which the temporary directories of partition files and findings
     * are made; it needs about the input's size in free space. Each holds an {@code owner.pid}
     * file; those of runs whose process has ended are removed when the next run starts.
     *
     * @param directory the directory; made when missing (the {@code tongxin} CLI refuses a
     *     missing one instead, since a mistyped path would receive the records, personal data
     *     included, where nobody looks)
     * @return this builder
     */
    public Builder temporaryDirectory(Path directory) {
      this.temporaryDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the number of records the partitions validated at once aim at together (with two at
     * once, each aims at half); a component of linked records larger than that is a partition
     * of its own.
     *
     * @param records at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder partitionBudget(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("partition budget must be at least 1: " + records);
      }
      this.budget = records;
      return this;
    }

    /**
     * Sets the record types every partition reads whole (references to them join nothing).
     * Types that many records name but whose rules look at nothing that names them belong here;
     * each of their records is held in memory.
     *
     * @param types the types, possibly empty
     * @return this builder
     */
    public Builder sharedTypes(Set<RecordType> types) {
      this.sharedTypes = Set.copyOf(types);
      return this;
    }

    /**
     * Sets the day the data is judged on; by default the day the validation starts.
     *
     * @param day the day, or null for today
     * @return this builder
     */
    public Builder today(LocalDate day) {
      this.today = day;
      return this;
    }

    /**
     * Returns the validator.
     *
     * @return the validator
     */
    public PartitionedValidator build() {
      return new PartitionedValidator(this);
    }
  }
}
