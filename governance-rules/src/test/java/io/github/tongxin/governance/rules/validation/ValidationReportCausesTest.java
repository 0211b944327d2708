package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ValidationReport#withCauses}: which findings of the rules follow, or may follow, from a
 * row the reading could not keep.
 */
class ValidationReportCausesTest {

  private static final Origin MEMBERSHIP_ROW =
      Origin.builder().source("党员.csv").line(3).column(4).build();
  private static final Origin UNIT_ROW =
      Origin.builder().source("单位.csv").line(2).column(2).build();

  private static Finding finding(String rule, Identifier... subjects) {
    return Finding.builder().ruleId(rule).severity(Severity.ERROR).addSubjects(subjects)
        .zh("问题").en("finding").source("test").build();
  }

  /**
   * The reading could keep neither membership M7 (of person P7 in branch B1) nor unit C1; a
   * cell of person P7 was left out, which keeps the row.
   */
  private static final ValidationReport READING = ValidationReport.of(List.of(
      finding("read.bad-record", MembershipId.of("M7"),
          PersonId.of("P7"), UnitId.of("B1")).withLocation(MEMBERSHIP_ROW),
      finding("read.bad-record", UnitId.of("C1"))
          .withLocation(UNIT_ROW),
      finding("read.bad-cell", PersonId.of("P7"))), List.of());

  @Test
  void aFindingNamingAnUnkeptRecordFollowsFromItAndOneAboutARecordItNamedMayFollowFromIt() {
    Finding.Cause certain = new Finding.Cause("read.bad-record", Optional.of(UNIT_ROW));
    Finding.Cause possible = new Finding.Cause("read.bad-record", Optional.of(MEMBERSHIP_ROW),
        false);
    Finding.Cause earlier = new Finding.Cause("read.bad-header", Optional.empty());
    ValidationReport rules = ValidationReport.of(List.of(
        finding("structure.reference", PostId.of("T1"), UnitId.of("C1")),
        finding("party.post.requires-vote", PostId.of("T2"), PersonId.of("P7")),
        finding("party.branch.min-full-members", UnitId.of("B1")),
        // names both: the certain cause wins
        finding("test.both", PostId.of("T3"), PersonId.of("P7"), UnitId.of("C1")),
        // B2 was named by no unkept row; a unit P7 is not the person P7
        finding("party.branch.min-full-members", UnitId.of("B2")),
        finding("test.unit-p7", UnitId.of("P7")),
        // a finding of the reading is never a possible consequence of another
        finding("read.bad-cell", PersonId.of("P7")),
        // a cause already named is kept
        finding("test.caused", UnitId.of("B1")).withCause(earlier)),
        List.of());

    ValidationReport caused = rules.withCauses(READING);

    assertThat(caused.findings()).extracting(Finding::ruleId,
        f -> f.subjects().stream().map(Identifier::value).toList(), Finding::cause)
        .containsExactlyInAnyOrder(
            tuple("structure.reference", List.of("T1", "C1"), Optional.of(certain)),
            tuple("party.post.requires-vote", List.of("T2", "P7"), Optional.of(possible)),
            tuple("party.branch.min-full-members", List.of("B1"), Optional.of(possible)),
            tuple("test.both", List.of("T3", "P7", "C1"), Optional.of(certain)),
            tuple("party.branch.min-full-members", List.of("B2"), Optional.empty()),
            tuple("test.unit-p7", List.of("P7"), Optional.empty()),
            tuple("read.bad-cell", List.of("P7"), Optional.empty()),
            tuple("test.caused", List.of("B1"), Optional.of(earlier)));
  }

  @Test
  void aCauseSaysWhetherTheFindingSurelyFollowsFromIt() {
    Finding read = READING.findings("read.bad-record").get(0);
    Finding rule = finding("party.branch.min-full-members", UnitId.of("B1"));

    assertThat(List.of(Finding.Cause.of(read), Finding.Cause.possible(read)))
        .extracting(Finding.Cause::certain).containsExactly(true, false);
    assertThat(rule.withCause(Finding.Cause.possible(read)))
        .hasToString("ERROR party.branch.min-full-members [B1]: finding (may follow from "
            + "read.bad-record at 党员.csv:3:4)");
    assertThat(rule.withCause(Finding.Cause.of(read)))
        .hasToString("ERROR party.branch.min-full-members [B1]: finding (caused by "
            + "read.bad-record at 党员.csv:3:4)");
  }
}
