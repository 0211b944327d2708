package io.github.tongxin.governance.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.spring.Api.Answer;
import io.github.tongxin.governance.examples.spring.Api.Part;
import io.github.tongxin.governance.examples.spring.web.ValidationController;
import io.github.tongxin.governance.rules.io.AnnotatedWorkbookWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The contract of the Spring Boot example, run over a real HTTP port against each database
 * (H2 in a file, PostgreSQL): a subclass per database says where it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"tongxin.upload.max-bytes=4MB", "tongxin.upload.max-files=3"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TongxinApiContract {

  static final String DISTRICT = "district-xunyang";
  static final String STREET = "street-penpu";
  static final String GRID_1 = "grid-dingguanlu-1";
  static final String GRID_2 = "grid-dingguanlu-2";

  @LocalServerPort int port;
  @Autowired Environment environment;
  @Autowired JdbcTemplate jdbc;
  Api api;

  @BeforeAll
  void startFromAnEmptyDatabase() {
    // A PostgreSQL database outlives a run; every run of the contract starts from no rows.
    jdbc.update("DELETE FROM work_order_event");
    jdbc.update("DELETE FROM work_order");
    jdbc.update("DELETE FROM validation_run");
    api = new Api(port);
  }

  // ------------------------------------------------------------------ upload, each format

  /**
   * Two units; the grid's parent C404 is in no file: the grid is judged below an external parent.
   */
  static final String UNITS_JSON = "{\"units\": ["
      + "{\"id\": \"360403\", \"kind\": \"DISTRICT\", \"name\": \"浔阳区\"},"
      + "{\"id\": \"G1\", \"kind\": \"GRID\", \"name\": \"第一网格\", \"parentId\": \"C404\"}]}";

  @Test
  void validatesAJsonUpload() {
    assertOneDanglingParent(upload(Part.file("dataset.json", UNITS_JSON)), "dataset.json",
        "{\"source\":\"dataset.json\",\"line\":1,\"column\":64,\"pointer\":\"/units/1\"}");
  }

  @Test
  void validatesAJsonLinesUpload() {
    assertOneDanglingParent(upload(Part.file("units.jsonl",
        "{\"id\": \"360403\", \"kind\": \"DISTRICT\", \"name\": \"浔阳区\"}\n"
            + "{\"id\": \"G1\", \"kind\": \"GRID\", \"name\": \"第一网格\", \"parentId\": \"C404\"}\n")),
        "units.jsonl", "{\"source\":\"units.jsonl\",\"line\":2}");
  }

  @Test
  void validatesAnOfficeCsvExportWithChineseHeaders() {
    assertOneDanglingParent(upload(Part.file("单位.csv",
        "编号,类型,名称,上级编号\n360403,区,浔阳区,\nG1,网格,第一网格,C404\n")), "单位.csv",
        "{\"source\":\"单位.csv\",\"line\":3}");
  }

  @Test
  void validatesAnXlsxUpload() throws IOException {
    assertOneDanglingParent(upload(new Part("files", "dataset.xlsx", unitsWorkbook())),
        "dataset.xlsx", "{\"source\":\"dataset.xlsx\",\"sheet\":\"units\",\"line\":3}");
  }

  /** The two units of {@link #UNITS_JSON} as a workbook: G1's parent C404 (cell D3) is outside. */
  private static byte[] unitsWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("units");
      String[][] rows = {{"id", "kind", "name", "parentId"}, {"360403", "DISTRICT", "浔阳区", ""},
          {"G1", "GRID", "第一网格", "C404"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    return out.toByteArray();
  }

  private Answer upload(Part... parts) {
    return api.upload("/api/validations?asOf=2026-03-31", STREET, List.of(parts));
  }

  /**
   * Asserts the report of the two units: G1's parent is outside the data (noted, as an export of
   * one part of a tree is judged below its external parent) and, as a grid, it has no grid
   * worker (a warning), both found at G1's record.
   */
  private static void assertOneDanglingParent(Answer answer, String file, String where) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("Location")).matches("/api/validations/\\d+");
    JsonNode report = answer.json();
    assertThat(report.path("format").asString()).isEqualTo("tongxin-report");
    assertThat(report.path("inputs").toString()).isEqualTo("[\"" + file + "\"]");
    assertThat(report.path("records").asInt()).isEqualTo(2);
    List<String> findings = new ArrayList<>();
    report.path("findings").forEach(f -> findings.add(f.path("rule").asString() + " "
        + f.path("severity").asString() + " " + f.path("subjects") + " " + f.path("location")));
    assertThat(findings).containsExactly(
        "grid.worker-missing warning [\"G1\"] " + where,
        "structure.external-parent info [\"G1\",\"C404\"] " + where);
  }

  // ------------------------------------------------------------------ hierarchy and scope

  @Test
  void answersAUnitItsChildrenAndItsPathToTheRoot() {
    Answer unit = api.get("/api/units/360403002001-1", GRID_1);
    assertThat(unit.status()).isEqualTo(200);
    assertThat(unit.body()).isEqualTo("{\"id\":\"360403002001-1\",\"kind\":\"GRID\","
        + "\"tier\":\"GRID\",\"name\":\"丁官路社区第一网格\",\"parentId\":\"360403002001\"}");
    assertThat(Api.texts(api.get("/api/units/360403002001-1/path", GRID_1).json(), "id"))
        .containsExactly("360403002001-1", "360403002001", "360403002", "360403");
    assertThat(Api.texts(api.get("/api/units/360403002001/children", STREET).json(), "id"))
        .startsWith("360403002001-1", "360403002001-2");
  }

  @Test
  void refusesAGridWorkerAnotherGrid() {
    Answer other = api.get("/api/units/360403002001-2", GRID_1);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().path("code").asString()).isEqualTo("out-of-scope");
    assertThat(api.get("/api/units/360403002001-2", STREET).status()).isEqualTo(200);
    assertThat(api.get("/api/units/360403002001/children", GRID_1).status()).isEqualTo(403);
  }

  // ------------------------------------------------------------------ the dirty sample

  @Test
  void reportsEveryDefectOfTheDirtySample() throws IOException {
    byte[] sample = resource("sample/xunyang-dirty/xunyang.json");
    Answer answer = api.upload("/api/validations?asOf=2026-03-31", STREET,
        List.of(new Part("files", "xunyang.json", sample)));
    assertThat(answer.status()).isEqualTo(200);
    // DEFECTS.md lists each injected defect: its rule and subjects, one finding each.
    List<String> expected = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| \\d+ \\| \\w[\\w-]* \\| `([^`]+)` \\| (.+?) \\| ")
        .matcher(new String(resource("sample/xunyang-dirty/DEFECTS.md"),
            StandardCharsets.UTF_8));
    while (row.find()) {
      expected.add(row.group(1) + " " + row.group(2).replace("`", "").replace(", ", ","));
    }
    List<String> actual = new ArrayList<>();
    answer.json().path("findings").forEach(f -> actual.add(f.path("rule").asString() + " "
        + String.join(",", toTexts(f.path("subjects")))));
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void masksPersonalNumbersInEveryFinding() {
    // Both persons' sex cells hold a personal number typed into the wrong column: a mobile
    // number and a citizen ID number. The reading finding quotes the cell, masked.
    Answer answer = upload(Part.file("persons.csv", "id,name,sex\n"
        + "p1,张三,13812345678\np2,李四,11010519491231002X\n"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("138****5678", "110105********002X")
        .doesNotContain("13812345678", "11010519491231002X");
  }

  private static List<String> toTexts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static byte[] resource(String name) throws IOException {
    try (var in = TongxinApiContract.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void keepsEachValidationRunForTheCallerAndThoseAboveOnly() {
    Answer upload = api.upload("/api/validations?asOf=2026-03-31", GRID_1,
        List.of(Part.file("dataset.json", UNITS_JSON)));
    String run = upload.header("Location");
    assertThat(api.get(run, GRID_1).json()).isEqualTo(upload.json());
    assertThat(api.get(run, STREET).status()).isEqualTo(200);
    assertThat(api.get(run, GRID_2).status()).isEqualTo(403);
    assertThat(api.get("/api/validations/999999999", GRID_1).status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ every 4xx

  @Test
  void refusesACallerWithoutAKnownToken() {
    assertProblem(api.get("/api/units/360403", null), 401, "unauthenticated");
    assertProblem(api.get("/api/units/360403", "no-such-token"), 401, "unauthenticated");
  }

  @Test
  void refusesAnUploadWithoutFiles() {
    assertProblem(api.upload("/api/validations", STREET,
        List.of(new Part("note", null, "x".getBytes(StandardCharsets.UTF_8)))), 400, "no-file");
  }

  @Test
  void refusesMoreFilesThanTheLimit() {
    // tongxin.upload.max-files is 3 in these tests.
    assertProblem(api.upload("/api/validations", STREET, List.of(Part.file("a.json", "{}"),
        Part.file("b.json", "{}"), Part.file("c.json", "{}"), Part.file("d.json", "{}"))),
        400, "too-many-files");
  }

  @Test
  void refusesAFileNameWithAFolderOrUploadedTwice() {
    assertProblem(api.upload("/api/validations", STREET,
        List.of(Part.file("../units.json", "{}"))), 400, "bad-file-name");
    assertProblem(api.upload("/api/validations", STREET,
        List.of(Part.file("units.csv", "id\n"), Part.file("UNITS.csv", "id\n"))),
        400, "duplicate-file-name");
  }

  @Test
  void refusesAKindOfFileTheReaderDoesNotKnow() {
    assertProblem(api.upload("/api/validations", STREET,
        List.of(Part.file("notes.txt", "hello"))), 415, "unsupported-file");
    Answer json = api.postJson("/api/validations", STREET, UNITS_JSON);
    assertThat(json.status()).isEqualTo(415);
  }

  @Test
  void refusesAnUploadOverTheSizeLimit() {
    // tongxin.upload.max-bytes is 4MB in these tests; this file is 5 MiB.
    byte[] big = new byte[5 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    assertProblem(api.upload("/api/validations", STREET,
        List.of(new Part("files", "big.json", big))), 413, "upload-too-large");
  }

  @Test
  void refusesAnAsOfThatIsNotADay() {
    Answer answer = api.upload("/api/validations?asOf=2026-13-01", STREET,
        List.of(Part.file("dataset.json", UNITS_JSON)));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("detail").asString()).contains("asOf");
  }

  @Test
  void answersAFileThatCannotBeReadWith422AndItsFinding() {
    Answer answer = api.upload("/api/validations", STREET,
        List.of(Part.file("broken.json", "{\"units\": [")));
    assertThat(answer.status()).isEqualTo(422);
    JsonNode report = answer.json();
    assertThat(report.path("unreadableInput").asBoolean()).isTrue();
    assertThat(report.path("exitCode").asInt()).isEqualTo(2);
    assertThat(Api.texts(report.path("findings"), "rule")).containsExactly("read.unreadable-file");
    assertThat(report.path("findings").get(0).path("location").path("source").asString())
        .isEqualTo("broken.json");
  }

  // ------------------------------------------------------------------ the annotated workbook

  @Test
  void answersTheAnnotatedWorkbookListingEveryFindingOfTheJsonReport() throws IOException {
    List<Part> dirty = List.of(new Part("files", "xunyang.json",
        resource("sample/xunyang-dirty/xunyang.json")));
    Answer json = api.upload("/api/validations?asOf=2026-03-31", STREET, dirty);
    Answer book = api.upload("/api/validations?asOf=2026-03-31", STREET, dirty, XLSX_ACCEPT);
    assertThat(book.status()).isEqualTo(200);
    assertThat(book.header("Content-Type")).isEqualTo(ValidationController.XLSX);
    assertThat(book.header("Location")).matches("/api/validations/\\d+");
    String run = book.header("Location").substring("/api/validations/".length());
    assertThat(book.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"tongxin-validation-" + run + ".xlsx\"");
    List<String> expected = new ArrayList<>();
    json.json().path("findings").forEach(f -> expected.add(f.path("rule").asString() + " "
        + f.path("severity").asString()));
    assertThat(expected).isNotEmpty();
    // The summary lists one numbered row per finding: its level (in Chinese) and rule.
    assertThat(summaryRows(book.bytes())).containsExactlyInAnyOrderElementsOf(expected.stream()
        .map(e -> e.replace(" error", " 错误").replace(" warning", " 警告")
            .replace(" info", " 提示"))
        .toList());
  }

  @Test
  void colorsAndCommentsTheCellOfAFindingInAnUploadedWorkbook() throws IOException {
    Answer book = upload(XLSX_ACCEPT, new Part("files", "dataset.xlsx", unitsWorkbook()));
    assertThat(book.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book.bytes()))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(AnnotatedWorkbookWriter.SUMMARY_SHEET);
      // G1's parent C404 is outside the data: the note sits on its parentId cell, D3.
      var comment = wb.getSheet("units").getCellComment(new CellAddress("D3"));
      assertThat(comment).isNotNull();
      assertThat(comment.getString().getString()).contains("structure.external-parent", "C404");
    }
  }

  @Test
  void refusesABadUploadAsForJsonWhenTheWorkbookIsAsked() {
    assertProblem(upload(XLSX_ACCEPT), 400, "no-file");
    assertProblem(upload(XLSX_ACCEPT, Part.file("notes.txt", "x")), 415, "unsupported-file");
  }

  @Test
  void refusesAnAnswerInAFormatNotOffered() {
    // text/csv is neither the JSON report nor the annotated workbook.
    Answer answer = upload(Map.of("Accept", "text/csv"), Part.file("dataset.json", UNITS_JSON));
    assertThat(answer.status()).isEqualTo(406);
  }

  @Test
  void answersAFileThatCannotBeReadWith422AndAWorkbookNamingIt() throws IOException {
    Answer book = upload(XLSX_ACCEPT, Part.file("broken.json", "{\"units\": ["));
    assertThat(book.status()).isEqualTo(422);
    assertThat(summaryRows(book.bytes())).containsExactly("read.unreadable-file 错误");
  }

  private static final Map<String, String> XLSX_ACCEPT =
      Map.of("Accept", ValidationController.XLSX);

  private Answer upload(Map<String, String> headers, Part... parts) {
    return api.upload("/api/validations?asOf=2026-03-31", STREET, List.of(parts), headers);
  }

  /** The numbered rows of the summary sheet of a workbook: rule and level of each finding. */
  private static List<String> summaryRows(byte[] workbook) throws IOException {
    List<String> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (var row : wb.getSheet(AnnotatedWorkbookWriter.SUMMARY_SHEET)) {
        var number = row.getCell(0);
        if (row.getRowNum() > 0 && number != null && number.getCellType() == CellType.NUMERIC) {
          rows.add(row.getCell(2).getStringCellValue() + " "
              + row.getCell(1).getStringCellValue());
        }
      }
    }
    return rows;
  }

  @Test
  void answersUnknownAndMalformedUnitsAndWorkOrders() {
    assertProblem(api.get("/api/units/360403999", STREET), 404, "unknown-unit");
    assertProblem(api.get("/api/units/a%20b", STREET), 400, "bad-unit-id");
    assertProblem(api.get("/api/work-orders/wo-999999999", STREET), 404, "unknown-work-order");
    assertProblem(api.get("/api/work-orders/nonsense", STREET), 404, "unknown-work-order");
    assertThat(api.send("DELETE", "/api/units/360403", DISTRICT, Map.of(), null).status())
        .isEqualTo(405);
    assertProblem(api.get("/api/units/360403/rates?from=2026-03-02&to=2026-03-02", DISTRICT),
        400, "empty-period");
  }

  @Test
  void refusesAWorkOrderBodyThatBreaksAConstraint() {
    Answer noLocation = api.postJson("/api/work-orders", STREET,
        "{\"category\": \"public-order\", \"channel\": \"HOTLINE_12345\"}");
    assertProblem(noLocation, 400, "invalid-request");
    assertThat(noLocation.json().path("violations").get(0).path("property").asString())
        .isEqualTo("location");
    assertProblem(api.postJson("/api/work-orders", STREET, "{\"location\": \"360403002001-1\","
        + " \"category\": \"no-such\", \"channel\": \"HOTLINE_12345\"}"), 400,
        "unknown-category");
    assertProblem(api.postJson("/api/work-orders", STREET, "{\"location\": \"360403002001-1\","
        + " \"category\": \"public-order\", \"channel\": \"HOTLINE_12345\", \"colour\": 1}"),
        400, "unreadable-request");
    assertProblem(api.postJson("/api/work-orders", GRID_1, "{\"location\": \"360403002001-2\","
        + " \"category\": \"public-order\", \"channel\": \"HOTLINE_12345\"}"), 403,
        "out-of-scope");
  }

  @Test
  void checksAnEventAgainstTongxinsOwnConstraintsAndTheStateMachine() {
    String order = create(STREET, "360403002001-2", "2026-03-02T08:00:00Z").path("id")
        .asString();
    // The first event must be the receipt: resolving at once is 409 with the finding.
    Answer resolved = event(STREET, order, "{\"type\": \"RESOLVED\"}");
    assertProblem(resolved, 409, "illegal-transition");
    assertThat(resolved.json().path("findings").get(0).path("rule").asString())
        .isEqualTo("service.work-order.illegal-transition");
    assertThat(resolved.json().path("allowed").toString()).isEqualTo("[\"RECEIVED\"]");
    // WorkOrderEvent.reason is at most 2000 characters (Tongxin's @Size on the model).
    event(STREET, order, "{\"type\": \"RECEIVED\", \"at\": \"2026-03-02T08:05:00Z\"}");
    Answer tooLong = event(STREET, order, "{\"type\": \"EXTENDED\", \"at\": "
        + "\"2026-03-03T08:00:00Z\", \"newDeadline\": \"2026-03-20T08:00:00Z\", \"reason\": \""
        + "长".repeat(2001) + "\"}");
    assertProblem(tooLong, 400, "invalid-work-order");
    assertThat(tooLong.json().path("violations").get(0).path("property").asString())
        .contains("reason");
    // A grid worker of the next grid may not see or move it.
    assertProblem(api.get("/api/work-orders/" + order, GRID_1), 403, "out-of-scope");
    assertProblem(event(GRID_1, order, "{\"type\": \"CONTACTED\"}"), 403, "out-of-scope");
  }

  private JsonNode create(String token, String location, String raisedAt) {
    Answer a = api.postJson("/api/work-orders", token, "{\"location\": \"" + location
        + "\", \"category\": \"food-hygiene\", \"serviceItem\": \"food.catering-hygiene\","
        + " \"channel\": \"HOTLINE_12345\", \"description\": \"餐馆后厨卫生\","
        + " \"raisedAt\": \"" + raisedAt + "\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json();
  }

  private Answer event(String token, String order, String body) {
    return api.postJson("/api/work-orders/" + order + "/events", token, body);
  }

  private static void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().path("code").asString()).as(answer.body()).isEqualTo(code);
    assertThat(answer.json().path("zh").asString()).isNotBlank();
    assertThat(answer.json().path("detail").asString()).isNotBlank();
  }

  // ------------------------------------------------------------------ lifecycle and restart

  @Test
  void keepsAWorkOrderAndItsLogAcrossARestart() {
    String order;
    // First run of the application: the order is raised, received, dispatched and answered.
    try (ConfigurableApplicationContext first = startAnotherApplication()) {
      Api a = new Api(portOf(first));
      order = create(a, "360403002002-1");
      for (String e : List.of(
          "{\"type\": \"RECEIVED\", \"at\": \"2026-03-02T08:10:00Z\"}",
          "{\"type\": \"DISPATCHED\", \"at\": \"2026-03-02T08:30:00Z\","
              + " \"department\": \"gov.market-regulation\"}",
          "{\"type\": \"CONTACTED\", \"at\": \"2026-03-02T10:00:00Z\"}")) {
        assertThat(a.postJson("/api/work-orders/" + order + "/events", STREET, e).status())
            .isEqualTo(200);
      }
    }
    // A second run finds it in the database and takes it to the end.
    try (ConfigurableApplicationContext second = startAnotherApplication()) {
      Api b = new Api(portOf(second));
      assertThat(Api.texts(b.get("/api/work-orders/" + order, STREET).json().path("events"),
          "type")).containsExactly("RECEIVED", "DISPATCHED", "CONTACTED");
      for (String e : List.of(
          "{\"type\": \"RESOLVED\", \"at\": \"2026-03-04T09:00:00Z\"}",
          "{\"type\": \"CALLBACK\", \"at\": \"2026-03-05T09:00:00Z\", \"resolved\": true,"
              + " \"satisfaction\": \"SATISFIED\"}",
          "{\"type\": \"CLOSED\", \"at\": \"2026-03-05T09:30:00Z\"}")) {
        assertThat(b.postJson("/api/work-orders/" + order + "/events", STREET, e).status())
            .isEqualTo(200);
      }
      assertProblem(b.postJson("/api/work-orders/" + order + "/events", STREET,
          "{\"type\": \"DISPATCHED\", \"at\": \"2026-03-06T09:00:00Z\","
              + " \"department\": \"gov.market-regulation\"}"), 409, "illegal-transition");
    }
    // And so does this one, which ran all along.
    Answer closed = api.get("/api/work-orders/" + order, STREET);
    assertThat(closed.body()).isEqualTo("{\"id\":\"" + order + "\",\"location\":\"360403002002-1\","
        + "\"category\":\"food-hygiene\",\"serviceItem\":\"food.catering-hygiene\","
        + "\"channel\":\"HOTLINE_12345\",\"urgency\":\"ORDINARY\",\"description\":\"餐馆后厨卫生\","
        + "\"raisedAt\":\"2026-03-02T08:00:00Z\",\"status\":\"CLOSED\","
        + "\"deadline\":\"2026-03-09T08:00:00Z\",\"overdue\":false,\"handler\":\"GRID\","
        + "\"handlerUnit\":\"360403002002-1\",\"departments\":[\"gov.market-regulation\"],"
        + "\"events\":[{\"type\":\"RECEIVED\",\"at\":\"2026-03-02T08:10:00Z\"},"
        + "{\"type\":\"DISPATCHED\",\"at\":\"2026-03-02T08:30:00Z\","
        + "\"department\":\"gov.market-regulation\"},"
        + "{\"type\":\"CONTACTED\",\"at\":\"2026-03-02T10:00:00Z\"},"
        + "{\"type\":\"RESOLVED\",\"at\":\"2026-03-04T09:00:00Z\"},"
        + "{\"type\":\"CALLBACK\",\"at\":\"2026-03-05T09:00:00Z\",\"resolved\":true,"
        + "\"satisfaction\":\"SATISFIED\"},{\"type\":\"CLOSED\",\"at\":\"2026-03-05T09:30:00Z\"}]}");
    // The community's rates over that day: the one order, answered in time, resolved, satisfied.
    Answer rates = api.get("/api/units/360403002002/rates?from=2026-03-02&to=2026-03-03",
        STREET);
    assertThat(rates.body()).isEqualTo("{\"unit\":\"360403002002\",\"from\":\"2026-03-01T16:00:00Z\","
        + "\"to\":\"2026-03-02T16:00:00Z\",\"orders\":1,"
        + "\"response\":{\"numerator\":1,\"denominator\":1,\"percent\":100.0},"
        + "\"resolution\":{\"numerator\":1,\"denominator\":1,\"percent\":100.0},"
        + "\"satisfaction\":{\"numerator\":1,\"denominator\":1,\"percent\":100.0}}");
  }

  private String create(Api a, String location) {
    Answer created = a.postJson("/api/work-orders", STREET, "{\"location\": \"" + location
        + "\", \"category\": \"food-hygiene\", \"serviceItem\": \"food.catering-hygiene\","
        + " \"channel\": \"HOTLINE_12345\", \"description\": \"餐馆后厨卫生\","
        + " \"raisedAt\": \"2026-03-02T08:00:00Z\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location"))
        .isEqualTo("/api/work-orders/" + created.json().path("id").asString());
    return created.json().path("id").asString();
  }

  /** Starts the application once more on this test's database, as a restart would. */
  private ConfigurableApplicationContext startAnotherApplication() {
    return new SpringApplicationBuilder(TongxinApplication.class)
        .profiles(environment.getActiveProfiles())
        .run("--server.port=0",
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username="
                + environment.getProperty("spring.datasource.username"),
            "--spring.datasource.password="
                + environment.getProperty("spring.datasource.password"));
  }

  private static int portOf(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  // ------------------------------------------------------------------ OpenAPI

  /** The description checked into the module; {@code -Dtongxin.openapi.update=true} rewrites it. */
  static final Path OPENAPI = Path.of("openapi.json");

  @Test
  void describesTheApiAsTheCheckedInOpenApiDocument() throws IOException {
    JsonNode running = api.get("/v3/api-docs", null).json();
    ((tools.jackson.databind.node.ObjectNode) running).remove("servers");
    String text = running.toPrettyString() + "\n";
    if (Boolean.getBoolean("tongxin.openapi.update")) {
      Files.writeString(OPENAPI, text);
    }
    assertThat(Files.exists(OPENAPI)).as("%s is missing: run the test with "
        + "-Dtongxin.openapi.update=true and commit it", OPENAPI.toAbsolutePath()).isTrue();
    assertThat(text).as("the running application's OpenAPI description differs from %s; if "
        + "the change is meant, run the test with -Dtongxin.openapi.update=true and commit it",
        OPENAPI).isEqualTo(Files.readString(OPENAPI));
  }

  // ------------------------------------------------------------------ the README

  @Test
  void runsTheReadmeWalkThrough() throws IOException {
    Path root = Walkthrough.root();
    List<Walkthrough.Request> requests = Walkthrough.read(root.resolve("README.md"));
    assertThat(requests).hasSizeGreaterThan(5);
    Map<String, String> variables = new java.util.HashMap<>();
    Answer last = null;
    Answer upload = null;
    for (Walkthrough.Request r : requests) {
      String url = r.url();
      for (var v : variables.entrySet()) {
        url = url.replace("$" + v.getKey(), v.getValue());
      }
      String path = url.replaceFirst("^http://localhost:8080", "");
      assertThat(path).as(url).startsWith("/");
      String token = r.headers().getOrDefault("Authorization", "").replaceFirst("^Bearer ", "");
      if (!r.files().isEmpty()) {
        List<Part> parts = new ArrayList<>();
        for (String f : r.files()) {
          Path file = root.resolve(f);
          parts.add(new Part("files", file.getFileName().toString(), Files.readAllBytes(file)));
        }
        last = api.upload(path, token, parts);
        upload = last;
      } else {
        last = api.send(r.method(), path, token,
            r.data() == null ? Map.of() : Map.of("Content-Type", "application/json"),
            r.data() == null ? null : r.data().getBytes(StandardCharsets.UTF_8));
      }
      assertThat(last.status()).as(r + " answered " + last.body()).isEqualTo(r.status());
      if (r.bindsIdTo() != null) {
        variables.put(r.bindsIdTo(), last.json().path("id").asString());
      }
    }
    assertThat(upload).isNotNull();
    assertThat(upload.json().path("summary").path("total").asInt()).isEqualTo(35);
    JsonNode rates = last.json();
    assertThat(rates.path("orders").asLong()).isEqualTo(1);
    for (String rate : List.of("response", "resolution", "satisfaction")) {
      assertThat(rates.path(rate).toString()).as(rate)
          .isEqualTo("{\"numerator\":1,\"denominator\":1,\"percent\":100.0}");
    }
  }
}
