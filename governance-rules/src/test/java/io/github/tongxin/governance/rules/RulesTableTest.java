package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule is in the README's table with its default severity, so the documentation
 * cannot fall behind the code; run with {@code -Dtongxin.printRulesTable=true} to print the
 * table's rows.
 */
class RulesTableTest {

  static String row(RuleDescriptor d) {
    return "| `" + d.id() + "` | " + d.en() + " | " + d.defaultSeverity() + " | " + d.source()
        + " |";
  }

  @Test
  void readmeListsEveryShippedRule() throws IOException {
    String rows = StandardRules.ruleSet().rules().stream().map(Rule::descriptor)
        .map(RulesTableTest::row).collect(Collectors.joining("\n"));
    if (Boolean.getBoolean("tongxin.printRulesTable")) {
      System.out.println(rows);
    }
    Path readme = Path.of("../README.md");
    if (Files.exists(readme)) {
      String text = Files.readString(readme);
      for (Rule r : StandardRules.ruleSet().rules()) {
        RuleDescriptor d = r.descriptor();
        assertThat(text).as("README row of %s", d.id())
            .contains("| `" + d.id() + "` |")
            .contains(row(d));
      }
    }
  }
}
