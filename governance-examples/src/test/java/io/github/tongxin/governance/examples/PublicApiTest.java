package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.tongxin.governance.examples.apileak.api.ImmutableThing;
import io.github.tongxin.governance.examples.apileak.internal.Hidden;
import io.github.tongxin.governance.examples.apileak.internal.HiddenException;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.PackageCycles;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's public API names only API: no public or protected signature of a public type in
 * an exported package of governance-model or governance-rules names a type of a package of theirs
 * that is not exported, or a class Immutables generates.
 *
 * <p>The exported packages are read from each module's descriptor once the module is named
 * (tests on the module path, after module-info.java comes in), and taken from {@link #EXPORTED}
 * until then. Nothing is frozen: the generated {@code Immutable*} builders the API showed before
 * issue 18 are gone, so any such name fails.
 */
public class PublicApiTest {

  /** The packages of the library modules, by prefix. */
  private static final List<String> OURS = List.of(
      "io.github.tongxin.governance.model", "io.github.tongxin.governance.rules");

  /**
   * The exported packages of each library module, as its module-info.java exports them (a class
   * of each module is the key, to find its descriptor when the test runs on the module path).
   * Not exported: {@code model.identifier.internal} and the check packages
   * {@code rules.check.*}.
   */
  public static final Map<Class<?>, List<String>> EXPORTED = Map.of(
      UnitId.class, List.of(
          "io.github.tongxin.governance.model",
          "io.github.tongxin.governance.model.cogovernance",
          "io.github.tongxin.governance.model.constraint",
          "io.github.tongxin.governance.model.dataset",
          "io.github.tongxin.governance.model.hierarchy",
          "io.github.tongxin.governance.model.id",
          "io.github.tongxin.governance.model.identifier",
          "io.github.tongxin.governance.model.json",
          "io.github.tongxin.governance.model.service",
          "io.github.tongxin.governance.model.volunteer"),
      DatasetValidator.class, List.of(
          "io.github.tongxin.governance.rules",
          "io.github.tongxin.governance.rules.calendar",
          "io.github.tongxin.governance.rules.cogovernance",
          "io.github.tongxin.governance.rules.index",
          "io.github.tongxin.governance.rules.io",
          "io.github.tongxin.governance.rules.partition",
          "io.github.tongxin.governance.rules.privacy",
          "io.github.tongxin.governance.rules.service",
          "io.github.tongxin.governance.rules.service.open311",
          "io.github.tongxin.governance.rules.validation",
          "io.github.tongxin.governance.rules.volunteer"));

  private static final JavaClasses MAIN = PackageCycles.mainClasses("io.github.tongxin.governance");

  /** The exported packages: from the descriptor of a named module, else from the list. */
  static Set<String> exported() {
    Set<String> out = new TreeSet<>();
    EXPORTED.forEach((anchor, list) -> {
      Module module = anchor.getModule();
      out.addAll(module.isNamed()
          ? module.getDescriptor().exports().stream().filter(e -> !e.isQualified())
              .map(ModuleDescriptor.Exports::source).toList()
          : list);
    });
    return out;
  }

  @Test
  void noPublicSignatureNamesAnInternalOrGeneratedType() {
    PublicSignatures.rule(OURS, exported()).check(MAIN);
  }

  @Test
  void everyPackageListedAsExportedExists() {
    // A package moved or renamed leaves its old name in EXPORTED: update the list.
    Set<String> packages = MAIN.stream().map(c -> c.getPackageName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(packages).containsAll(exported());
  }

  @Test
  void catchesAnInternalTypeOrAGeneratedOneInEveryKindOfPublicSignature() {
    // Leaky (exported) names internal.Hidden as a supertype's argument, a field, a parameter, a
    // return type's argument, and throws internal.HiddenException; a protected method takes
    // the generated ImmutableThing. Its private, package-private and non-public nested members
    // are not API, and the types of apileak.internal are not looked at (not exported).
    String api = "io.github.tongxin.governance.examples.apileak.api";
    String hidden = Hidden.class.getName();
    JavaClasses fixture = new ClassFileImporter()
        .importPackages("io.github.tongxin.governance.examples.apileak");

    List<String> violations = PublicSignatures.rule(
        List.of("io.github.tongxin.governance.examples.apileak"), Set.of(api))
        .evaluate(fixture).getFailureReport().getDetails();

    String notExported = " (package io.github.tongxin.governance.examples.apileak.internal is "
        + "not exported)";
    assertThat(violations).containsExactlyInAnyOrder(
        api + ".Leaky (its supertypes and type parameters) names " + hidden + notExported,
        api + ".Leaky.hidden names " + hidden + notExported,
        api + ".Leaky.compareTo(" + hidden + ") names " + hidden + notExported,
        api + ".Leaky.hiddenList() names " + hidden + notExported,
        api + ".Leaky.risky() names " + HiddenException.class.getName() + notExported,
        api + ".Leaky.take(" + ImmutableThing.class.getName() + ") names "
            + ImmutableThing.class.getName() + " (generated by Immutables)");
  }

  @Test
  void passesTheFixtureOnceItsInternalPackageIsExported() {
    // The same Leaky, with apileak.internal exported: only the generated type is left.
    String api = "io.github.tongxin.governance.examples.apileak.api";
    JavaClasses fixture = new ClassFileImporter()
        .importPackages("io.github.tongxin.governance.examples.apileak");

    List<String> violations = PublicSignatures.rule(
        List.of("io.github.tongxin.governance.examples.apileak"),
        Set.of(api, "io.github.tongxin.governance.examples.apileak.internal"))
        .evaluate(fixture).getFailureReport().getDetails();

    assertThat(violations).containsExactly(api + ".Leaky.take(" + ImmutableThing.class.getName()
        + ") names " + ImmutableThing.class.getName() + " (generated by Immutables)");
  }

  @Test
  void countsThePublicTopLevelTypesOfEveryPackageForTheChangelog() throws Exception {
    // Written to target/public-top-level-types.tsv: package, public hand-written types, types
    // that are not public, public generated Immutable* types.
    Map<String, int[]> counts = PublicSignatures.publicTopLevelTypes(MAIN, OURS);
    List<String> lines = new ArrayList<>(List.of("package\tpublic\tnot public\tgenerated"));
    int[] total = new int[3];
    counts.forEach((p, n) -> {
      lines.add(p + "\t" + n[0] + "\t" + n[1] + "\t" + n[2]);
      for (int i = 0; i < 3; i++) {
        total[i] += n[i];
      }
    });
    lines.add("total\t" + total[0] + "\t" + total[1] + "\t" + total[2]);
    Files.write(Path.of("target", "public-top-level-types.tsv"), lines, StandardCharsets.UTF_8);

    assertThat(counts.keySet()).as("packages with types").containsAll(exported());
  }
}
