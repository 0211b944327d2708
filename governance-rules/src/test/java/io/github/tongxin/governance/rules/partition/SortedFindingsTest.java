package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedFindingsTest {

  @TempDir Path dir;

  private static final RuleDescriptor RULE = RuleDescriptor.builder().id("test.rule")
      .zh("测试").en("test").source("test").defaultSeverity(Severity.WARNING).build();

  /**
   * Findings in a random order, with ties, every kind of location, both subject types and both
   * kinds of cause.
   */
  private static List<Finding> randomFindings(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      var b = Finding.builder().ruleId("rule." + r.nextInt(3))
          .severity(Severity.values()[r.nextInt(3)])
          .addSubjects(UnitId.of("U" + r.nextInt(50)))
          .zh("问题 " + r.nextInt(5)).en("finding " + r.nextInt(5) + " \u001b[2J\n")
          .source("src");
      if (r.nextBoolean()) {
        b.addSubjects(PersonId.of("P" + r.nextInt(9)));
      }
      switch (r.nextInt(4)) {
        case 0 -> { } // no location
        case 1 -> b.location(Origin.ofLine("f" + r.nextInt(3) + ".csv", r.nextInt(40) + 1));
        case 2 -> b.location(Origin.builder().source("w.xlsx").sheet("单位")
            .line(r.nextInt(9) + 1).column(r.nextInt(4) + 1).build());
        default -> b.location(Origin.builder().source("d.json").line(r.nextInt(9) + 1)
            .column(3).pointer("/units/" + r.nextInt(9)).build());
      }
      if (r.nextBoolean()) {
        b.property("p" + r.nextInt(3));
        if (r.nextBoolean()) {
          b.column("列" + r.nextInt(3)); // the column header travels through the runs too
        }
      }
      switch (r.nextInt(3)) {
        case 0 -> { } // no cause
        // a certain and a possible cause travel through the runs as they are
        case 1 -> b.cause(new Finding.Cause("read.bad-record",
            java.util.Optional.of(Origin.ofLine("u.csv", r.nextInt(9) + 1)), true));
        default -> b.cause(new Finding.Cause("read.bad-record",
            java.util.Optional.of(Origin.ofLine("u.csv", r.nextInt(9) + 1)), false));
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void manySmallRunsMergeIntoTheReportsOrderWithTheSameCounts() {
    for (long seed = 1; seed <= 5; seed++) {
      List<Finding> findings = randomFindings(seed, 1_000);
      ValidationReport expected = ValidationReport.of(findings, List.of(RULE));
      // runs of 7: 143 runs, more than the 64 merged at once, so runs are merged into runs too
      SortedFindings.Writer w = SortedFindings.writer(dir, 7);
      findings.forEach(w::add);
      w.rule(RULE);
      try (SortedFindings sorted = w.finish()) {
        List<Finding> read = new ArrayList<>();
        sorted.forEach(read::add);
        assertThat(read).as("seed " + seed).isEqualTo(expected.findings());
        assertThat(sorted.size()).isEqualTo(1_000);
        assertThat(sorted.countsByRule()).isEqualTo(expected.countsByRule());
        for (Severity s : Severity.values()) {
          assertThat(sorted.count(s)).isEqualTo(expected.count(s));
        }
        assertThat(sorted.toReport()).isEqualTo(expected);
      }
    }
  }

  @Test
  void mergingAReportInMemoryGivesWhatMergingTheReportsGives() {
    List<Finding> onDisk = randomFindings(11, 300);
    List<Finding> inMemory = randomFindings(12, 50);
    RuleDescriptor read = RuleDescriptor.builder().id("read.x").zh("读").en("read")
        .source("s").defaultSeverity(Severity.ERROR).build();
    ValidationReport expected = ValidationReport.of(onDisk, List.of(RULE))
        .merge(ValidationReport.of(inMemory, List.of(read, RULE)));
    SortedFindings.Writer w = SortedFindings.writer(dir, 13);
    onDisk.forEach(w::add);
    w.rule(RULE);
    try (SortedFindings sorted = w.finish()
        .merge(ValidationReport.of(inMemory, List.of(read, RULE)))) {
      assertThat(sorted.toReport()).isEqualTo(expected);
      assertThat(sorted.rules()).containsExactly(RULE, read);
    }
  }

  @Test
  void closingDeletesTheRunsAndAReportInMemoryHasNone() throws Exception {
    SortedFindings.Writer w = SortedFindings.writer(dir, 2);
    randomFindings(3, 9).forEach(w::add);
    SortedFindings sorted = w.finish();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).hasSize(1); // the findings' directory
    }
    sorted.close();
    sorted.close(); // idempotent
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
    ValidationReport report = ValidationReport.of(randomFindings(4, 20), List.of(RULE));
    SortedFindings of = SortedFindings.of(report);
    assertThat(of.toReport()).isEqualTo(report);
    of.close();
    assertThat(of.toReport()).isEqualTo(report);
  }
}
