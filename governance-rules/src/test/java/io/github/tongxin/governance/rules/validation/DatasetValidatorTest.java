package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  /** A user rule: names longer than a parameter are reported. */
  static final class LongNames implements Rule {
    static final Parameter<Integer> MAX = Parameter.ofInt("maxLength", 3, "最长", "longest");

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.builder().id("test.long-name").zh("名称过长").en("long name")
          .source("test").defaultSeverity(Severity.WARNING).addParameters(MAX).build();
    }

    @Override
    public void check(RuleContext context) {
      int max = context.parameter(MAX);
      for (Unit u : context.dataset().units()) {
        if (u.name().length() > max) {
          context.report(u, "名称 " + u.name().length() + " 字，超过 " + max,
              "name has " + u.name().length() + " characters, more than " + max);
        }
      }
    }
  }

  /** A rule with a bug. */
  static final class Broken implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.builder().id("test.broken").zh("坏").en("broken").source("test")
          .defaultSeverity(Severity.ERROR).build();
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("bug");
    }
  }

  private static GovernanceDataset dataset() {
    return GovernanceDataset.builder()
        .addUnits(
            Unit.of(UnitId.of("B"), UnitKind.STREET, "白鹿镇街道", null)
                .withOrigin(Origin.ofLine("units.csv", 3)),
            Unit.of(UnitId.of("A"), UnitKind.STREET, "湓浦街道", null)
                .withOrigin(Origin.ofLine("units.csv", 2)),
            Unit.of(UnitId.of("C"), UnitKind.STREET, "甘棠", null))
        .build();
  }

  @Test
  void reportsFindingsInDeterministicOrderWithLocations() {
    DatasetValidator validator =
        DatasetValidator.builder().ruleSet(RuleSet.of(new LongNames())).build();
    ValidationReport report = validator.validate(dataset(), DAY);
    assertThat(report.findings())
        .extracting(f -> f.subjects().get(0).value(), f -> f.location().orElseThrow().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "units.csv:2"),
            org.assertj.core.groups.Tuple.tuple("B", "units.csv:3"));
    Finding first = report.findings().get(0);
    assertThat(first.severity()).isEqualTo(Severity.WARNING);
    assertThat(first.zh()).isEqualTo("名称 4 字，超过 3");
    assertThat(first.en()).isEqualTo("name has 4 characters, more than 3");
    assertThat(report.isValid()).isTrue();
    assertThat(report.countsByRule()).containsExactly(Map.entry("test.long-name", 2L));
    assertThat(report.countsBySeverity())
        .containsEntry(Severity.WARNING, 2L).containsEntry(Severity.ERROR, 0L);
    assertThat(validator.validate(dataset(), DAY)).isEqualTo(report);
  }

  @Test
  void configurationChangesParametersSeverityAndSwitchesRulesOff() {
    String json = "{\"rules\":{\"test.long-name\":{\"severity\":\"ERROR\","
        + "\"parameters\":{\"maxLength\":4}},\"test.broken\":{\"enabled\":false}}}";
    RuleConfig config =
        RuleConfig.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    ValidationReport report = DatasetValidator.builder()
        .ruleSet(RuleSet.of(new LongNames(), new Broken()))
        .config(config)
        .build()
        .validate(dataset(), DAY);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.subjects()).containsExactly(UnitId.of("B"));
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.en()).endsWith("more than 4");
    });
    assertThat(report.isValid()).isFalse();
    assertThat(report.rules()).extracting(RuleDescriptor::id).containsExactly("test.long-name");
  }

  @Test
  void refusesConfigurationNamingUnknownRulesOrParameters() {
    RuleConfig config = RuleConfig.builder()
        .putRules("no.such-rule", RuleSettings.builder().build())
        .putRules("test.long-name", RuleSettings.builder().putParameters("maxLen", 4).build())
        .build();
    assertThatThrownBy(() -> DatasetValidator.builder().ruleSet(RuleSet.of(new LongNames()))
            .config(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule id 'no.such-rule'")
        .hasMessageContaining("rule 'test.long-name' has no parameter 'maxLen'");
  }

  @Test
  void refusesParameterOfWrongType() {
    RuleConfig config = RuleConfig.builder()
        .putRules("test.long-name",
            RuleSettings.builder().putParameters("maxLength", "four").build())
        .build();
    assertThatThrownBy(() -> DatasetValidator.builder().ruleSet(RuleSet.of(new LongNames()))
            .config(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameter maxLength takes Integer");
  }

  @Test
  void refusesMalformedConfigurationDocumentSayingWhere() {
    assertThatThrownBy(() -> RuleConfig.read(
            new ByteArrayInputStream("{\"rules\": [1]}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid rule configuration")
        .hasMessageContaining("(line 1, column 11");
  }

  @Test
  void aFailingRuleBecomesAFindingAndOthersStillRun() {
    ValidationReport report = DatasetValidator.builder()
        .ruleSet(RuleSet.of(new Broken(), new LongNames()))
        .build()
        .validate(dataset(), DAY);
    assertThat(report.countsByRule())
        .containsExactly(Map.entry("test.long-name", 2L),
            Map.entry(DatasetValidator.RULE_FAILED, 1L));
    assertThat(report.findings(DatasetValidator.RULE_FAILED)).singleElement()
        .satisfies(f -> assertThat(f.en()).contains("test.broken").contains("bug"));
  }

  @Test
  void refusesTwoRulesWithOneId() {
    assertThatThrownBy(() -> RuleSet.of(new LongNames(), new LongNames()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.long-name");
  }

  @Test
  void derivedStructuresAndTheRunIndexAreComputedOncePerRun() {
    int[] computed = {0};
    RuleContext.Derived<StringBuilder> key = RuleContext.Derived.of("test", c -> {
      computed[0]++;
      return new StringBuilder();
    });
    List<Object> seen = new ArrayList<>();
    Rule a = new SharedUser("test.a", key, seen);
    Rule b = new SharedUser("test.b", key, seen);
    // one thread: both rules append to one list, in rule order
    DatasetValidator validator =
        DatasetValidator.builder().ruleSet(RuleSet.of(a, b)).threads(1).build();
    validator.validate(dataset(), DAY);
    assertThat(computed[0]).isEqualTo(1);
    // both rules saw the same derived value, record index and tree
    assertThat(seen).hasSize(6);
    assertThat(seen.get(0)).isSameAs(seen.get(3));
    assertThat(seen.get(1)).isSameAs(seen.get(4));
    assertThat(seen.get(2)).isSameAs(seen.get(5));
    // a second run builds its own
    validator.validate(dataset(), DAY);
    assertThat(computed[0]).isEqualTo(2);
  }

  private static final class SharedUser implements Rule {
    private final String id;
    private final RuleContext.Derived<StringBuilder> key;
    private final List<Object> seen;

    SharedUser(String id, RuleContext.Derived<StringBuilder> key, List<Object> seen) {
      this.id = id;
      this.key = key;
      this.seen = seen;
    }

    @Override
    public RuleDescriptor descriptor() {
      return describe(id);
    }

    /** The descriptor of a test rule that uses shared structures. */
    static RuleDescriptor describe(String id) {
      return RuleDescriptor.builder().id(id).zh("共享").en("shared").source("test")
          .defaultSeverity(Severity.INFO).build();
    }

    @Override
    public void check(RuleContext context) {
      seen.add(context.derived(key));
      seen.add(context.records());
      seen.add(context.tree());
    }
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatThrownBy(() -> DatasetValidator.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1: 0");
  }

  @Test
  void aFailingRuleAmongOthersGivesTheReportOfOneThreadOnThree() {
    // the broken rule runs between two rules that report, on one thread and on three
    Rule second = new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.builder().id("test.long-name-2").zh("名称过长").en("long name")
            .source("test").defaultSeverity(Severity.WARNING).build();
      }

      @Override
      public void check(RuleContext context) {
        for (Unit u : context.dataset().units()) {
          if (u.name().length() > 3) {
            context.report(u, "名称过长", "long name");
          }
        }
      }
    };
    RuleSet rules = RuleSet.of(new LongNames(), new Broken(), second);
    ValidationReport one = DatasetValidator.builder().ruleSet(rules).threads(1).build()
        .validate(dataset(), DAY);
    ValidationReport three = DatasetValidator.builder().ruleSet(rules).threads(3).build()
        .validate(dataset(), DAY);
    assertThat(three).isEqualTo(one);
    assertThat(three.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        "test.long-name", "test.long-name", "validator.rule-failed", "test.long-name-2",
        "test.long-name-2");
  }

  @Test
  void aDerivedValueIsComputedOnceWhenRulesOnTwoThreadsAskForItAtOnce() {
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch bothAsking = new CountDownLatch(2);
    RuleContext.Derived<Object> key = RuleContext.Derived.of("slow", c -> {
      computed.incrementAndGet();
      return new Object();
    });
    List<Object> seen = Collections.synchronizedList(new ArrayList<>());
    Function<String, Rule> rule = id -> new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return SharedUser.describe(id);
      }

      @Override
      public void check(RuleContext context) {
        bothAsking.countDown();
        try {
          bothAsking.await(); // both rules run at once, one on each thread
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        seen.add(context.derived(key));
      }
    };
    DatasetValidator.builder().ruleSet(RuleSet.of(rule.apply("test.a"), rule.apply("test.b")))
        .threads(2).build().validate(dataset(), DAY);
    assertThat(computed).hasValue(1);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isSameAs(seen.get(1));
  }

  /**
   * A rule that declines every unit for one reason, given as a message of the common bundle,
   * except the unit {@code T}, declined with the same reason written out as text.
   */
  private static final class DeclinesAll implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.builder().id("test.declines").zh("不判断").en("declines")
          .source("test").defaultSeverity(Severity.INFO).build();
    }

    @Override
    public void check(RuleContext context) {
      for (Unit u : context.dataset().units()) {
        if (u.id().value().equals("T")) {
          context.decline(u, "该单位因上级关系成环而不在层级树中",
              "the unit was left out of the hierarchy by a cycle of parent links");
        } else {
          context.decline(u, Message.of("/hierarchy.declined.cycle"));
        }
      }
    }
  }

  @Test
  void declinedRecordsOfOneReasonAreJoinedAndOrderedByWhereTheyWereRead() {
    // Units read from two files, a sheet, lines, columns and JSON pointers, and one (Z) whose
    // origin is unknown, given in no order; T's reason is written out, the others' are a
    // message: both are the same reason, so one entry holds all, unknown location first, then
    // by source, sheet, line, column and pointer (as text: /units/10 before /units/2), then by
    // id (U and V share a place).
    GovernanceDataset d = GovernanceDataset.builder()
        .addUnits(
            street("P", Origin.ofPointer("b.json", "/units/10")),
            street("Q", Origin.ofPointer("b.json", "/units/2")),
            street("R", Origin.builder().source("a.xlsx").sheet("units").line(2).column(3)
                .build()),
            street("S", Origin.builder().source("a.xlsx").sheet("units").line(2).column(1)
                .build()),
            street("T", Origin.builder().source("a.xlsx").line(9).build()),
            street("V", Origin.ofLine("a.csv", 10)),
            street("U", Origin.ofLine("a.csv", 10)),
            street("W", Origin.ofLine("a.csv", 9)),
            Unit.of(UnitId.of("Z"), UnitKind.STREET, "无来源", null))
        .build();
    ValidationReport report = DatasetValidator.builder().ruleSet(RuleSet.of(new DeclinesAll()))
        .threads(1).build().validate(d, DAY);
    assertThat(report.declined()).extracting(r -> r.ruleId() + " " + r.zh() + " " + r.en() + " "
        + r.examples(20)).containsExactly("test.declines 该单位因上级关系成环而不在层级树中 "
        + "the unit was left out of the hierarchy by a cycle of parent links "
        + "[Z, W, U, V, T, S, R, P, Q]");
  }

  private static Unit street(String id, Origin origin) {
    return Unit.of(UnitId.of(id), UnitKind.STREET, "街道" + id, null).withOrigin(origin);
  }
}
