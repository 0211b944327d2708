package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.rules.fixtures.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot example's packages have no cycle beyond the frozen ones in
 * {@code src/test/resources/archunit-store} (see governance-examples' ArchitectureTest).
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.tongxin.governance.examples.spring";

  @Test
  void noPackageDependencyLiesOnACycleThatIsNotFrozen() {
    PackageCycles.frozen(ROOT).check(PackageCycles.mainClasses(ROOT));
  }
}
