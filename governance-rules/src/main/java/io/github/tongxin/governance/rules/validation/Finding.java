package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.identifier.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a dataset (发现的问题): which rule found it, how serious it is, which
 * records it concerns, where they were read from, and why, in Chinese and English with the
 * numbers involved.
 */
@Value.Immutable
public abstract class Finding implements WithFinding {

  /** Returns the stable id of the rule that found it, e.g. {@code party.branch.min-full-members}. */
  public abstract String ruleId();

  /** Returns the severity, after the rule configuration is applied. */
  public abstract Severity severity();

  /** Returns the ids of the records concerned, the main one first; may be empty. */
  public abstract List<Identifier> subjects();

  /** Returns where the main record was read from, when known. */
  public abstract Optional<Origin> location();

  /** Returns the property of the record concerned, e.g. {@code citizenIdNumber}, when one is. */
  public abstract Optional<String> property();

  /**
   * Returns the header of the column holding {@link #property()} in the CSV and spreadsheet form
   * of the record (the Chinese header of {@code rules.io.RecordColumns}, e.g. 身份证号码), when
   * the property is a column.
   */
  public abstract Optional<String> column();

  /**
   * Returns the earlier finding this one follows or may follow from, when it does: e.g.
   * {@code 单位 C1 不存在} when the row of unit C1 could not be read ({@code read.bad-record}),
   * certainly; {@code 0 名正式党员} of branch B1 when a membership row naming B1 could not be
   * read, possibly ({@link Cause#certain()}). The finding is kept, so that nothing is lost, and
   * names its cause, so that a clerk fixes the cause first.
   */
  public abstract Optional<Cause> cause();

  /**
   * The finding another one follows or may follow from (原因): its rule, where it was found,
   * and whether the other one surely follows from it.
   *
   * @param ruleId the rule of the earlier finding, e.g. {@code read.bad-record}
   * @param location where the earlier finding was found, empty when it has no location
   * @param certain true when the other finding only follows from this one (it names the record
   *     of a row that could not be kept); false when it may (one of its records is one the row
   *     named, e.g. the branch of a membership row that could not be kept)
   */
  public record Cause(String ruleId, Optional<Origin> location, boolean certain) {
    /**
     * Makes a cause.
     *
     * @param ruleId the rule id, not null
     * @param location the location, not null (empty when unknown)
     * @param certain whether the other finding surely follows from it
     */
    public Cause {
      java.util.Objects.requireNonNull(ruleId, "ruleId");
      java.util.Objects.requireNonNull(location, "location");
    }

    /**
     * Makes a certain cause (the other finding only follows from it).
     *
     * @param ruleId the rule id, not null
     * @param location the location, not null (empty when unknown)
     */
    public Cause(String ruleId, Optional<Origin> location) {
      this(ruleId, location, true);
    }

    /**
     * Returns the certain cause of a finding: its rule and location; the other finding only
     * follows from it.
     *
     * @param finding the earlier finding, not null
     * @return the cause
     */
    public static Cause of(Finding finding) {
      return new Cause(finding.ruleId(), finding.location(), true);
    }

    /**
     * Returns the possible cause of a finding: its rule and location; the other finding may
     * follow from it, or may be a problem of its own.
     *
     * @param finding the earlier finding, not null
     * @return the cause, not {@link #certain()}
     */
    public static Cause possible(Finding finding) {
      return new Cause(finding.ruleId(), finding.location(), false);
    }

    /** Returns {@code rule-id at location}, e.g. {@code read.bad-record at 单位.csv:3:2}. */
    @Override
    public String toString() {
      return ruleId + location.map(l -> " at " + l).orElse("");
    }
  }

  /**
   * Returns the key of the message's template in the rule's bundle, e.g.
   * {@code grid.size.outside}, when the rule wrote its text as data ({@link Message}); empty for
   * a finding made with its text given. Not part of the finding's value.
   */
  @Value.Auxiliary
  public abstract Optional<String> messageKey();

  /**
   * Returns the arguments of the message's template by name (numbers, names, ids, labelled
   * values), so that a caller can render the finding in any language with a bundle ({@link
   * #message(Locale)}) or in its own words; empty without a {@link #messageKey()}. Not part of
   * the finding's value.
   */
  @Value.Auxiliary
  public abstract Map<String, Object> arguments();

  /** Returns the base path of the bundle the template is in, with {@link #messageKey()}. */
  @Value.Auxiliary
  public abstract Optional<String> bundle();

  /** Returns the message in Chinese. */
  public abstract String zh();

  /** Returns the message in English. */
  public abstract String en();

  /** Returns the rule's source: the RULES.md code and the law or standard with its article. */
  public abstract String source();

  /**
   * Returns the message in the locale's language: rendered from the rule's bundle in any
   * language it has a file for ({@link Texts}), Chinese for {@code zh} and English otherwise;
   * for a finding made with its text given, Chinese for {@code zh}, English otherwise.
   *
   * @param locale the language wanted
   * @return the message
   */
  public final String message(Locale locale) {
    if (bundle().isPresent() && asMessage().isPresent()) {
      return Texts.render(bundle().get(), "", asMessage().get(), locale);
    }
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }

  /**
   * Returns the finding's message as data, its key (absolute) and its arguments, e.g. to nest it
   * in another finding's message; empty for a finding made with its text given.
   *
   * @return the message
   */
  public final Optional<Message> asMessage() {
    if (messageKey().isEmpty()) {
      return Optional.empty();
    }
    Message full = Message.of("/" + messageKey().get());
    for (var e : arguments().entrySet()) {
      full = full.with(e.getKey(), e.getValue());
    }
    return Optional.of(full);
  }

  /**
   * Returns this finding with the citizen ID numbers and mobile numbers in its messages and its
   * property masked ({@link PersonalData#mask}; a property is one when an extension column is
   * named by such a number); this finding itself when there is none.
   *
   * @return the masked finding
   */
  public final Finding masked() {
    String zh = PersonalData.mask(zh());
    String en = PersonalData.mask(en());
    Optional<String> property = property().map(PersonalData::mask);
    if (zh.equals(zh()) && en.equals(en()) && property.equals(property())) {
      return this;
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments().forEach((k, v) -> arguments.put(k, v instanceof String t ? PersonalData.mask(t) : v));
    return this.withZh(zh).withEn(en).withProperty(property)
        .withArguments(arguments);
  }

  /** Returns a builder. */
  public static Finding.Builder builder() {
    return new Finding.Builder();
  }

  /**
   * Returns {@code SEVERITY rule-id [subjects] at location: en message}, then
   * {@code (caused by ...)} or {@code (may follow from ...)} when it has a cause, with citizen
   * ID numbers and mobile numbers masked even in a finding made with {@link Disclosure#FULL} (a
   * string for logs).
   */
  @Override
  public String toString() {
    return PersonalData.mask(severity() + " " + ruleId() + " " + subjects()
        + location().map(l -> " at " + l).orElse("") + ": " + en()
        + cause().map(c -> (c.certain() ? " (caused by " : " (may follow from ") + c + ")")
            .orElse(""));
  }

  /**
   * The builder of {@link Finding}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableFinding.Builder {}
}
