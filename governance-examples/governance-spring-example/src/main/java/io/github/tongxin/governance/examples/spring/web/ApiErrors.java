package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Problems;
import io.github.tongxin.governance.examples.spring.TongxinProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refused requests into problem documents (错误处理): the application's own
 * {@link ApiException}s, and Spring MVC's (a missing part, a wrong content type or method, an
 * unreadable body, a body over the upload limit, a request body that breaks a constraint) with
 * the reason in the caller's terms. Unexpected failures are Boot's 500, without internals.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

  private final TongxinProperties properties;

  /**
   * Makes the handler.
   *
   * @param properties the configuration, for the limits named in messages
   */
  public ApiErrors(TongxinProperties properties) {
    this.properties = properties;
  }

  /**
   * Answers a refused request.
   *
   * @param e the refusal
   * @return its problem document with its status
   */
  @ExceptionHandler(ApiException.class)
  public ResponseEntity<ProblemDetail> refused(ApiException e) {
    return ResponseEntity.status(e.status())
        .body(Problems.of(e.status(), e.code(), e.zh(), e.getMessage(), e.members()));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String limit = properties.upload().maxBytes().toString();
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(
        HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
        "上传内容超过上限 " + limit + "（tongxin.upload.max-bytes）",
        "the upload is larger than the limit of " + limit + " (tongxin.upload.max-bytes)",
        Map.of("limit", limit)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> violations = ex.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("property", f.getField(),
            "message", String.valueOf(f.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
        "invalid-request", "请求内容不符合约束：" + describe(violations),
        "the request breaks a constraint: " + describe(violations),
        Map.of("violations", violations)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    Throwable cause = ex.getMostSpecificCause();
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getMessage().lines().findFirst().orElse("");
    return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
        "unreadable-request", "请求体无法读取：" + why, "the request body cannot be read: " + why,
        Map.of()));
  }

  private static String describe(List<Map<String, String>> violations) {
    return String.join("; ", violations.stream()
        .map(v -> v.get("property") + " " + v.get("message")).toList());
  }
}
