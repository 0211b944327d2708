package io.github.tongxin.governance.rules.cogovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The co-governance texts are data: the package's bundles hold every text in both languages, the
 * engines state the numbers a locality configured, and a finding renders from its key and
 * arguments alone.
 */
class CogovernanceMessagesTest {

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CogovernanceMessagesTest.class.getResourceAsStream(
        "/" + CogovernanceTexts.BUNDLE + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void chineseAndEnglishBundlesHaveTheSameKeysAndSourcesAreLanguageNeutral() throws IOException {
    Properties zh = bundle("_zh_CN");
    Properties en = bundle("_en");
    Properties neutral = bundle("");

    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(neutral.stringPropertyNames()).allSatisfy(k -> assertThat(k).endsWith(".source"));
    assertThat(zh.stringPropertyNames()).noneMatch(k -> k.endsWith(".source"));
  }

  @Test
  void everyWindowAndUnitTheEnginesNameHasATemplate() {
    for (Frequency f : Frequency.values()) {
      assertThat(Texts.template(CogovernanceTexts.BUNDLE,
          "cogovernance.organisational-life.window." + f.name(), Locale.ENGLISH)).isPresent();
    }
    for (CountBasis b : CountBasis.values()) {
      assertThat(Texts.template(CogovernanceTexts.BUNDLE, "cogovernance.count.unit." + b.name(),
          Texts.CHINESE)).isPresent();
    }
  }

  @Test
  void noChineseStringLiteralRemainsInRuleAndEngineCode() throws IOException {
    Path dir = Path.of("src/main/java/io/github/tongxin/governance/rules/cogovernance");
    assumeTrue(Files.isDirectory(dir), "sources not found from " + Path.of("").toAbsolutePath());
    Pattern comment = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    Pattern chinese = Pattern.compile("\"[^\"\\n]*\\p{IsHan}");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code = comment.matcher(Files.readString(file)).replaceAll("");
        // enum labels (Comparison, CountBasis, Frequency, Population) are part B's, checked there
        if (!code.contains("public enum ") && chinese.matcher(code).find()) {
          offending.add(file.getFileName().toString());
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void explanationStatesTheLocallyConfiguredQuorumInBothLanguages() {
    // a locality asks more than three fifths of the members present instead of half; 11 of 20 came
    DecisionRule local =
        DecisionRules.PARTY_MEMBER_ASSEMBLY.withFraction("quorum", Fraction.of(3, 5));
    Evaluation e = local.evaluate(Meetings.heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 20, 11, 9, 2));

    assertThat(e.checks().get(0).zh()).isEqualTo("到会 11 人 / 应参加 20 人 ≤ 3/5（12）✗");
    assertThat(e.checks().get(0).en())
        .isEqualTo("present 11 people / eligible 20 people ≤ 3/5 (12) ✗");
    assertThat(e.zh()).isEqualTo("支部党员大会「议题」：到会 11 人 / 应参加 20 人 ≤ 3/5（12）✗ → 不足法定人数");
    assertThat(e.text(Locale.FRENCH)).isEqualTo(e.en());
  }

  @Test
  void complianceGapStatesTheLocallyConfiguredCommitteeQuorumInBothLanguages() {
    // a locality asks at least two thirds of the committee; 3 of 5 came
    OrganisationalLifeCompliance local = new OrganisationalLifeCompliance(
        OrganisationalLifeCompliance.DEFAULT.requirements(), Fraction.TWO_THIRDS,
        Comparison.AT_LEAST);
    OrganisationalLifeRecord meeting = OrganisationalLifeRecord.builder()
        .id(OrganisationalLifeId.of("o1")).branch(UnitId.of("b1"))
        .kind(OrganisationalLifeKind.COMMITTEE_MEETING).date(LocalDate.of(2024, 1, 10))
        .attendeeCount(3).committeeSize(5).build();

    Finding gap = local.check(List.of(UnitId.of("b1")), List.of(meeting), YearMonth.of(2024, 1),
            YearMonth.of(2024, 1)).gaps(UnitId.of("b1")).stream()
        .filter(f -> f.ruleId().equals(OrganisationalLifeCompliance.COMMITTEE_QUORUM))
        .findFirst().orElseThrow();

    assertThat(gap.zh()).isEqualTo("b1 2024-01-10 支部委员会会议到会 3 人 / 委员 5 人 < 2/3（10/3）✗");
    assertThat(gap.en())
        .isEqualTo("b1 committee meeting of 2024-01-10: present 3 / members 5 < 2/3 (10/3) ✗");
  }

  @Test
  void procedureDefectKeepsItsKeyAndArgumentsAndRendersFromThemAlone() {
    // the matter went from the proposal straight to the review: the consultation is missing
    ProcedureRecord matter = ProcedureRecord.builder().id(MatterId.of("matter-1"))
        .procedure(Procedures.FOUR_DELIBERATIONS_ID).title("村道硬化").unit(UnitId.of("v1"))
        .addStages(StageRecord.builder().stage("propose").kind(StageKind.PROPOSE)
            .date(LocalDate.of(2024, 3, 1)).body(DecisionBody.PARTY_ORGANISATION).build())
        .addStages(StageRecord.builder().stage("review").kind(StageKind.REVIEW)
            .date(LocalDate.of(2024, 3, 10)).body(DecisionBody.PARTY_MEMBER_ASSEMBLY).build())
        .build();

    Finding f = Procedures.FOUR_DELIBERATIONS.run(matter, Map.of(), LocalDate.of(2024, 3, 20))
        .findings().get(0);

    assertThat(f.messageKey()).contains(Procedure.SKIPPED_STAGE);
    assertThat(f.arguments()).containsOnlyKeys("procedure", "stage", "step", "reached",
        "reachedStep");
    assertThat(f.zh()).isEqualTo("四议两公开：缺少环节「两委会议商议」（第 2 步），已进行到「党员大会审议」（第 3 步）");
    assertThat(f.message(Locale.CHINA)).isEqualTo(f.zh());
    assertThat(f.message(Locale.ENGLISH)).isEqualTo(f.en()).isEqualTo(
        "four deliberations, two disclosures: stage consultation by the two committees (step 2)"
            + " is missing, yet the matter reached review by the party member assembly (step 3)");
  }
}
