package io.github.tongxin.governance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.tongxin.governance.rules.fixtures.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the library's modules, checked on their main classes (this module sees
 * them all: governance-model, governance-rules, governance-divisions and the examples).
 *
 * <p>Package cycles are frozen (ArchUnit's {@code FreezingArchRule}): the cycles known when the
 * check came in are listed in {@code src/test/resources/archunit-store} and pass, a new one
 * fails, and one that is removed leaves the store when this test next runs (commit the store's
 * change with it). Once the store holds no cycle, the rule is the plain
 * {@link PackageCycles#rule}.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.tongxin.governance";

  private static final JavaClasses MAIN = PackageCycles.mainClasses(ROOT);

  @Test
  void noPackageDependencyLiesOnACycleThatIsNotFrozen() {
    PackageCycles.frozen(ROOT).check(MAIN);
  }

  @Test
  void theModelDependsOnNeitherTheRulesNorTheExamples() {
    noClasses().that().resideInAPackage(ROOT + ".model..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rules..",
            ROOT + ".divisions..", ROOT + ".examples..")
        .check(MAIN);
  }

  @Test
  void theRulesDoNotDependOnTheExamples() {
    noClasses().that().resideInAnyPackage(ROOT + ".rules..", ROOT + ".divisions..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".examples..")
        .check(MAIN);
  }
}
