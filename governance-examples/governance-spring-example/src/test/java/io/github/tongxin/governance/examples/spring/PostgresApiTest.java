package io.github.tongxin.governance.examples.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;

/**
 * The API's contract on PostgreSQL (the {@code postgresql} profile), on the server that
 * {@code TONGXIN_DB_URL}, {@code TONGXIN_DB_USER} and {@code TONGXIN_DB_PASSWORD} name
 * ({@code .ci/run} installs and starts one). Skipped, with the reason, when no server answers
 * there; failed instead when {@code TONGXIN_DB_REQUIRED} is {@code true}, as {@code .ci/run} sets
 * it after starting the server, so that a broken server never passes as a skip.
 */
@ActiveProfiles("postgresql")
@EnabledIf(value = "serverAnswers",
    disabledReason = "no PostgreSQL server answers at TONGXIN_DB_URL (default "
        + "jdbc:postgresql://127.0.0.1:5432/tongxin); .ci/run starts one")
class PostgresApiTest extends TongxinApiContract {

  static boolean serverAnswers() {
    String url = env("TONGXIN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tongxin");
    try (Connection c = DriverManager.getConnection(url, env("TONGXIN_DB_USER", "tongxin"),
        env("TONGXIN_DB_PASSWORD", "tongxin"))) {
      return c.isValid(5);
    } catch (SQLException e) {
      if (Boolean.parseBoolean(System.getenv("TONGXIN_DB_REQUIRED"))) {
        throw new IllegalStateException("TONGXIN_DB_REQUIRED is true but no PostgreSQL server "
            + "answers at " + url + ": " + e.getMessage(), e);
      }
      System.err.println("PostgresApiTest skipped: no PostgreSQL server answers at " + url
          + ": " + e.getMessage());
      return false;
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
