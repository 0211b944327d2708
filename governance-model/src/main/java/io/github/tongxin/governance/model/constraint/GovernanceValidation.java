package io.github.tongxin.governance.model.constraint;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *       {@code zh_CN} and English, falling back to Hibernate Validator's own.
 * </ul>
 *
 * <p>The validators are thread-safe; one instance serves the whole application.
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

  private static final GovernanceValidation DEFAULT = new GovernanceValidation(List.of());

  private final ValidatorFactory factory;
  private final Validator zh;
  private final Validator en;

  private GovernanceValidation(List<String> extraBundles) {
    List<String> bundles = new ArrayList<>(extraBundles);
    bundles.addAll(MESSAGE_BUNDLES);
    ResourceBundleLocator locator = new AggregateResourceBundleLocator(bundles);
    MessageInterpolator interpolator =
        new SafeMessageInterpolator(locator, Set.of(ZH, EN), EN);
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new AccessorPropertySelection())
            .messageInterpolator(interpolator)
            .locales(Set.of(ZH, EN))
            .defaultLocale(EN);
    this.factory = configuration.buildValidatorFactory();
    this.zh = factory.usingContext().messageInterpolator(fixed(interpolator, ZH)).getValidator();
    this.en = factory.usingContext().messageInterpolator(fixed(interpolator, EN)).getValidator();
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
   * Returns the validator whose messages are in English (the plain Bean Validation API).
   *
   * @return a thread-safe validator
   */
  public Validator validator() {
    return en;
  }

  /**
   * Returns the validator whose messages are in the given language: Chinese for a {@code zh}
   * locale, English otherwise.
   *
   * @param locale the language of messages
   * @return a thread-safe validator
   */
  public Validator validator(Locale locale) {
    return ZH.getLanguage().equals(locale.getLanguage()) ? zh : en;
  }

  /**
   * Validates an object and returns every violation with its messages in both languages, in a
   * deterministic order (by property path, then constraint).
   *
   * @param object the object to validate, not null
   * @return the violations; empty when the object is valid
   */
  public List<Violation> validate(Object object) {
    Set<ConstraintViolation<Object>> chinese = zh.validate(object);
    if (chinese.isEmpty()) {
      return List.of();
    }
    Map<String, String> english = new HashMap<>();
    for (ConstraintViolation<Object> v : en.validate(object)) {
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
