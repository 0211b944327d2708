package io.github.tongxin.governance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of enum constants (名称), read from the label bundle of the enum's package: files
 * {@code labels_zh_CN.properties} and {@code labels_en.properties} next to the enum's class,
 * read as UTF-8, with a key per constant made of the enum's name within its package and the
 * constant's name ({@code UnitKind.COMMUNITY=社区}, {@code CitizenIdNumbers.Reason.EMPTY=...}),
 * and for a further text of a constant a part after it ({@code TargetMeasure.SERVICE_HOURS.unit}).
 *
 * <p>A language is looked up in the locale's own file ({@code labels_fr_CA}, then
 * {@code labels_fr}), then in Chinese for any {@code zh} locale, then in English; never in the
 * machine's default locale. A user adds a language with a file alone, e.g.
 * {@code META-INF/tongxin/io/github/tongxin/governance/model/hierarchy/labels_fr.properties} in
 * their application (found on the class path and on the module path; on the class path the file
 * may also sit beside ours, without the {@code META-INF/tongxin/} folder); a constant that file
 * leaves out keeps its English name.
 *
 * <p>Each enum's files are read once, on first use, into an array per language indexed by
 * ordinal, so a name costs an array read (labels are written for every row of a large export).
 * Chinese and English must each name every constant in their own file (a Chinese name never
 * falls back to English): a missing name is a packaging defect and throws
 * {@link IllegalStateException} naming the key and the file, on the enum's first use.
 */
public final class Labels {

  /** The base name of every package's label files. */
  public static final String BUNDLE = "labels";

  /**
   * Where a user's language files may also sit, before the file's own path: a folder no module
   * encapsulates, so the files are found on the module path too ({@link #textFile}).
   */
  public static final String USER_TEXTS = "META-INF/tongxin/";

  private static final ClassValue<EnumTexts> TEXTS =
      new ClassValue<>() {
        @Override
        protected EnumTexts computeValue(Class<?> type) {
          return new EnumTexts(type);
        }
      };

  private static final Map<String, Optional<Properties>> FILES = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * Returns a constant's Chinese name.
   *
   * @param labelled an enum constant
   * @return the name in {@code labels_zh_CN.properties}
   * @throws IllegalStateException when {@code labelled} is not an enum constant, or the file
   *     does not name every constant of its enum
   */
  static String zh(Labelled labelled) {
    Enum<?> constant = constant(labelled);
    return TEXTS.get(constant.getDeclaringClass()).zh[constant.ordinal()];
  }

  /**
   * Returns a constant's English name.
   *
   * @param labelled an enum constant
   * @return the name in {@code labels_en.properties}
   * @throws IllegalStateException as {@link #zh(Labelled)}
   */
  static String en(Labelled labelled) {
    Enum<?> constant = constant(labelled);
    return TEXTS.get(constant.getDeclaringClass()).en[constant.ordinal()];
  }

  /**
   * Returns a name in a language, as {@link Labelled#label(Locale)} says; for a class that is
   * not an enum, its {@code zh()} for a {@code zh} locale and its {@code en()} otherwise.
   */
  static String label(Labelled labelled, Locale locale) {
    if (!(labelled instanceof Enum<?> constant)) {
      return "zh".equals(locale.getLanguage()) ? labelled.zh() : labelled.en();
    }
    return TEXTS.get(constant.getDeclaringClass()).names(locale)[constant.ordinal()];
  }

  /**
   * Returns a further text of an enum constant in a language, such as the unit a measure counts
   * in: the value of key {@code <Enum>.<CONSTANT>.<part>} of its package's label files, looked
   * up as the class comment says.
   *
   * @param constant the constant
   * @param part the name of the text, e.g. {@code unit}
   * @param locale the language wanted
   * @return the text
   * @throws IllegalStateException when the Chinese or English file lacks the part for a
   *     constant of the enum
   */
  public static String text(Enum<?> constant, String part, Locale locale) {
    Objects.requireNonNull(part, "part");
    return TEXTS.get(constant.getDeclaringClass()).texts(part, locale)[constant.ordinal()];
  }

  /**
   * Returns the key of a constant's name in its package's label files, e.g.
   * {@code CitizenIdNumbers.Reason.EMPTY}.
   *
   * @param constant the constant
   * @return the key
   */
  public static String key(Enum<?> constant) {
    return nameInPackage(constant.getDeclaringClass()) + "." + constant.name();
  }

  private static Enum<?> constant(Labelled labelled) {
    if (labelled instanceof Enum<?> constant) {
      return constant;
    }
    throw new IllegalStateException(labelled.getClass().getName()
        + " is not an enum, so it has no label file: it must override zh() and en()");
  }

