package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.UnitId;
import org.junit.jupiter.api.Test;

class FindingMaskedTest {

  @Test
  void maskingCoversThePropertyWhenAnExtensionIsNamedByAnIdNumber() {
    // an extension column whose header is a resident's ID number, and a message quoting it
    Finding f = Finding.builder().ruleId("read.bad-record").severity(Severity.ERROR)
        .addSubjects(UnitId.of("C")).property("110105199001011234")
        .zh("列 110105199001011234 无法读取").en("column 110105199001011234 cannot be read")
        .source("test").build();
    Finding masked = f.masked();
    assertThat(masked.property()).hasValue("110105********1234");
    assertThat(masked.en()).isEqualTo("column 110105********1234 cannot be read");
    assertThat(masked.zh()).isEqualTo("列 110105********1234 无法读取");
    assertThat(masked.masked()).isSameAs(masked);
    Finding plain = f.withProperty("name").withZh("名称").withEn("name");
    assertThat(plain.masked()).isSameAs(plain);
  }
}
