package io.github.tongxin.governance.rules.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionCsvTest {

  @Test
  void readsQuotedFieldsWithCommasAndDoubledQuotes() {
    assertThat(DivisionCsv.parse("1,\"a,b\",\"say \"\"hi\"\"\",3"))
        .containsExactly("1", "a,b", "say \"hi\"", "3");
  }

  @Test
  void keepsEmptyFields() {
    assertThat(DivisionCsv.parse(",x,")).containsExactly("", "x", "");
  }
}
