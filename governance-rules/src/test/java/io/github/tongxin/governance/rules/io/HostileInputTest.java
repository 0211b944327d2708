package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.io.DatasetWriter.Format;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Broken and hostile input ends in findings with a location, never in an exception. */
class HostileInputTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static List<String> rules(DatasetReader.Result r) {
    return r.report().findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void nestingDeeperThanTheLimitIsAFindingNotAStackOverflow() throws Exception {
    int depth = GovernanceJson.MAX_NESTING_DEPTH + 10;
    String deep = "[".repeat(depth) + "]".repeat(depth);
    Path doc = write("deep.json", "{\"units\": [{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\","
        + " \"extensions\": {\"x\": " + deep + "}}]}");
    Path lines = write("units.jsonl", "{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\","
        + " \"extensions\": {\"x\": " + deep + "}}\n{\"id\": \"B\", \"kind\": \"GRID\", \"name\": \"乙\"}\n");

    DatasetReader.Result r = DatasetReader.defaults().read(List.of(doc, lines));

    assertThat(rules(r)).containsExactly(ReadRules.UNREADABLE_FILE, ReadRules.BAD_RECORD);
    assertThat(r.report().findings().get(0).en()).contains("nesting depth");
    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("B");
  }

  @Test
  void overlongStringsAndDocumentsAreFindings() throws Exception {
    Path big = write("units.jsonl", "{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \""
        + "x".repeat(GovernanceJson.MAX_STRING_LENGTH + 1) + "\"}\n");
    Path doc = write("doc.json", "{\"units\": [{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\"},"
        + "{\"id\": \"B\", \"kind\": \"GRID\", \"name\": \"" + "y".repeat(30_000) + "\"}]}");

    DatasetReader.Result r = DatasetReader.builder().maxDocumentLength(10_000).build()
        .read(List.of(big, doc));

    assertThat(r.report().findings()).extracting(Finding::ruleId, f -> f.location()
            .map(Origin::source).orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ReadRules.UNREADABLE_FILE, doc.toString()),
            org.assertj.core.groups.Tuple.tuple(ReadRules.BAD_RECORD, big.toString()));
    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("A");
  }

  @Test
  void duplicateCollectionKeysAndUnknownCollectionsAreFindingsAndNotMerged() throws Exception {
    Path doc = write("doc.json", """
        {"units": [{"id": "A", "kind": "GRID", "name": "甲"}],
         "units": [{"id": "B", "kind": "GRID", "name": "乙"}],
         "people": []}
        """);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(doc));

    assertThat(r.report().findings()).extracting(f -> f.location().orElseThrow().toString())
        .containsExactly(doc + ":2:2#/units", doc + ":3:2#/people");
    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("A");
  }

  @Test
  void typeHintsInDataStayDataWithoutDefaultTyping() throws Exception {
    Path doc = write("doc.json", "{\"units\": [{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\","
        + " \"extensions\": {\"x\": [\"java.lang.ProcessBuilder\", {\"command\": \"calc\"}],"
        + " \"@class\": \"java.net.URL\"}}]}");
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(doc));

    assertThat(r.report().findings()).isEmpty();
    JsonNode x = r.dataset().units().get(0).extensions().get("x");
    assertThat(x.isArray()).isTrue();
    assertThat(r.dataset().units().get(0).extensions().get("@class").stringValue())
        .isEqualTo("java.net.URL");
  }

  @Test
  void randomlyDamagedFilesNeverThrow() throws Exception {
    GovernanceDataset sample = SampleDatasets.everyRecordType();
    Path clean = dir.resolve("clean");
    DatasetWriter.defaults().write(sample, Format.JSON, clean.resolve("json"));
    DatasetWriter.defaults().write(sample, Format.JSONL, clean.resolve("jsonl"));
    DatasetWriter.defaults().write(sample, Format.CSV, clean.resolve("csv"));
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var row = book.createSheet("units").createRow(0);
      row.createCell(0).setCellValue("id");
      book.write(xlsx);
    }
    List<Path> originals = new java.util.ArrayList<>();
    for (String sub : List.of("json", "jsonl", "csv")) {
      try (var files = Files.list(clean.resolve(sub))) {
        files.forEach(originals::add);
      }
    }
    Path book = clean.resolve("book.xlsx");
    Files.write(book, xlsx.toByteArray());
    originals.add(book);
    Random random = new Random(20261126);
    for (int round = 0; round < 300; round++) {
      Path original = originals.get(random.nextInt(originals.size()));
      byte[] bytes = Files.readAllBytes(original);
      int edits = 1 + random.nextInt(8);
      for (int e = 0; e < edits && bytes.length > 0; e++) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
          case 0 -> bytes[at] = (byte) random.nextInt(256);
          case 1 -> bytes[at] = (byte) "\"{}[],\n\r:\\".charAt(random.nextInt(10));
          case 2 -> bytes = java.util.Arrays.copyOf(bytes, at);
          default -> bytes[at] = (byte) (0x80 | random.nextInt(128));
        }
      }
      Path damaged = dir.resolve("round" + round).resolve(original.getFileName());
      Files.createDirectories(damaged.getParent());
      Files.write(damaged, bytes);
      assertThatCode(() -> DatasetReader.defaults().read(List.of(damaged)))
          .as("round %d, %s", round, original.getFileName())
          .doesNotThrowAnyException();
      DatasetReader.Result r = DatasetReader.defaults().read(List.of(damaged));
      assertThat(r.report().findings()).allSatisfy(f -> {
        assertThat(f.location()).isPresent();
        assertThat(f.location().get().source()).isEqualTo(damaged.toString());
      });
    }
  }

  @Test
  void aLoneSurrogateIsABadRecordAtItsPropertyInJsonJsonLinesAndCsvExtensionCells()
      throws Exception {
    // A JSON escape of half a surrogate pair in a document's unit name, in a JSON Lines
    // extension, and in a CSV extension cell holding a JSON string; the pair \ud83d\ude00 (an
    // emoji) is valid and read. (Jackson refuses half a pair in a key itself.)
    Path doc = write("dataset.json", "{\"units\": [{\"id\": \"A\", \"kind\": \"GRID\", "
        + "\"name\": \"甲\\ud800\"}, {\"id\": \"B\", \"kind\": \"GRID\", \"name\": "
        + "\"乙\\ud83d\\ude00\"}]}");
    Path lines = write("units.jsonl", "{\"id\": \"C\", \"kind\": \"GRID\", \"name\": \"丙\", "
        + "\"extensions\": {\"x\": [\"\\udc00\"]}}\n");
    Files.createDirectories(dir.resolve("csv"));
    Path csv = write("csv/units.csv", "id,kind,name,ext:备注\nD,GRID,丁,\"\"\"\\ud800\"\"\"\n");

    DatasetReader.Result r = DatasetReader.defaults().read(List.of(doc, lines, csv));

    String why = "文本含有不成对的代理码元 %s（不是有效的 Unicode，无法写出） / the text holds an unpaired "
        + "surrogate %s (not valid Unicode, it could not be written out)";
    String high = String.format(why, "\\uD800", "\\uD800");
    assertThat(r.report().findings()).extracting(Finding::ruleId,
            f -> f.location().orElseThrow().toString(), Finding::en)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ReadRules.BAD_RECORD, csv + ":2",
                "extensions cannot be read: " + high + "; the row is not read"),
            org.assertj.core.groups.Tuple.tuple(ReadRules.BAD_RECORD, doc + ":1:12#/units/0/name",
                "record cannot be read: " + high + " (name)"),
            org.assertj.core.groups.Tuple.tuple(ReadRules.BAD_RECORD, lines + ":1",
                "record cannot be read: " + String.format(why, "\\uDC00", "\\uDC00")
                    + " (extensions)"));
    assertThat(r.dataset().units()).extracting(u -> u.name()).containsExactly("乙\ud83d\ude00");
  }

  @Test
  void aFailingExportLeavesTheEarlierFilesAsTheyWereAndNoPartialFile() throws Exception {
    // The second dataset holds a person named with half a surrogate pair (made in code, as no
    // reader lets one through): no encoding can write it, so every format fails part way (the
    // units, written before the persons, were fine).
    GovernanceDataset good = SampleDatasets.everyRecordType();
    List<io.github.tongxin.governance.model.hierarchy.Person> persons =
        new java.util.ArrayList<>(good.persons());
    persons.add(io.github.tongxin.governance.model.hierarchy.Person.builder()
        .id(io.github.tongxin.governance.model.id.PersonId.of("BAD")).name("坏\ud800")
        .householdId(good.units().get(0).id()).build());
    GovernanceDataset bad = good.withPersons(persons);
    for (Format format : Format.values()) {
      Path out = dir.resolve("export-" + format);
      List<Path> written = DatasetWriter.defaults().write(good, format, out);
      java.util.Map<Path, byte[]> before = new java.util.HashMap<>();
      for (Path f : written) {
        before.put(f, Files.readAllBytes(f));
      }

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> DatasetWriter.defaults().write(bad, format, out))
          .as(format.name()).isInstanceOf(java.io.UncheckedIOException.class)
          .hasMessageStartingWith("cannot write " + format + " to " + out);

      try (var files = Files.list(out)) {
        assertThat(files.toList()).as(format.name()).containsExactlyInAnyOrderElementsOf(written);
      }
      for (Path f : written) {
        assertThat(Files.readAllBytes(f)).as(f.toString()).isEqualTo(before.get(f));
      }
      // staged files are made as any other file is: the export keeps the usual permissions
      Path plain = Files.writeString(dir.resolve("plain-" + format), "x");
      if (plain.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(Files.getPosixFilePermissions(written.get(0)))
            .isEqualTo(Files.getPosixFilePermissions(plain));
      }
    }
  }
}
