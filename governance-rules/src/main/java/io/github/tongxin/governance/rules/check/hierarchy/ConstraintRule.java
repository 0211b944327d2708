package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reports the record constraint violations of some constraint annotations, under one rule id.
 * Bean Validation runs once per dataset; each constraint rule reports its share.
 */
public final class ConstraintRule implements Rule {

  /** The catch-all: constraints without a rule of their own (non-blank names, sizes, dates). */
  public static final ConstraintRule RECORD_CONSTRAINT = new ConstraintRule(
      "record.constraint", Severity.ERROR, null, null);

  /** H1: citizen ID numbers (GB 11643-1999). */
  public static final ConstraintRule CITIZEN_ID_NUMBER = new ConstraintRule(
      "identifier.citizen-id-number", Severity.ERROR, Set.of("CitizenIdNumber"), null);

  /** H2: unified social credit codes, structure (GB 32100-2015). */
  public static final ConstraintRule SOCIAL_CREDIT_CODE = new ConstraintRule(
      "identifier.social-credit-code", Severity.ERROR, Set.of("SocialCreditCode"), Severity.ERROR);

  /** H2: unified social credit codes, check characters (a warning: early pilot codes fail). */
  public static final ConstraintRule SOCIAL_CREDIT_CODE_CHECK = new ConstraintRule(
      "identifier.social-credit-code.check-character", Severity.WARNING,
      Set.of("SocialCreditCode"), Severity.WARNING);

  /** H3: division codes (GB/T 2260 and statistical codes). */
  public static final ConstraintRule DIVISION_CODE = new ConstraintRule(
      "identifier.division-code", Severity.ERROR, Set.of("DivisionCode"), null);

  /** Mainland mobile numbers. */
  public static final ConstraintRule MOBILE_NUMBER = new ConstraintRule(
      "identifier.mobile-number", Severity.ERROR, Set.of("MobileNumber"), null);

  private static final Set<String> OWNED = Set.of(
      "CitizenIdNumber", "SocialCreditCode", "DivisionCode", "MobileNumber");

  private final RuleDescriptor descriptor;
  private final Set<String> constraints;
  private final Severity payloadSeverity;

  private ConstraintRule(String id, Severity severity, Set<String> constraints,
      Severity payloadSeverity) {
    this.descriptor = RuleDescriptor.fromBundle(ConstraintRule.class, id, severity,
        UnaryOperator.identity(), List.of());
    this.constraints = constraints;
    this.payloadSeverity = payloadSeverity;
  }

  /** The run's constraint violations, computed once and split among the constraint rules. */
  private static final RuleContext.Derived<RecordViolations> VIOLATIONS =
      RuleContext.Derived.of("record constraint violations", c -> RecordViolations.of(c.dataset()));

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    RecordViolations all = context.derived(VIOLATIONS);
    for (RecordViolations.Entry e : all.entries()) {
      Violation v = e.violation();
      if (!owns(v)) {
        continue;
      }
      GovernanceRecord r = e.record();
      String where = v.propertyPath();
      Message message = where.isEmpty() ? Message.of("/record.violation")
          : Message.of("/record.violation.of").with("column", RecordColumns.label(RecordType.of(r),
              where)).with("property", where);
      context.report(context.newFinding(message.with("type", RecordType.of(r)).with("record", r.id())
              .with("reason", new Reason(v)))
          .addSubjects(r.id())
          .location(r.origin())
          .property(where.isEmpty() ? Optional.empty() : Optional.of(where))
          .column(where.isEmpty() ? Optional.empty() : RecordColumns.header(RecordType.of(r), where))
          .build());
    }
  }

  /**
   * A violation's message, in the two languages the model's constraint bundles render it in (a
   * third language shows the English), as an argument of the finding's template.
   */
  private record Reason(Violation violation) implements Labelled {
    @Override
    public String zh() {
      return violation.zh();
    }

    @Override
    public String en() {
      return violation.en();
    }

    @Override
    public String toString() {
      return violation.en();
    }
  }

  private boolean owns(Violation v) {
    if (constraints == null) {
      return !OWNED.contains(v.constraint());
    }
    if (!constraints.contains(v.constraint())) {
      return false;
    }
    return payloadSeverity == null
        || (payloadSeverity == Severity.WARNING) == (v.severity() == Severity.WARNING);
  }
}
