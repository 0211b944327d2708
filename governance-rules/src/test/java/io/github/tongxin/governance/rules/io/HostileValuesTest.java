package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values that used to change or vanish without a word (issue 15, items 12 to 17), each
 * with the exact input.
 */
class HostileValuesTest {

  @TempDir Path dir;

  private static String at(Finding f) {
    return f.ruleId() + " " + f.location().map(Origin::toString).orElse("-");
  }

  @Test
  void aFractionForAWholeNumberIsAFindingNotATruncation() throws Exception {
    // capacity is a whole number: 120.5 must not become 120 (item 13).
    Path f = dir.resolve("facilities.jsonl");
    Files.writeString(f, "{\"id\":\"F1\",\"kind\":\"OTHER\",\"name\":\"甲\",\"unitId\":\"C\","
        + "\"capacity\":120.5}\n");
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(HostileValuesTest::at)
        .containsExactly("read.bad-record " + f + ":1");
    assertThat(r.report().findings().get(0).property()).contains("capacity");
    assertThat(r.dataset().facilities()).isEmpty();
  }

  @Test
  void aNumberBeyondADoubleInAPropertyIsAFindingAndInAnExtensionIsKept() throws Exception {
    // floorArea 1e-999999 would be 0 as a double (item 13); 1e309 in an extension is kept as
    // the decimal it is (item 16).
    Path f = dir.resolve("facilities.jsonl");
    Files.writeString(f, "{\"id\":\"F1\",\"kind\":\"OTHER\",\"name\":\"甲\",\"unitId\":\"C\","
        + "\"floorArea\":1e-999999}\n"
        + "{\"id\":\"F2\",\"kind\":\"OTHER\",\"name\":\"乙\",\"unitId\":\"C\","
        + "\"extensions\":{\"big\":1e309}}\n");
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(HostileValuesTest::at, Finding::property)
        .containsExactly(org.assertj.core.api.Assertions.tuple("read.bad-record " + f + ":1",
            java.util.Optional.of("floorArea")));
    assertThat(r.report().findings().get(0).en()).contains("out of range");
    assertThat(r.dataset().facilities()).singleElement().satisfies(x ->
        assertThat(x.extensions().get("big").decimalValue())
            .isEqualByComparingTo(new java.math.BigDecimal("1e309")));
  }

  @Test
  void csvRoundTripKeepsBlankNullAndJsonLookingTextExtensions() throws Exception {
    // "" everywhere, null, and the text "[1,2]" (item 17): written and read back, byte for byte.
    Path f = dir.resolve("units.jsonl");
    Files.writeString(f, """
        {"id":"A","kind":"GRID","name":"甲","extensions":{"empty":"","gone":null,"list":"[1,2]"}}
        {"id":"B","kind":"GRID","name":"乙","extensions":{"empty":""}}
        """);
    GovernanceDataset d = DatasetReader.defaults().read(List.of(f)).dataset();
    String first = csv(d);
    Path csv = dir.resolve("units.csv");
    Files.writeString(csv, first);
    DatasetReader.Result again = DatasetReader.defaults().read(List.of(csv));

    assertThat(again.report().findings()).isEmpty();
    assertThat(again.dataset().units().get(0).extensions().get("list").isString()).isTrue();
    assertThat(again.dataset().units().get(0).extensions().get("gone").isNull()).isTrue();
    assertThat(csv(again.dataset())).isEqualTo(first);
    assertThat(first).startsWith("id,kind,name,nameEn,parentId,divisionCode,partyOrganization,"
        + "ext:empty,ext:gone,ext:list\r\n");
  }

  private static String csv(GovernanceDataset d) throws Exception {
    var out = new java.io.StringWriter();
    DatasetWriter.defaults().writeCsv(io.github.tongxin.governance.model.dataset.RecordType.UNIT,
        d.units(), out);
    return out.toString();
  }

  @Test
  void aMostlyUtf8FileWithAStrayByteIsNotReadAsGb18030() throws Exception {
    // UTF-8 Chinese names and one cp1252 byte (Renée): GB18030 would garble every name
    // (item 12); the file is read as UTF-8 and the line with the stray byte is a finding.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("id,name\nP1,张伟\nP2,Ren".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("e\nP3,李娜\n".getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("persons.csv");
    Files.write(f, bytes.toByteArray());
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().persons()).extracting(p -> p.name()).containsExactly("张伟");
    assertThat(r.report().findings()).extracting(HostileValuesTest::at)
        .containsExactly("read.unreadable-file " + f + ":3");
  }

  @Test
  void anEncodingErrorInsideAJsonDocumentIsLocatedAndTheRecordsBeforeItAreKept()
      throws Exception {
    // A UTF-8 dataset document whose third record holds a byte that is no UTF-8 (item 15).
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(("{\"units\": [\n {\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\"},\n"
        + " {\"id\": \"B\", \"kind\": \"GRID\", \"name\": \"乙\"},\n"
        + " {\"id\": \"C\", \"kind\": \"GRID\", \"name\": \"Ren").getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("e\"}\n]}\n".getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("d.json");
    Files.write(f, bytes.toByteArray());
    DatasetReader.Result r = DatasetReader.builder().charset(StandardCharsets.UTF_8).build()
        .read(List.of(f));

    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("A", "B");
    assertThat(r.report().findings()).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("read.unreadable-file");
      assertThat(x.location().orElseThrow().line()).hasValue(4);
    });
  }
}
