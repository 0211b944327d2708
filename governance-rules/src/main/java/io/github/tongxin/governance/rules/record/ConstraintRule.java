package io.github.tongxin.governance.rules.record;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.util.Optional;
import java.util.Set;

/**
 * Reports the record constraint violations of some constraint annotations, under one rule id.
 * Bean Validation runs once per dataset; each constraint rule reports its share.
 */
public final class ConstraintRule implements Rule {

  /** The catch-all: constraints without a rule of their own (non-blank names, sizes, dates). */
  public static final ConstraintRule RECORD_CONSTRAINT = new ConstraintRule(
      "record.constraint", "记录字段约束（非空、长度、日期等）",
      "record field constraints (not blank, sizes, dates)", "Tongxin model constraints",
      Severity.ERROR, null, null);

  /** H1: citizen ID numbers (GB 11643-1999). */
  public static final ConstraintRule CITIZEN_ID_NUMBER = new ConstraintRule(
      "identifier.citizen-id-number", "公民身份号码校验（长度、出生日期、校验码）",
      "citizen ID number check (length, birth date, check digit)",
      "RULES.md H1; GB 11643-1999", Severity.ERROR, Set.of("CitizenIdNumber"), null);

  /** H2: unified social credit codes, structure (GB 32100-2015). */
  public static final ConstraintRule SOCIAL_CREDIT_CODE = new ConstraintRule(
      "identifier.social-credit-code", "统一社会信用代码结构校验",
      "unified social credit code structure", "RULES.md H2; GB 32100-2015",
      Severity.ERROR, Set.of("SocialCreditCode"), Severity.ERROR);

  /** H2: unified social credit codes, check characters (a warning: early pilot codes fail). */
  public static final ConstraintRule SOCIAL_CREDIT_CODE_CHECK = new ConstraintRule(
      "identifier.social-credit-code.check-character",
      "统一社会信用代码校验码（早期试点代码可能不符，故为警告）",
      "unified social credit code check characters (a warning: early pilot codes fail them)",
      "RULES.md H2; GB 32100-2015; GB 11714-1997", Severity.WARNING,
      Set.of("SocialCreditCode"), Severity.WARNING);

  /** H3: division codes (GB/T 2260 and statistical codes). */
  public static final ConstraintRule DIVISION_CODE = new ConstraintRule(
      "identifier.division-code", "行政区划代码/统计用区划代码格式",
      "administrative or statistical division code format", "RULES.md H3; GB/T 2260",
      Severity.ERROR, Set.of("DivisionCode"), null);

  /** Mainland mobile numbers. */
  public static final ConstraintRule MOBILE_NUMBER = new ConstraintRule(
      "identifier.mobile-number", "手机号码格式", "mobile number format",
      "Tongxin; MIIT number plan", Severity.ERROR, Set.of("MobileNumber"), null);

  private static final Set<String> OWNED = Set.of(
      "CitizenIdNumber", "SocialCreditCode", "DivisionCode", "MobileNumber");

  private final RuleDescriptor descriptor;
  private final Set<String> constraints;
  private final Severity payloadSeverity;

  private ConstraintRule(String id, String zh, String en, String source, Severity severity,
      Set<String> constraints, Severity payloadSeverity) {
    this.descriptor = RuleDescriptor.builder().id(id).zh(zh).en(en).source(source)
        .defaultSeverity(severity).build();
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
      String where = v.propertyPath().isEmpty() ? "" : v.propertyPath();
      context.report(context.newFinding()
          .addSubjects(r.id())
          .location(r.origin())
          .property(where.isEmpty() ? Optional.empty() : Optional.of(where))
          .column(where.isEmpty() ? Optional.empty() : RecordColumns.header(RecordType.of(r), where))
          .zh(RecordType.of(r).zh() + " " + r.id()
              + (where.isEmpty() ? "" : " 的 " + RecordColumns.label(RecordType.of(r), where))
              + "：" + v.zh())
          .en(RecordType.of(r).en() + " " + r.id() + (where.isEmpty() ? "" : ", " + where)
              + ": " + v.en())
          .build());
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
