package io.github.tongxin.governance.examples.spring.web;

import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses (请求错误): the status, a stable code, the reason in Chinese and
 * English, and further members of the problem document (a finding, a limit). {@link ApiErrors}
 * turns it into the answer.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String code;
  private final String zh;
  private final transient Map<String, Object> members;

  /**
   * Makes the exception.
   *
   * @param status the status, a 4xx
   * @param code a stable code, e.g. {@code unit-out-of-scope}
   * @param zh the reason in Chinese
   * @param en the reason in English, also the exception's message
   * @param members further members of the problem document; empty for none
   */
  public ApiException(HttpStatus status, String code, String zh, String en,
      Map<String, Object> members) {
    super(en);
    this.status = Objects.requireNonNull(status, "status");
    this.code = Objects.requireNonNull(code, "code");
    this.zh = Objects.requireNonNull(zh, "zh");
    this.members = Map.copyOf(members);
  }

  /**
   * Makes the exception without further members.
   *
   * @param status the status
   * @param code a stable code
   * @param zh the reason in Chinese
   * @param en the reason in English
   */
  public ApiException(HttpStatus status, String code, String zh, String en) {
    this(status, code, zh, en, Map.of());
  }

  /** Returns the status. */
  public HttpStatus status() {
    return status;
  }

  /** Returns the stable code. */
  public String code() {
    return code;
  }

  /** Returns the reason in Chinese. */
  public String zh() {
    return zh;
  }

  /** Returns the further members of the problem document. */
  public Map<String, Object> members() {
    return members;
  }
}
