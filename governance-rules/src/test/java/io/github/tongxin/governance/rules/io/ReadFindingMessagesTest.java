package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding of reading carries its message as data, as the rules' findings do: a key of the read
 * rules' bundle and its arguments, which render to the finding's own Chinese and English texts.
 */
class ReadFindingMessagesTest {

  @TempDir Path dir;

  @Test
  void aReadFindingKeepsItsKeyAndArgumentsAndRendersToItsOwnTexts() throws Exception {
    // units.csv: households is no unit column, GRIDX no unit kind; contactLinks.csv lacks the
    // required columns; dataset.json is an array, not a dataset document.
    Path units = Files.writeString(dir.resolve("units.csv"),
        "id,kind,name,households\nA,GRIDX,甲,\n", StandardCharsets.UTF_8);
    Path links = Files.writeString(dir.resolve("contactLinks.csv"), "id,households\nL1,[]\n",
        StandardCharsets.UTF_8);
    Path json = Files.writeString(dir.resolve("dataset.json"), "[]", StandardCharsets.UTF_8);

    List<Finding> findings =
        DatasetReader.defaults().read(List.of(units, links, json)).report().findings();

    assertThat(findings).extracting(Finding::ruleId, f -> f.messageKey().orElse(null))
        .containsExactlyInAnyOrder(
            tuple("read.unknown-column", "read.unknown-column.extension"),
            tuple("read.bad-record", "read.bad-record.row-not-read"),
            tuple("read.bad-header", "read.bad-header.missing-columns"),
            tuple("read.unreadable-file", "read.unreadable-file.not-a-document"));
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.bundle()).contains(Texts.bundleOf(ReadRules.class));
      assertThat(f.message(Texts.CHINESE)).isEqualTo(f.zh());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo(f.en());
    });
    Finding extension = findings.stream()
        .filter(f -> f.ruleId().equals(ReadRules.UNKNOWN_COLUMN)).findFirst().orElseThrow();
    assertThat(extension.arguments()).containsOnlyKeys("header", "type", "hint")
        .containsEntry("header", "households");
  }
}
