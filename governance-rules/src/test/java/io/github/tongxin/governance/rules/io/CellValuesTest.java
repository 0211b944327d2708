package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.rules.validation.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellValuesTest {

  /** Two constants share the Chinese label 甲; GAMMA's English label is ALPHA's constant. */
  enum Shared {
    ALPHA("甲", "first"),
    BETA("甲", "second"),
    GAMMA("丙", "alpha");

    private final String zh;
    private final String en;

    Shared(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }
  }

  /** An enum without labels: only its constants name it. */
  enum Plain { ONE, TWO }

  private static String read(CellValues v, String property, String cell) {
    CellValues.Outcome o = v.read(property, property, cell);
    return o.read() ? o.value().asString() : "problem: " + o.en();
  }

  @Test
  void findsEnumAndBooleanColumnsByReflectionOnTheModel() {
    assertThat(CellValues.of(RecordType.UNIT).enumType("kind")).isEqualTo(UnitKind.class);
    assertThat(CellValues.of(RecordType.PERSON).enumType("sex")).isEqualTo(Sex.class);
    assertThat(CellValues.of(RecordType.MEMBERSHIP).enumType("status"))
        .isEqualTo(MembershipStatus.class);
    assertThat(CellValues.of(RecordType.POST).enumType("role")).isEqualTo(Role.class);
    assertThat(CellValues.of(RecordType.WORK_ORDER).enumType("channel")).isEqualTo(Channel.class);
    assertThat(CellValues.of(RecordType.WORK_ORDER).enumType("urgency")).isEqualTo(Urgency.class);
    assertThat(CellValues.of(RecordType.MEMBERSHIP).isBoolean("inService")).isTrue();
    assertThat(CellValues.of(RecordType.ORGANIZATION).isBoolean("hasPartyOrganization")).isTrue();
    assertThat(CellValues.of(RecordType.SERVICE_ITEM).isBoolean("proactive")).isTrue();
    // Text, identifiers and dates are none of them.
    assertThat(CellValues.of(RecordType.UNIT).enumType("name")).isNull();
    assertThat(CellValues.of(RecordType.UNIT).enumType("parentId")).isNull();
    assertThat(CellValues.of(RecordType.POST).isBoolean("from")).isFalse();
  }

  @Test
  void everyConstantOfEveryEnumColumnReadsByNameInAnyCaseAndByItsLabels() throws Exception {
    int checked = 0;
    for (RecordType t : RecordType.values()) {
      CellValues values = CellValues.of(t);
      for (RecordColumns.Column c : RecordColumns.columns(t)) {
        Class<?> e = values.enumType(c.property());
        if (e == null) {
          continue;
        }
        for (Object o : e.getEnumConstants()) {
          String name = ((Enum<?>) o).name();
          String zh = (String) e.getMethod("zh").invoke(o);
          String en = (String) e.getMethod("en").invoke(o);
          for (String cell : List.of(name, name.toLowerCase(Locale.ROOT), " " + zh + " ", en,
              en.toUpperCase(Locale.ROOT))) {
            assertThat(read(values, c.property(), cell)).as("%s.%s %s", t, c.property(), cell)
                .isEqualTo(name);
          }
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void readsEveryDocumentedBooleanWordInAnyCase() {
    CellValues v = CellValues.of(RecordType.MEMBERSHIP);
    for (String w : CellValues.TRUE_WORDS) {
      assertThat(read(v, "inService", w)).as(w).isEqualTo("true");
      assertThat(read(v, "inService", " " + w.toUpperCase(Locale.ROOT) + " ")).as(w)
          .isEqualTo("true");
    }
    for (String w : CellValues.FALSE_WORDS) {
      assertThat(read(v, "inService", w)).as(w).isEqualTo("false");
      assertThat(read(v, "inService", w.toUpperCase(Locale.ROOT))).as(w).isEqualTo("false");
    }
    assertThat(CellValues.TRUE_WORDS).doesNotContainAnyElementsOf(CellValues.FALSE_WORDS);
    // The lists are documented in RecordColumns and CLI.md: changing them is changing the docs.
    assertThat(CellValues.TRUE_WORDS)
        .containsExactly("true", "yes", "y", "1", "是", "有", "√", "✓", "✔");
    assertThat(CellValues.FALSE_WORDS)
        .containsExactly("false", "no", "n", "0", "否", "无", "×", "✗", "✘");
  }

  @Test
  void otherBooleanWordsAreProblemsThatQuoteTheCell() {
    CellValues v = CellValues.of(RecordType.MEMBERSHIP);
    for (String w : List.of("x", "X", "2", "真", "t", "1.5", "yes!")) {
      CellValues.Outcome o = v.read("inService", "在职党员", w);
      assertThat(o.read()).as(w).isFalse();
      assertThat(o.zh()).startsWith("在职党员 应为是或否").contains("\"" + w + "\"");
      assertThat(o.en()).startsWith("在职党员 must be yes or no").contains("\"" + w + "\"");
    }
  }

  @Test
  void unknownLabelIsAProblemWithExamples() {
    CellValues.Outcome o = CellValues.of(RecordType.UNIT).read("kind", "类型", "居委会");
    assertThat(o.read()).isFalse();
    String choices = "PROVINCE/省, CITY/市, DISTRICT/区, COUNTY/县, STREET/街道, TOWNSHIP/乡镇, "
        + "COMMUNITY/社区, VILLAGE/村, GRID/网格, VILLAGER_GROUP/村民小组, BUILDING/楼栋, HOUSEHOLD/户";
    assertThat(o.zh()).isEqualTo("类型 的值 \"居委会\" 不是 UnitKind 的常量或中英文名称（可写 "
        + choices.replace(", ", "、") + "）");
    assertThat(o.en()).isEqualTo("类型 value \"居委会\" names no UnitKind (write a constant or its"
        + " Chinese or English name: " + choices + ")");
  }

  @Test
  void anUnknownValueListsAtMostSixteenConstants() {
    // 20 constants without labels: the message lists 16 and an ellipsis.
    CellValues.Outcome o = new CellValues(Map.of("kind", Many.class)).read("kind", "kind", "Z");
    assertThat(o.en()).contains("name: A00, A01, A02, A03, A04, A05, A06, A07, A08, A09, A10,"
        + " A11, A12, A13, A14, A15, …)");
  }

  /** More constants than a message lists. */
  enum Many { A00, A01, A02, A03, A04, A05, A06, A07, A08, A09, A10, A11, A12, A13, A14, A15,
    A16, A17, A18, A19 }

  @Test
  void aLabelSharedByTwoConstantsIsAmbiguousAndTheExactConstantNeverIs() {
    CellValues.EnumLabels labels = CellValues.labels(Shared.class);

    assertThat(labels.candidates("甲")).containsExactly(Shared.ALPHA, Shared.BETA);
    // "alpha" is ALPHA's constant in another case and GAMMA's English label.
    assertThat(labels.candidates("alpha")).containsExactly(Shared.ALPHA, Shared.GAMMA);
    assertThat(labels.candidates("ALPHA")).containsExactly(Shared.ALPHA);
    assertThat(labels.candidates("second")).containsExactly(Shared.BETA);
    assertThat(labels.candidates("丁")).isEmpty();
    assertThat(labels.ambiguousLabels()).containsOnlyKeys("甲", "alpha");

    CellValues values = new CellValues(Map.of("kind", Shared.class));
    CellValues.Outcome o = values.read("kind", "类型", "甲");
    assertThat(o.zh()).isEqualTo("类型 的值 \"甲\" 有歧义：可指 ALPHA（甲）、BETA（甲），请写常量名");
    assertThat(o.en()).isEqualTo("类型 value \"甲\" is ambiguous: it may mean ALPHA（甲）, "
        + "BETA（甲）; write the constant");
  }

  @Test
  void anEnumWithoutLabelsReadsItsConstantsOnly() {
    CellValues values = new CellValues(Map.of("kind", Plain.class));
    assertThat(read(values, "kind", "two")).isEqualTo("TWO");
    assertThat(read(values, "kind", "二")).isEqualTo("problem: kind value \"二\" names no Plain"
        + " (write a constant or its Chinese or English name: ONE, TWO)");
  }

  /** Unit kinds as a locality might label them, with 网格 given to two of them. */
  enum LocalKind {
    GRID("网格", "grid"),
    BUILDING("网格", "building"),
    COMMUNITY("社区", "community");

    private final String zh;
    private final String en;

    LocalKind(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    public String zh() {
      return zh;
    }

    public String en() {
      return en;
    }
  }

  @Test
  void ambiguousAndUnknownCellsAreFindingsAtTheirRowAndColumnAndTheRowIsLeftOut() {
    // Row 2: 网格 is ambiguous. Row 3: 小区 names no kind. Row 4 is fine.
    GovernanceDataset.Builder read = GovernanceDataset.builder();
    ReadSink sink = new ReadSink(r -> GovernanceRecords.add(read, r));
    CellValues values = new CellValues(Map.of("kind", LocalKind.class));
    TableBinding b = new TableBinding(RecordType.UNIT, "u.csv", null,
        List.of("编号", "类型", "名称"), 1, sink, new JsonReading(0, 1000), values);
    b.row(2, List.of("A", "网格", "甲网格"));
    b.row(3, List.of("B", "小区", "乙小区"));
    b.row(4, List.of("C", "社区", "丙社区"));

    assertThat(sink.report().findings())
        .extracting(f -> f.location().map(Origin::toString).orElseThrow(), Finding::property)
        .containsExactly(tuple("u.csv:2:2", Optional.of("kind")),
            tuple("u.csv:3:2", Optional.of("kind")));
    assertThat(sink.report().findings().get(0).zh())
        .isEqualTo("类型 的值 \"网格\" 有歧义：可指 GRID（网格）、BUILDING（网格），请写常量名；该行未读取");
    assertThat(sink.report().findings().get(1).en()).startsWith("类型 value \"小区\" names no");
    assertThat(read.build().units()).extracting(Unit::name, Unit::kind)
        .containsExactly(tuple("丙社区", UnitKind.COMMUNITY));
  }
}
