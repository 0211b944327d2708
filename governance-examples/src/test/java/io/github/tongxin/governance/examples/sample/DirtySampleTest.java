package io.github.tongxin.governance.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DirtySampleTest {

  private static List<String> keys(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.ruleId() + " " + f.subjects().stream().map(Identifier::value).toList())
        .sorted().toList();
  }

  private static List<String> keys(List<Defect> defects) {
    return defects.stream().map(Defect::key).sorted().toList();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DirtySample.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void validatorFindsExactlyTheDocumentedDefectsInTheBundledCopy() {
    DirtySample dirty = DirtySample.generate();
    ValidationReport report = XunyangSample.validator().validate(DirtySample.bundled());
    assertThat(keys(report)).isEqualTo(keys(dirty.defects()));
  }

  @Test
  void everyRuleFamilyHasADefect() {
    Set<String> families = DirtySample.generate().defects().stream().map(Defect::family)
        .collect(Collectors.toSet());
    assertThat(families).containsExactlyInAnyOrder("structure", "identifier", "record", "party",
        "grid", "self-government", "registration", "service", "volunteer", "co-governance");
    Set<String> ruleIds = DirtySample.generate().defects().stream().map(Defect::ruleId)
        .collect(Collectors.toSet());
    assertThat(ruleIds).hasSizeGreaterThanOrEqualTo(25);
    assertThat(StandardRules.ruleSet().rules()).extracting(r -> r.id()).containsAll(ruleIds);
  }

  @Test
  void dirtyVariantOfAnotherSeedHasExactlyItsDefects() {
    GovernanceDataset clean = XunyangSample.generate(11L);
    DirtySample dirty = DirtySample.of(clean);
    assertThat(keys(XunyangSample.validator().validate(dirty.dataset())))
        .isEqualTo(keys(dirty.defects()));
  }

  @Test
  void bundledCopiesAreRegeneratedFromTheDefaultSeed() throws IOException {
    DirtySample dirty = DirtySample.generate();
    assertThat(resource(DirtySample.RESOURCE)).isEqualTo(XunyangSample.toJson(dirty.dataset()));
    assertThat(new String(resource("/sample/xunyang-dirty/DEFECTS.md"), StandardCharsets.UTF_8))
        .isEqualTo(dirty.defectsMarkdown());
  }

  @Test
  void findingsOfTheDirtyCopyAreErrorsAndWarnings() {
    List<Finding> findings = XunyangSample.validator().validate(DirtySample.bundled()).findings();
    assertThat(findings).extracting(f -> f.severity().name()).contains("ERROR", "WARNING");
  }
}
