package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundles of the hierarchy-side rule packages and of the common texts: the same keys in
 * Chinese and English, every key belonging to a standard rule of its package or to a text the
 * package shares, and every key the code names (a literal {@code Message.of("...")}) present in
 * both languages.
 */
class HierarchyRuleBundlesTest {

  private static final String ROOT = "io/github/tongxin/governance/rules/";

  /** The packages whose rule texts are data, with the shared texts' key prefixes of each. */
  private static final List<List<String>> PACKAGES = List.of(
      List.of("structure", "structure.unit"),
      List.of("party", "party.name."),
      List.of("grid"),
      List.of("selfgovernment"),
      List.of("registration"),
      List.of("record", "record.violation"),
      List.of("validation", "list.separator", "did-you-mean.", "hierarchy.declined.",
          "reference."));

  private static final Pattern MESSAGE_KEY = Pattern.compile("Message\\.of\\(\"([^\"]+)\"\\)");

  private static Properties file(String path) {
    Properties p = new Properties();
    try (InputStream in = HierarchyRuleBundlesTest.class.getClassLoader()
        .getResourceAsStream(path)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> keys(String pkg, String suffix) {
    return new TreeSet<>(file(ROOT + pkg + "/messages" + suffix + ".properties").stringPropertyNames());
  }

  private static List<String> ruleIds(String pkg) {
    List<String> ids = new ArrayList<>(StandardRules.ruleSet().rules().stream()
        .filter(r -> r.getClass().getPackageName().endsWith(".rules." + pkg)).map(Rule::id)
        .toList());
    if (pkg.equals("validation")) {
      ids.add(io.github.tongxin.governance.rules.validation.DatasetValidator.RULE_FAILED);
    }
    return ids;
  }

  @Test
  void everyBundleHasTheSameKeysInChineseAndEnglish() {
    for (List<String> p : PACKAGES) {
      assertThat(keys(p.get(0), "_en")).as(p.get(0)).isNotEmpty()
          .isEqualTo(keys(p.get(0), "_zh_CN"));
    }
  }

  @Test
  void everyKeyBelongsToAStandardRuleOfItsPackageOrToASharedText() {
    for (List<String> p : PACKAGES) {
      List<String> owners = new ArrayList<>(p.subList(1, p.size()));
      ruleIds(p.get(0)).forEach(id -> owners.add(id + "."));
      List<String> strays = new ArrayList<>();
      for (String suffix : List.of("", "_zh_CN", "_en")) {
        keys(p.get(0), suffix).stream().filter(k -> owners.stream().noneMatch(k::startsWith))
            .forEach(k -> strays.add(p.get(0) + "/messages" + suffix + ": " + k));
      }
      assertThat(strays).as(p.get(0)).isEmpty();
    }
  }

  @Test
  void everyRuleOfThesePackagesHasItsTitleInBothLanguagesAndItsSource() {
    List<String> missing = new ArrayList<>();
    for (List<String> p : PACKAGES) {
      for (String id : ruleIds(p.get(0))) {
        for (String suffix : List.of("_zh_CN.title", "_en.title", ".source")) {
          String file = suffix.startsWith(".") ? "" : suffix.substring(0, suffix.indexOf('.'));
          String key = id + suffix.substring(suffix.indexOf('.'));
          if (!keys(p.get(0), file).contains(key)) {
            missing.add(p.get(0) + "/messages" + file + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
    Path sources = Path.of("src/main/java", ROOT);
    List<String> missing = new ArrayList<>();
    for (List<String> p : PACKAGES) {
      String bundle = ROOT + p.get(0) + "/messages";
      List<String> ids = ruleIds(p.get(0));
      try (Stream<Path> files = Files.list(sources.resolve(p.get(0)))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = MESSAGE_KEY.matcher(Files.readString(f));
          while (m.find()) {
            String key = m.group(1);
            for (Locale locale : List.of(Texts.CHINESE, Locale.ENGLISH)) {
              boolean found = key.startsWith("/")
                  ? Texts.template(bundle, key.substring(1), locale).isPresent()
                  : ids.stream().anyMatch(id -> Texts.template(bundle, id + "." + key, locale)
                      .isPresent());
              if (!found) {
                missing.add(f.getFileName() + ": " + key + " (" + locale + ")");
              }
            }
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
