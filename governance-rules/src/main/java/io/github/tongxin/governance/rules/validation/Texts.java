package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of rules, read from message bundles (文本): one bundle per package of rules, named
 * {@code messages}, with a file per language ({@code messages_zh_CN.properties},
 * {@code messages_en.properties}) and one for what no language changes
 * ({@code messages.properties}: the rules' sources). Files are read as UTF-8.
 *
 * <p>A template is looked up in the locale's own file ({@code fr_CA}, then {@code fr}), then in
 * Chinese for any {@code zh} locale, then in English, then in the language-neutral file; never in
 * the machine's default locale. A user adds a language with a file alone, e.g.
 * {@code META-INF/tongxin/io/github/tongxin/governance/rules/check/hierarchy/messages_fr.properties}
 * in their application, found on the class path and the module path alike ({@link
 * Labels#textFile}; on the class path the file may also sit beside ours). Each
 * lookup ends in this package's bundle, which holds the texts every rule shares (the list
 * separator); before it, a bundle may name others to read in its language-neutral file
 * ({@code texts.fallback}), for texts a package of checks shares with the engines it uses.
 *
 * <p>A missing template never loses a finding: it renders as its key followed by its arguments.
 */
public final class Texts {

  /** The bundle of this package: texts every rule shares. */
  static final String COMMON = bundleOf(Texts.class);

  /** Chinese as the reports print it. */
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private static final Map<String, Optional<Properties>> FILES = new ConcurrentHashMap<>();

  private static final Map<String, List<String>> CHAINS = new ConcurrentHashMap<>();

  private Texts() {}

  /**
   * Returns the bundle of a class's package, e.g.
   * {@code io/github/tongxin/governance/rules/check/hierarchy/messages} for a rule of package
   * {@code rules.check.hierarchy}.
   *
   * @param owner a class of the package
   * @return the bundle's base path
   */
  public static String bundleOf(Class<?> owner) {
    return owner.getPackageName().replace('.', '/') + "/messages";
  }

  /**
   * Returns a template: the text of a key in the locale's language, falling back as the class
   * comment says.
   *
   * @param bundle the bundle's base path
   * @param key the full key, e.g. {@code grid.size.title}
   * @param locale the language wanted
   * @return the template, or empty when no file of the bundle or of the common bundle has it
   */
  public static Optional<String> template(String bundle, String key, Locale locale) {
    for (String base : chain(bundle)) {
      for (String suffix : suffixes(locale)) {
        Optional<Properties> file = file(base + suffix + ".properties");
        if (file.isPresent() && file.get().containsKey(key)) {
          return Optional.of(file.get().getProperty(key));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Renders a message of a rule in a language.
   *
   * @param bundle the rule's bundle
   * @param ruleId the rule's id, to which relative keys are added
   * @param message the message
   * @param locale the language wanted
   * @return the text; the key and the arguments when the bundle has no template for it
   */
  public static String render(String bundle, String ruleId, Message message, Locale locale) {
    String key = message.keyFor(ruleId);
    Optional<String> template = template(bundle, key, locale);
    if (template.isEmpty()) {
      return key + " " + message.arguments();
    }
    return fill(template.get(), message.arguments(), bundle, ruleId, locale);
  }

  /**
   * Fills a template's {@code {name}} placeholders with the arguments, in one pass: an
   * argument's text is never read again, so user data cannot act as a placeholder. A placeholder
   * without an argument stays as written.
   *
   * @param template the template
   * @param arguments the arguments by name
   * @param bundle the bundle nested messages and list separators are read from
   * @param ruleId the rule's id, for nested messages with relative keys
   * @param locale the language
   * @return the text
   */
  static String fill(String template, Map<String, ?> arguments, String bundle, String ruleId,
      Locale locale) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > i + 1 && arguments.containsKey(template.substring(i + 1, close))) {
        out.append(show(arguments.get(template.substring(i + 1, close)), bundle, ruleId, locale));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Shows one argument in a language: a {@link Labelled} by its name in that language, a
   * {@link Message} rendered, a list joined by the bundle's {@code list.separator}, anything
   * else as its string.
   */
  static String show(Object value, String bundle, String ruleId, Locale locale) {
    if (value instanceof Labelled labelled) {
      return labelled.label(locale);
    }
    if (value instanceof Message nested) {
      return render(bundle, ruleId, nested, locale);
    }
    if (value instanceof List<?> list) {
      String separator = template(bundle, "list.separator", locale).orElse(", ");
      List<String> shown = new ArrayList<>(list.size());
      for (Object element : list) {
        shown.add(show(element, bundle, ruleId, locale));
      }
      return String.join(separator, shown);
    }
    return String.valueOf(value);
  }

  /**
   * Returns the bundles a lookup goes through: the bundle, the bundles its language-neutral file
   * names in {@code texts.fallback} (comma-separated base paths; the checks of the service line
   * read the texts they share with the engines of {@code rules.service} there), then the common
   * bundle.
   */
  private static List<String> chain(String bundle) {
    return CHAINS.computeIfAbsent(bundle, b -> {
      List<String> chain = new ArrayList<>();
      chain.add(b);
      file(b + ".properties").map(p -> p.getProperty("texts.fallback")).ifPresent(list -> {
        for (String parent : list.split(",")) {
          if (!parent.isBlank() && !chain.contains(parent.strip())) {
            chain.add(parent.strip());
          }
        }
      });
      if (!chain.contains(COMMON)) {
        chain.add(COMMON);
      }
      return List.copyOf(chain);
    });
  }

  /** The label files' fallback ({@link Labels#suffixes}), then the language-neutral file. */
  private static List<String> suffixes(Locale locale) {
    List<String> suffixes = new ArrayList<>(Labels.suffixes(locale));
    suffixes.add("");
    return suffixes;
  }

  private static Optional<Properties> file(String path) {
    return FILES.computeIfAbsent(path, p -> Labels.textFile(Texts.class, p));
  }
}
