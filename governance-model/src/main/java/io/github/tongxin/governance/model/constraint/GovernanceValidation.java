package io.github.tongxin.governance.model.constraint;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.resourceloading.AggregateResourceBundleLocator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Bean Validation for governance records, configured safely once.
 *
 * <ul>
 *   <li>Immutables-style accessors ({@code name()}) are properties, so constraints on them fire.
 *   <li>Messages are interpolated like Hibernate Validator's {@code ParameterMessageInterpolator}: parameters such as
 *       {@code {max}} are replaced, but no expression language runs, so no data can be evaluated.
 *   <li>Messages come from the namespaced bundles of this library ({@link #MESSAGE_BUNDLES}) in
 *       {@code zh_CN} and English, falling back to Hibernate Validator's own. Why an identifier
 *       is invalid, the key {@code io.github.tongxin.governance.model.identifier.<Constraint>.<REASON>}
 *       (e.g. {@code ...CitizenIdNumber.WRONG_CHECK_DIGIT}), is the label of the reason
 *       ({@link CitizenIdNumbers.Reason#label(Locale)}): its text is written once, in the label
 *       files of the identifier package, not again in {@code IdentifierMessages}.
 *   <li>It is configured here alone: no {@code META-INF/validation.xml} is read, and every
 *       property is reachable (records are plain values, never lazily loaded entities, so no
 *       Jakarta Persistence check runs). Validate your own persistent entities with your
 *       container's validator, not with this one.
 * </ul>
 *
 * <p>The validators are thread-safe; one instance serves the whole application. Hibernate
 * Validator is started when first needed: by {@link #validator()}, {@link #message} or a
 * {@link #validate} of an object that is not certainly valid.
 */
public final class GovernanceValidation {

  /** The Chinese locale of messages. */
  public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** The English locale of messages. */
  public static final Locale EN = Locale.ENGLISH;

  /** The message bundles of the model module, searched in this order. */
  public static final List<String> MESSAGE_BUNDLES =
      List.of(
          "io.github.tongxin.governance.model.constraint.ConstraintMessages",
          "io.github.tongxin.governance.model.identifier.IdentifierMessages");

  /** The prefix of the identifier constraints' reason keys. */
  private static final String REASON_PREFIX = "io.github.tongxin.governance.model.identifier.";

  /** The reason enum of each identifier constraint, by the constraint's simple name. */
  private static final Map<String, Class<? extends Enum<?>>> REASONS =
      Map.of(
          "CitizenIdNumber", CitizenIdNumbers.Reason.class,
          "SocialCreditCode", SocialCreditCodes.Reason.class,
          "DivisionCode", DivisionCodes.Reason.class,
          "MobileNumber", MobileNumbers.Reason.class);

  /** Every property is reachable and cascadable: records are values, not persistent entities. */
  private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType,
        Path pathToProperty, ElementType elementType) {
      return true;
    }
  };

  private static final GovernanceValidation DEFAULT = new GovernanceValidation(List.of());

  private final List<String> extraBundles;

  /** Hibernate Validator with this instance's messages, built when first needed. */
  private volatile Engine engine;

  private GovernanceValidation(List<String> extraBundles) {
    this.extraBundles = extraBundles;
  }

  /** Returns the engine, building it on first use (once, whichever thread asks first). */
  private Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = new Engine(extraBundles);
          engine = e;
        }
      }
    }
    return e;
  }

  /**
   * Hibernate Validator and the message bundles, configured once. Its own class, so that an
   * instance of {@link GovernanceValidation} that only clears valid records never loads
   * Hibernate Validator (issue 19: about 700 classes at start-up).
   */
  private static final class Engine {
    private final ResourceBundleLocator messages;
    private final Validator zh;
    private final Validator en;

    Engine(List<String> extraBundles) {
      List<String> bundles = new ArrayList<>(extraBundles);
      bundles.addAll(MESSAGE_BUNDLES);
      ResourceBundleLocator files = new AggregateResourceBundleLocator(bundles);
      Map<Locale, ResourceBundle> byLocale = new ConcurrentHashMap<>();
      ResourceBundleLocator locator = locale -> byLocale.computeIfAbsent(locale,
          l -> new ReasonBundle(files.getResourceBundle(l), l));
      this.messages = locator;
      MessageInterpolator interpolator =
          new SafeMessageInterpolator(locator, Set.of(ZH, EN), EN);
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class)
              .providerResolver(() -> List.of(new HibernateValidator()))
              .configure()
              // a fast bootstrap, as Hibernate Validator documents it: no META-INF/validation.xml
              // is read (this library ships none and configures everything here), and every
              // property is reachable without asking whether Jakarta Persistence is present
              // (records are plain values, never lazy entities); what is validated is the same
              .ignoreXmlConfiguration()
              .traversableResolver(EVERYTHING_REACHABLE)
              .getterPropertySelectionStrategy(new AccessorPropertySelection())
              .messageInterpolator(interpolator)
              .locales(Set.of(ZH, EN))
              .defaultLocale(EN);
      ValidatorFactory factory = configuration.buildValidatorFactory();
      this.zh = factory.usingContext().messageInterpolator(fixed(interpolator, ZH)).getValidator();
      this.en = factory.usingContext().messageInterpolator(fixed(interpolator, EN)).getValidator();
    }
  }

  /**
   * Returns the shared instance that knows this library's message bundles.
   *
   * @return the default instance
   */
  public static GovernanceValidation standard() {
    return DEFAULT;
  }

  /**
   * Returns a new instance that also searches the caller's bundles first, for the messages of
   * the caller's own constraints. Build it once and keep it: building costs milliseconds.
   *
   * @param bundleNames base names of resource bundles, e.g. {@code com.example.Messages}
   * @return a new instance
   */
  public static GovernanceValidation withBundles(List<String> bundleNames) {
    return new GovernanceValidation(List.copyOf(bundleNames));
  }

  /**
   * Returns the text of a message key in a language, as this instance's validators read it:
   * from the caller's bundles, this library's bundles and, for the reason keys of the identifier
   * constraints, the reasons' labels.
   *
   * @param key a message key without braces, e.g.
   *     {@code io.github.tongxin.governance.model.identifier.MobileNumber.WRONG_LENGTH}
   * @param locale the language: Chinese for a {@code zh} locale, English otherwise
   * @return the text, its parameters (such as {@code {max}}) not filled; empty for an unknown key
   */
  public Optional<String> message(String key, Locale locale) {
    ResourceBundle bundle =
        engine().messages.getResourceBundle(ZH.getLanguage().equals(locale.getLanguage()) ? ZH : EN);
    return bundle != null && bundle.containsKey(key)
        ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /**
   * Returns the validator whose messages are in English (the plain Bean Validation API).
   *
   * @return a thread-safe validator
   */
  public Validator validator() {
    return engine().en;
  }

  /**
   * Returns the validator whose messages are in the given language: Chinese for a {@code zh}
   * locale, English otherwise.
   *
   * @param locale the language of messages
   * @return a thread-safe validator
   */
  public Validator validator(Locale locale) {
    Engine e = engine();
    return ZH.getLanguage().equals(locale.getLanguage()) ? e.zh : e.en;
  }

  /**
   * Validates an object and returns every violation with its messages in both languages, in a
   * deterministic order (by property path, then constraint). A record of the model that a table
   * of its constraints shows certainly valid is answered without Hibernate Validator; every other
   * object, and every record with a violation, is validated by it.
   *
   * @param object the object to validate, not null
   * @return the violations; empty when the object is valid
   */
  public List<Violation> validate(Object object) {
    if (RecordConstraints.clears(object)) {
      return List.of(); // certainly valid: no need to ask (or even start) Hibernate Validator
    }
    Engine e = engine();
    Set<ConstraintViolation<Object>> chinese = e.zh.validate(object);
    if (chinese.isEmpty()) {
      return List.of();
    }
    Map<String, String> english = new HashMap<>();
    for (ConstraintViolation<Object> v : e.en.validate(object)) {
      english.put(key(v), v.getMessage());
    }
    List<Violation> result = new ArrayList<>(chinese.size());
    for (ConstraintViolation<Object> v : chinese) {
      result.add(
          new Violation(
              v.getPropertyPath().toString(),
              v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              v.getMessageTemplate(),
              Severity.ofPayload(v.getConstraintDescriptor().getPayload()),
              v.getMessage(),
              english.getOrDefault(key(v), v.getMessage())));
    }
    result.sort(
        Comparator.comparing(Violation::propertyPath)
            .thenComparing(Violation::constraint)
            .thenComparing(Violation::messageTemplate));
    return List.copyOf(result);
  }

  private static String key(ConstraintViolation<?> v) {
    return v.getPropertyPath() + "\u0000" + v.getMessageTemplate() + "\u0000"
        + v.getConstraintDescriptor().getAnnotation();
  }

  /**
   * Returns the text of an identifier constraint's reason key in a language, e.g. of
   * {@code io.github.tongxin.governance.model.identifier.MobileNumber.WRONG_LENGTH}: the
   * reason's label. This is how Bean Validation messages say why an identifier is invalid.
   *
   * @param key a message key without braces
   * @param locale the language
   * @return the text; empty when the key is not a reason key of an identifier constraint
   */
  static Optional<String> reasonText(String key, Locale locale) {
    int dot = key.lastIndexOf('.');
    if (!key.startsWith(REASON_PREFIX) || dot < REASON_PREFIX.length()) {
      return Optional.empty();
    }
    Class<? extends Enum<?>> reasons = REASONS.get(key.substring(REASON_PREFIX.length(), dot));
    if (reasons == null) {
      return Optional.empty();
    }
    String name = key.substring(dot + 1);
    for (Enum<?> reason : reasons.getEnumConstants()) {
      if (reason.name().equals(name)) {
        return Optional.of(((Labelled) reason).label(locale));
      }
    }
    return Optional.empty();
  }

  /**
   * The messages of one language: the reason keys of the identifier constraints from the
   * reasons' labels unless a bundle file (a caller's own) sets them, every other key from the
   * bundle files.
   */
  private static final class ReasonBundle extends ResourceBundle {
    private final Locale locale;

    /** Reads the locale's reasons, then the bundle files; {@code files} is null when none. */
    ReasonBundle(ResourceBundle files, Locale locale) {
      this.locale = locale;
      setParent(files);
    }

    @Override
    protected Object handleGetObject(String key) {
      return parent != null && parent.containsKey(key) ? null : reasonText(key, locale).orElse(null);
    }

    @Override
    public Enumeration<String> getKeys() {
      List<String> keys = new ArrayList<>();
      REASONS.forEach((constraint, reasons) -> {
        for (Enum<?> reason : reasons.getEnumConstants()) {
          keys.add(REASON_PREFIX + constraint + "." + reason.name());
        }
      });
      if (parent != null) {
        keys.addAll(Collections.list(parent.getKeys()));
      }
      return Collections.enumeration(keys);
    }
  }

  private static MessageInterpolator fixed(MessageInterpolator delegate, Locale locale) {
    return new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale ignored) {
        return delegate.interpolate(template, context, locale);
      }
    };
  }
}