  private static String nameInPackage(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  /** The texts of one enum: Chinese and English names read at once, other texts on demand. */
  private static final class EnumTexts {
    private final Class<?> type;
    private final Enum<?>[] constants;
    private final String[] zh;
    private final String[] en;
    /** Texts by part ("" for the name) and locale, for the languages past Chinese and English. */
    private final Map<String, String[]> others = new ConcurrentHashMap<>();

    EnumTexts(Class<?> type) {
      this.type = type;
      this.constants = (Enum<?>[]) type.getEnumConstants();
      if (constants == null) {
        throw new IllegalStateException(type.getName() + " is not an enum, so it has no labels");
      }
      boolean labelled = Labelled.class.isAssignableFrom(type);
      this.zh = labelled ? read("", Locale.SIMPLIFIED_CHINESE) : null;
      this.en = labelled ? read("", Locale.ENGLISH) : null;
    }

    String[] names(Locale locale) {
      String language = locale.getLanguage();
      if (language.equals("en") && locale.getCountry().isEmpty()) {
        return en;
      }
      if (language.equals("zh") && (locale.getCountry().isEmpty()
          || locale.getCountry().equals("CN")) && locale.getVariant().isEmpty()) {
        return zh;
      }
      return texts("", locale);
    }

    String[] texts(String part, Locale locale) {
      return others.computeIfAbsent(part + "/" + locale.toLanguageTag(), k -> read(part, locale));
    }

    /**
     * Reads one text of every constant, each from the first file of the locale's chain; for
     * Chinese ({@code zh_CN}) and English from their own file only, which must hold them all.
     */
    private String[] read(String part, Locale locale) {
      List<String> chain = locale.equals(Locale.SIMPLIFIED_CHINESE) ? List.of("_zh_CN")
          : locale.equals(Locale.ENGLISH) ? List.of("_en") : suffixes(locale);
      String[] texts = new String[constants.length];
      for (Enum<?> constant : constants) {
        String key = key(constant) + (part.isEmpty() ? "" : "." + part);
        for (String suffix : chain) {
          Optional<Properties> file = file(type, suffix);
          if (file.isPresent() && file.get().containsKey(key)) {
            texts[constant.ordinal()] = file.get().getProperty(key);
            break;
          }
        }
        if (texts[constant.ordinal()] == null) {
          throw new IllegalStateException("no label " + key + " in "
              + path(type, chain.get(chain.size() - 1)));
        }
      }
      return texts;
    }
  }

  /**
   * Returns the file suffixes of a locale, most specific first: its own ({@code _fr_CA},
   * {@code _fr}), then Chinese for any {@code zh} locale ({@code _zh_CN}), then English
   * ({@code _en}); never the machine's default locale. The one fallback rule of the label files
   * and of the rules' message bundles.
   *
   * @param locale the language wanted
   * @return the suffixes to try, in order
   */
  public static List<String> suffixes(Locale locale) {
    List<String> suffixes = new ArrayList<>(4);
    String language = locale.getLanguage();
    if (!language.isEmpty()) {
      if (!locale.getCountry().isEmpty()) {
        suffixes.add("_" + language + "_" + locale.getCountry());
      }
      suffixes.add("_" + language);
    }
    if (language.equals("zh") && !suffixes.contains("_zh_CN")) {
      suffixes.add("_zh_CN");
    }
    if (!suffixes.contains("_en")) {
      suffixes.add("_en");
    }
    return List.copyOf(suffixes);
  }

  private static String path(Class<?> type, String suffix) {
    return type.getPackageName().replace('.', '/') + "/" + BUNDLE + suffix + ".properties";
  }

  private static Optional<Properties> file(Class<?> type, String suffix) {
    String path = path(type, suffix);
    return FILES.computeIfAbsent(path, p -> textFile(type, p));
  }

  /**
   * Reads a text file of Tongxin's (a label file here, a message bundle of the rules) as UTF-8,
   * looking in order:
   *
   * <ol>
   *   <li>in the module of {@code owner}, whose packages' files are found on the module path
   *       when the package is open to this module (the rules' descriptor opens its text
   *       packages to the model);
   *   <li>at the same path through the owner's class loader and the context class loader: a
   *       user's language file beside ours, on the class path;
   *   <li>at {@value #USER_TEXTS} followed by the path, through the context class loader and the
   *       owner's: a user's language file anywhere, on the module path too. A file in one of our
   *       packages is hidden there by the module that holds the package, but {@code META-INF} is
   *       no package, so no module encapsulates it.
   * </ol>
   *
   * <p>This is the one lookup of every text file: the labels and the rules' messages find a
   * user's language the same way.
   *
   * @param owner a class of the module whose file it is
   * @param path the file's path, e.g. {@code io/github/tongxin/governance/model/hierarchy/labels_fr.properties}
   * @return the file's properties, or empty when there is no such file
   * @throws UncheckedIOException when a file is found but cannot be read
   */
  public static Optional<Properties> textFile(Class<?> owner, String path) {
    try (InputStream in = open(owner, path)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text file " + path, e);
    }
  }

  private static InputStream open(Class<?> owner, String path) throws IOException {
    InputStream in = owner.getModule().getResourceAsStream(path);
    ClassLoader own = owner.getClassLoader();
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (String name : new String[] {path, USER_TEXTS + path}) {
      for (ClassLoader loader : new ClassLoader[] {context, own}) {
        if (in == null && loader != null) {
          in = loader.getResourceAsStream(name);
        }
      }
    }
    return in;
  }
}
