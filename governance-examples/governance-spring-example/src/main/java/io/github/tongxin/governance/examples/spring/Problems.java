package io.github.tongxin.governance.examples.spring;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents (RFC 9457 错误文档) as this API writes them: {@code status}, {@code title},
 * {@code detail} (English), and the members {@code code} (stable) and {@code zh} (Chinese).
 */
public final class Problems {

  private Problems() {}

  /**
   * Returns a problem document.
   *
   * @param status the status
   * @param code a stable code
   * @param zh the reason in Chinese
   * @param en the reason in English
   * @param members further members; empty for none
   * @return the document
   */
  public static ProblemDetail of(HttpStatus status, String code, String zh, String en,
      Map<String, Object> members) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, en);
    p.setProperty("code", code);
    p.setProperty("zh", zh);
    members.forEach(p::setProperty);
    return p;
  }

  /**
   * Writes a problem document outside Spring MVC (from a security filter).
   *
   * @param response the response
   * @param json the mapper
   * @param status the status
   * @param code a stable code
   * @param zh the reason in Chinese
   * @param en the reason in English
   * @throws IOException when the response cannot be written
   */
  public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status,
      String code, String zh, String en) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), of(status, code, zh, en, Map.of()));
  }
}
