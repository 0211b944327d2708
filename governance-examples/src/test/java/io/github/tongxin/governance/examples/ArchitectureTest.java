package io.github.tongxin.governance.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.tongxin.governance.rules.fixtures.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the library's modules, checked on their main classes (this module sees
 * them all: governance-model, governance-rules, governance-divisions and the examples).
 *
 * <p>No package of the model, the rules, the divisions or the examples lies on a package cycle:
 * the cycles frozen while issue 18 cut the packages (the model's records and its dataset, the
 * rules' hierarchy and validation) are gone, so the rule is the plain {@link PackageCycles#rule}
 * and any cycle fails.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.tongxin.governance";

  private static final JavaClasses MAIN = PackageCycles.mainClasses(ROOT);

  @Test
  void noPackageDependencyLiesOnACycle() {
    PackageCycles.rule(ROOT).check(MAIN);
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
