package io.github.tongxin.governance.examples.modulepath;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What an application on the module path does with Tongxin (run by {@link ModulePathTest} in a
 * JVM of its own, with the model and the rules as named modules and this class in the unnamed
 * module): it prints the two modules' exported packages, binds a JSON dataset (Jackson reflects
 * on the value types through the descriptors' {@code opens}), validates it with every shipped
 * rule (Hibernate Validator finds the identifier validators through {@code provides}, the model
 * reads the rules' labels through their {@code opens}), renders a label and a rule title in a
 * language the application adds with files of its own ({@code META-INF/tongxin/...}), and shows
 * that a check class, which is not exported, cannot be used.
 */
public final class ModulePathSmoke {

  private ModulePathSmoke() {}

  /**
   * Runs the smoke.
   *
   * @param args the JSON dataset to validate, and the day to validate it on
   * @throws Exception when anything fails: the test then sees a non-zero exit
   */
  public static void main(String[] args) throws Exception {
    for (Module m : new Module[] {GovernanceDataset.class.getModule(),
        StandardRules.class.getModule()}) {
      System.out.println("module " + m.getName() + " named=" + m.isNamed());
      TreeSet<String> exports = new TreeSet<>();
      for (ModuleDescriptor.Exports e : m.isNamed() ? m.getDescriptor().exports()
          : java.util.Set.<ModuleDescriptor.Exports>of()) {
        if (!e.isQualified()) {
          exports.add(e.source());
        }
      }
      exports.forEach(p -> System.out.println("  exports " + p));
    }
    GovernanceDataset dataset;
    try (var in = Files.newInputStream(Path.of(args[0]))) {
      dataset = GovernanceJson.mapper().readValue(in, GovernanceDataset.class);
    }
    ValidationReport report = StandardRules.validator().validate(dataset, LocalDate.parse(args[1]));
    System.out.println("records " + dataset.size());
    for (Severity s : Severity.values()) {
      System.out.println("findings " + s + " " + report.count(s));
    }
    for (Finding f : report.findings()) {
      System.out.println(f.ruleId() + " | " + f.message(Locale.CHINA) + " | "
          + f.message(Locale.ENGLISH));
    }
    // A user's language (Italian, files in this test's META-INF/tongxin/): a label and a rule title.
    RuleDescriptor grid = report.rules().stream().filter(r -> r.id().equals("grid.size"))
        .findFirst().orElseThrow();
    System.out.println("user language | " + Tier.COMMUNITY.label(Locale.ITALIAN) + " | "
        + grid.title(Locale.ITALIAN, RuleConfig.defaults()));
    try {
      Class.forName("io.github.tongxin.governance.rules.check.hierarchy.GridSizeRule")
          .getConstructor().newInstance();
      System.out.println("check class usable: the package is exported");
    } catch (IllegalAccessException e) {
      System.out.println("check class not accessible: rules.check.hierarchy is not exported");
    }
  }
}
