package io.github.tongxin.governance.model.constraint;

import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * A message interpolator that reads templates from our namespaced bundles and replaces only
 * constraint parameters such as {@code {max}}, exactly as {@link ParameterMessageInterpolator}
 * does: an expression-language term ({@code ${...}}) is left as literal text, never evaluated.
 *
 * <p>Hibernate Validator's {@code ParameterMessageInterpolator} takes no bundle locator, so this
 * class supplies the locator and delegates each term to it.
 */
final class SafeMessageInterpolator extends AbstractMessageInterpolator {

  private final Terms terms;

  SafeMessageInterpolator(ResourceBundleLocator bundles, Set<Locale> locales, Locale fallback) {
    super(bundles, locales, fallback, context -> context.getDefaultLocale(), false);
    this.terms = new Terms(locales, fallback);
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    return terms.term(context, locale, term);
  }

  /** Gives access to the parameter-only term resolution of the parent class. */
  private static final class Terms extends ParameterMessageInterpolator {
    Terms(Set<Locale> locales, Locale fallback) {
      super(locales, fallback, false);
    }

    String term(Context context, Locale locale, String term) {
      return interpolate(context, locale, term);
    }
  }
}
