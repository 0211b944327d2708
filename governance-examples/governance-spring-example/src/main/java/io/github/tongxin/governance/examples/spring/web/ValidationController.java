package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.github.tongxin.governance.examples.spring.store.ValidationRun;
import io.github.tongxin.governance.examples.spring.store.ValidationRunStore;
import io.github.tongxin.governance.model.id.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload and validate (上传校验): {@code POST /api/validations} with the files of a dataset,
 * {@code GET /api/validations/{id}} for a kept run's report.
 */
@RestController
@RequestMapping("/api/validations")
@Tag(name = "validations", description = "上传校验 upload a dataset and get Tongxin's report")
public class ValidationController {

  private final Uploads uploads;
  private final ValidationRunStore runs;
  private final JsonMapper json;

  /**
   * Makes the controller; Spring calls it.
   *
   * @param uploads the validation of uploads
   * @param runs the kept runs
   * @param json the mapper that reads a kept report
   */
  public ValidationController(Uploads uploads, ValidationRunStore runs, JsonMapper json) {
    this.uploads = uploads;
    this.runs = runs;
    this.json = json;
  }

  /** The media type of an Excel workbook, the annotated workbook's. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * Validates the uploaded files as one dataset.
   *
   * @param files JSON, JSON Lines, CSV (office exports with Chinese headers included) or XLSX
   *     files, named as {@code tongxin validate} expects them ({@code units.csv}, {@code 单位.csv})
   * @param asOf the day to judge terms and deadlines on; default today in {@code tongxin.zone}
   * @param caller the caller
   * @return 200 with the report (personal data masked), or 422 with it when some file could not
   *     be read at all; {@code Location} names the kept run
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Validate an uploaded dataset",
      description = "Answers the tongxin-report document (format version 1). 422 when some file "
          + "could not be read at all (its finding says where and why). With Accept: " + XLSX
          + " the answer is the annotated workbook instead.")
  public ResponseEntity<JsonNode> validate(
      @RequestPart(name = "files", required = false) List<MultipartFile> files,
      @Parameter(description = "YYYY-MM-DD")
      @RequestParam(name = "asOf", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @AuthenticationPrincipal Caller caller) {
    Uploads.Outcome outcome = uploads.validate(files, asOf, caller);
    return ResponseEntity.status(status(outcome)).location(location(outcome))
        .body(outcome.report());
  }

  /**
   * Validates the uploaded files as one dataset and answers the annotated workbook: the uploaded
   * tables with each cell of a finding coloured and commented, after a first sheet 问题清单
   * listing every finding of the report (personal data masked). The run is kept as for JSON.
   *
   * @param files as for the JSON answer
   * @param asOf as for the JSON answer
   * @param caller the caller
   * @return 200 with the workbook, or 422 with it when some file could not be read at all (the
   *     summary sheet says which and why); {@code Location} names the kept run, whose JSON
   *     report {@code GET /api/validations/{id}} answers
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = XLSX)
  @Operation(summary = "Validate an uploaded dataset and get the annotated workbook",
      description = "The same validation as the JSON answer; the answer is the uploaded files "
          + "as one .xlsx workbook, each cell of a finding coloured and commented, with a first "
          + "sheet 问题清单 listing every finding. 422 when some file could not be read at all.")
  public ResponseEntity<byte[]> validateToWorkbook(
      @RequestPart(name = "files", required = false) List<MultipartFile> files,
      @Parameter(description = "YYYY-MM-DD")
      @RequestParam(name = "asOf", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @AuthenticationPrincipal Caller caller) {
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    Uploads.Outcome outcome = uploads.validate(files, asOf, caller, workbook);
    return ResponseEntity.status(status(outcome)).location(location(outcome))
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("tongxin-validation-" + outcome.runId() + ".xlsx").build().toString())
        .body(workbook.toByteArray());
  }

  private static HttpStatus status(Uploads.Outcome outcome) {
    return outcome.unreadableInput() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
  }

  private static URI location(Uploads.Outcome outcome) {
    return URI.create("/api/validations/" + outcome.runId());
  }

  /**
   * Returns the report of a kept run, to the caller who uploaded it or one above them.
   *
   * @param id the run's key
   * @param caller the caller
   * @return the report as it was sent
   * @throws ApiException 404 for an unknown run, 403 for a run of a caller outside the scope
   */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The report of a kept validation run")
  public JsonNode run(@PathVariable("id") long id, @AuthenticationPrincipal Caller caller) {
    ValidationRun run = runs.findById(id).orElseThrow(() -> new ApiException(
        HttpStatus.NOT_FOUND, "unknown-validation", "没有这次校验：" + id,
        "no such validation run: " + id));
    if (!caller.allows(UnitId.of(run.callerUnit()))) {
      throw Scopes.outOfScope("validation run " + id, "校验记录 " + id);
    }
    return json.readTree(run.report());
  }
}
