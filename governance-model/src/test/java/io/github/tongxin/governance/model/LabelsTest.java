package io.github.tongxin.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.volunteer.TargetMeasure;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Labels as data: an enum's names come from its package's label files, in any language. */
class LabelsTest {

  /** An enum whose package has no label file for it: a packaging defect. */
  enum Unlabelled implements Labelled {
    ONLY
  }

  /** A labelled value that is not an enum and overrides nothing: a misuse. */
  record Bare() implements Labelled {}

  /** A labelled value that is not an enum and names itself, as the interface asks. */
  record Named(String zh, String en) implements Labelled {}

  @Test
  void namesComeFromThePackagesFilesInChineseAndEnglish() {
    assertThat(UnitKind.COMMUNITY.zh()).isEqualTo("社区");
    assertThat(UnitKind.COMMUNITY.en()).isEqualTo("community");
    assertThat(CitizenIdNumbers.Reason.EMPTY.zh()).isEqualTo("公民身份号码为空");
    assertThat(CitizenIdNumbers.Reason.EMPTY.en()).isEqualTo("the citizen ID number is empty");
  }

  @Test
  void anyChineseLocaleReadsChineseAndAnyOtherWithoutAFileReadsEnglish() {
    assertThat(Arrays.stream(UnitKind.values()).map(k -> k.label(Locale.CHINA)).toList())
        .isEqualTo(Arrays.stream(UnitKind.values()).map(UnitKind::zh).toList());
    assertThat(UnitKind.VILLAGE.label(Locale.CHINESE)).isEqualTo("村");
    assertThat(UnitKind.VILLAGE.label(Locale.TRADITIONAL_CHINESE)).isEqualTo("村");
    assertThat(UnitKind.VILLAGE.label(Locale.ENGLISH)).isEqualTo("village");
    assertThat(UnitKind.VILLAGE.label(Locale.US)).isEqualTo("village");
    assertThat(UnitKind.VILLAGE.label(Locale.GERMAN)).isEqualTo("village");
  }

  @Test
  void thirdLanguageFromALabelFileAloneKeepsEnglishForWhatItLeavesOut() {
    // src/test/resources/.../hierarchy/labels_fr.properties names three tiers, not GRID.
    assertThat(Tier.COMMUNITY.label(Locale.FRENCH)).isEqualTo("communauté");
    assertThat(Tier.STREET.label(Locale.CANADA_FRENCH)).isEqualTo("sous-district");
    assertThat(Tier.GRID.label(Locale.FRENCH)).isEqualTo("grid");
    assertThat(Tier.COMMUNITY.zh()).isEqualTo("社区村级");
    assertThat(Tier.COMMUNITY.en()).isEqualTo("community");
  }

  @Test
  void furtherTextsOfAConstantAreReadByPart() {
    assertThat(Labels.text(TargetMeasure.ACTIVITIES, "unit", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("场");
    assertThat(Labels.text(TargetMeasure.ACTIVITIES, "unit", Locale.ENGLISH))
        .isEqualTo("activities");
    assertThat(Labels.text(TargetMeasure.ACTIVITIES, "unit", Locale.FRENCH))
        .isEqualTo("activities");
  }

  @Test
  void keyIsTheEnumsNameInItsPackageAndTheConstant() {
    assertThat(Labels.key(CitizenIdNumbers.Reason.WRONG_CHECK_DIGIT))
        .isEqualTo("CitizenIdNumbers.Reason.WRONG_CHECK_DIGIT");
    assertThat(Labels.key(Tier.GRID)).isEqualTo("Tier.GRID");
  }

  @Test
  void enumWithoutItsLabelsFailsNamingTheKeyAndTheFile() {
    assertThatIllegalStateException().isThrownBy(Unlabelled.ONLY::zh).withMessage(
        "no label LabelsTest.Unlabelled.ONLY in io/github/tongxin/governance/model/"
            + "labels_zh_CN.properties");
    assertThatIllegalStateException()
        .isThrownBy(() -> Labels.text(UnitKind.GRID, "unit", Locale.ENGLISH)).withMessage(
            "no label UnitKind.PROVINCE.unit in io/github/tongxin/governance/model/hierarchy/"
                + "labels_en.properties");
  }

  @Test
  void labelledValueThatIsNotAnEnumNamesItselfOrFailsSayingSo() {
    Named named = new Named("甲", "first");
    assertThat(named.label(Locale.CHINA)).isEqualTo("甲");
    assertThat(named.label(Locale.FRENCH)).isEqualTo("first");
    assertThatIllegalStateException().isThrownBy(() -> new Bare().zh()).withMessage(
        Bare.class.getName() + " is not an enum, so it has no label file: it must override zh()"
            + " and en()");
  }
}
