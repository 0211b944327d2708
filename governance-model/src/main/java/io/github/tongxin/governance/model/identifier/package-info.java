/**
 * Identifiers of Chinese grassroots governance and their checks: citizen identity numbers
 * (公民身份号码, GB 11643-1999), unified social credit codes (统一社会信用代码, GB 32100-2015),
 * administrative division codes (行政区划代码, GB/T 2260 and the statistical 9- and 12-digit
 * codes) and mainland mobile numbers (手机号码).
 *
 * <p>Each identifier has a final utility class ({@link
 * io.github.tongxin.governance.model.identifier.CitizenIdNumbers} etc.) whose {@code check}
 * returns a reason enum saying why a value is valid or not, with a Chinese and English text (its
 * label, in this package's {@code labels_*.properties}); the boolean {@code isValid} is derived
 * from it, and {@code mask} hides the middle of a value for display. The Bean Validation
 * constraints ({@link io.github.tongxin.governance.model.identifier.CitizenIdNumber} etc.) report
 * that reason as the message key
 * {@code io.github.tongxin.governance.model.identifier.<Constraint>.<REASON>}, whose text
 * {@link io.github.tongxin.governance.model.constraint.GovernanceValidation} takes from the
 * reason's label (the bundle {@code IdentifierMessages} holds the constraints' default messages). {@code null} is valid for the constraints and a misuse
 * ({@link java.lang.NullPointerException}) for {@code check}.
 */
package io.github.tongxin.governance.model.identifier;
