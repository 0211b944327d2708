package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.rules.fixtures.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot example's packages have no cycle: {@code web} depends on the application
 * package (its configuration, callers and hierarchy), never the other way (RFC 9457 problem
 * documents, which the security configuration writes too, live in the application package).
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.tongxin.governance.examples.spring";

  @Test
  void noPackageDependencyLiesOnACycle() {
    PackageCycles.rule(ROOT).check(PackageCycles.mainClasses(ROOT));
  }
}
