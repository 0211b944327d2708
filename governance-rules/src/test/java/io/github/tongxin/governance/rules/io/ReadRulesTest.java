package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.Texts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read rules are described from their package's bundle, like every other rule: title in
 * Chinese and English, source from the language-neutral file, and a language without a file of
 * its own falls back to English.
 */
class ReadRulesTest {

  @Test
  void readRuleIsDescribedFromItsBundleInEitherLanguage() {
    RuleDescriptor header = ReadRules.descriptor(ReadRules.HEADER_ROW);

    assertThat(header.zh()).isEqualTo("表头不在第一行，其上的行已跳过");
    assertThat(header.en())
        .isEqualTo("the header is not the first row; the rows above it are skipped");
    assertThat(header.source()).isEqualTo("Tongxin (DOMAIN.md §4)");
    assertThat(header.defaultSeverity()).isEqualTo(Severity.INFO);
    assertThat(header.bundle()).contains(Texts.bundleOf(ReadRules.class));
    assertThat(header.title(Locale.FRENCH, Map.of())).isEqualTo(header.en());
    assertThat(header.title(Locale.TAIWAN, Map.of())).isEqualTo(header.zh());
  }

  @Test
  void everyReadRuleIsFoundByItsIdAndAnUnknownIdIsRefused() {
    assertThat(ReadRules.descriptors()).allSatisfy(
        d -> assertThat(ReadRules.descriptor(d.id())).isSameAs(d));
    assertThat(ReadRules.descriptors()).extracting(RuleDescriptor::id).containsExactly(
        ReadRules.UNREADABLE_FILE, ReadRules.BAD_RECORD, ReadRules.BAD_HEADER,
        ReadRules.UNKNOWN_FILE, ReadRules.UNKNOWN_COLUMN, ReadRules.BAD_CELL,
        ReadRules.NUMERIC_CELL, ReadRules.HEADER_ROW);
    assertThatThrownBy(() -> ReadRules.descriptor("read.nothing"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no read rule read.nothing");
  }
}
