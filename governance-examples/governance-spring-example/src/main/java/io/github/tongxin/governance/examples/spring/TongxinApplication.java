package io.github.tongxin.governance.examples.spring;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot application (Spring Boot 应用): Tongxin's validator, rule set and hierarchy
 * index as beans, a REST API over them, work orders in a database (embedded H2 in a file by
 * default, PostgreSQL with the {@code postgresql} profile).
 *
 * <p>Boot's generated user and password are switched off: callers are known by their tokens
 * ({@link SecurityConfiguration}), never by a login.
 */
@OpenAPIDefinition(
    info = @Info(title = "Tongxin (同心) Spring Boot example", version = "1",
        description = "Upload and validate, the hierarchy and the service line of Tongxin as a "
            + "REST API. Errors are RFC 9457 problem documents with a stable code, the reason "
            + "in English (detail) and in Chinese (zh).",
        license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "A token of tongxin.callers; it stands for the caller's unit")
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(TongxinProperties.class)
public class TongxinApplication {

  /** Creates the application; Spring calls it. */
  public TongxinApplication() {}

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(TongxinApplication.class, args);
  }
}
