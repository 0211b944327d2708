package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.RecordType;
import org.junit.jupiter.api.Test;

/** Property labels for Chinese messages come from the column headers, paths part by part. */
class RecordColumnsLabelTest {

  @Test
  void labelsAPropertyByItsColumnHeaderAndAPathPartByPart() {
    assertThat(RecordColumns.label(RecordType.PERSON, "citizenIdNumber")).isEqualTo("身份证号码");
    assertThat(RecordColumns.label(RecordType.UNIT, "parentId")).isEqualTo("上级编号");
    assertThat(RecordColumns.label(RecordType.MEMBERSHIP, "joinedOn")).isEqualTo("入党日期");
    assertThat(RecordColumns.label(RecordType.CONTACT_LINK, "households[2]"))
        .isEqualTo("联系户[2]");
    // a type's own header wins over the common one: an activity's households are 走访户
    assertThat(RecordColumns.label(RecordType.ACTIVITY, "households")).isEqualTo("走访户");
    assertThat(RecordColumns.label(RecordType.UNIT, "partyOrganization.coveredUnits"))
        .isEqualTo("党组织.覆盖单位");
    // a name with no label is kept as written
    assertThat(RecordColumns.label(RecordType.UNIT, "noSuchProperty.x")).isEqualTo(
        "noSuchProperty.x");
  }

  @Test
  void headerIsTheColumnOfThePathsFirstPartOnlyWhenItIsAColumn() {
    assertThat(RecordColumns.header(RecordType.CONTACT_LINK, "households[2]")).hasValue("联系户");
    assertThat(RecordColumns.header(RecordType.UNIT, "partyOrganization.coveredUnits"))
        .hasValue("党组织");
    assertThat(RecordColumns.header(RecordType.UNIT, "citizenIdNumber")).isEmpty();
  }
}
