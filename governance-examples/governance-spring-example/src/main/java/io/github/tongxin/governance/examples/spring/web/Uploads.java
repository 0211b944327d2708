package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.github.tongxin.governance.examples.spring.TongxinProperties;
import io.github.tongxin.governance.examples.spring.store.ValidationRun;
import io.github.tongxin.governance.examples.spring.store.ValidationRunStore;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.io.AnnotatedWorkbookWriter;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates uploads (上传校验): checks the request (files present, names and kinds the reader
 * knows, the limits), reads the files with Tongxin's {@link DatasetReader}, validates the
 * dataset, masks personal data in the reading findings as the validator does in its own, keeps
 * the run in the database and returns the {@code tongxin-report} document; on request it also
 * writes the uploaded files back as an annotated workbook from the same report.
 *
 * <p>The reader takes files, so an upload is written to a temporary folder first and the folder
 * is deleted when the run is done, whatever happens.
 */
@Service
public class Uploads {

  /** The kinds of file an upload may hold, by name ending. */
  public static final List<String> KINDS = List.of(".json", ".jsonl", ".csv", ".xlsx");

  private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,200}");

  private final DatasetReader reader;
  private final DatasetValidator validator;
  private final AnnotatedWorkbookWriter annotator;
  private final ValidationRunStore runs;
  private final TongxinProperties properties;
  private final Clock clock;
  private final JsonMapper json;

  /**
   * Makes the service; Spring calls it.
   *
   * @param reader the reader of uploads
   * @param validator the validator
   * @param annotator the writer of the annotated workbook
   * @param runs the validation runs
   * @param properties the configuration, with the limits
   * @param clock the clock of the default as-of day
   * @param json the mapper that writes the report kept in the database
   */
  public Uploads(DatasetReader reader, DatasetValidator validator,
      AnnotatedWorkbookWriter annotator, ValidationRunStore runs, TongxinProperties properties,
      Clock clock, JsonMapper json) {
    this.reader = reader;
    this.validator = validator;
    this.annotator = annotator;
    this.runs = runs;
    this.properties = properties;
    this.clock = clock;
    this.json = json;
  }

  /**
   * The answer to an upload: the run's key and the report.
   *
   * @param runId the key of the validation run kept
   * @param report the report document
   * @param unreadableInput whether some file could not be read
   */
  public record Outcome(long runId, ObjectNode report, boolean unreadableInput) {}

  /**
   * Validates an upload.
   *
   * @param files the uploaded files
   * @param asOf the day to judge on, or null for today in {@code tongxin.zone}
   * @param caller the caller
   * @return the outcome
   * @throws ApiException 400 for no file, too many, a name that is not a plain file name or that
   *     comes twice; 413 over the size limit; 415 for a kind of file the reader does not know
   */
  public Outcome validate(List<MultipartFile> files, LocalDate asOf, Caller caller) {
    return validate(files, asOf, caller, null);
  }

  /**
   * Validates an upload and writes the uploaded files back as an annotated workbook: each cell
   * with a finding coloured and commented, and a first sheet {@value
   * AnnotatedWorkbookWriter#SUMMARY_SHEET} listing every finding of the report (masked as the
   * report is).
   *
   * @param files the uploaded files
   * @param asOf the day to judge on, or null for today in {@code tongxin.zone}
   * @param caller the caller
   * @param workbook where the annotated workbook goes (not closed), or null for none
   * @return the outcome
   * @throws ApiException 400 for no file, too many, a name that is not a plain file name or that
   *     comes twice; 413 over the size limit; 415 for a kind of file the reader does not know
   */
  public Outcome validate(List<MultipartFile> files, LocalDate asOf, Caller caller,
      OutputStream workbook) {
    List<String> names = check(files);
    Path folder;
    try {
      folder = Files.createTempDirectory("tongxin-upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for an upload", e);
    }
    try {
      List<Path> paths = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path p = folder.resolve(names.get(i));
        files.get(i).transferTo(p);
        paths.add(p);
      }
      DatasetReader.Result read = reader.read(paths);
      LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
      ValidationReport report =
          validator.validate(read.dataset(), day).merge(read.report().masked());
      ObjectNode doc = ReportDocument.of(names, read.dataset().size(), report,
          read.unreadableInput(), folder.toString());
      ValidationRun run = runs.save(new ValidationRun(null, clock.instant(),
          caller.unit().value(), String.join("\n", names), read.dataset().size(),
          report.count(Severity.ERROR), report.count(Severity.WARNING),
          report.count(Severity.INFO), json.writeValueAsString(doc)));
      if (workbook != null) {
        annotator.write(paths, report, workbook);
      }
      return new Outcome(run.id(), doc, read.unreadableInput());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store an upload in " + folder, e);
    } finally {
      delete(folder);
    }
  }

  private List<String> check(List<MultipartFile> files) {
    if (files == null || files.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "no-file",
          "没有上传文件：请用 multipart 字段 files 上传 JSON、JSON Lines、CSV 或 XLSX 文件",
          "no file uploaded: send JSON, JSON Lines, CSV or XLSX files in the multipart field "
              + "'files'");
    }
    int maxFiles = properties.upload().maxFiles();
    if (files.size() > maxFiles) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "too-many-files",
          "一次最多上传 " + maxFiles + " 个文件，收到 " + files.size() + " 个",
          "at most " + maxFiles + " files per upload, got " + files.size(),
          Map.of("limit", maxFiles));
    }
    long total = files.stream().mapToLong(MultipartFile::getSize).sum();
    long maxBytes = properties.upload().maxBytes().toBytes();
    if (total > maxBytes) {
      String limit = properties.upload().maxBytes().toString();
      throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
          "上传内容超过上限 " + limit + "（tongxin.upload.max-bytes）",
          "the upload is larger than the limit of " + limit + " (tongxin.upload.max-bytes)",
          Map.of("limit", limit));
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MultipartFile f : files) {
      String name = f.getOriginalFilename();
      if (name == null || !PLAIN_NAME.matcher(name).matches() || name.equals(".")
          || name.equals("..")) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "bad-file-name",
            "文件名必须是不含路径的普通文件名：" + name,
            "a file name must be a plain name without a folder: " + name);
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (KINDS.stream().noneMatch(lower::endsWith)) {
        throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file",
            "无法校验的文件类型：" + name + "（支持 " + String.join("、", KINDS) + "）",
            "cannot validate a file of this kind: " + name + " (known: "
                + String.join(", ", KINDS) + ")",
            Map.of("file", name));
      }
      if (!seen.add(lower)) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "duplicate-file-name",
            "同一文件名上传了两次：" + name, "the same file name was uploaded twice: " + name,
            Map.of("file", name));
      }
      names.add(name);
    }
    return names;
  }

  private static void delete(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the upload folder " + folder, e);
    }
  }
}
