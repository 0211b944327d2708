/**
 * Not API: the Bean Validation validators of the identifier constraints in
 * {@link io.github.tongxin.governance.model.identifier} and their shared helpers. Hibernate
 * Validator finds them through the service loader ({@code
 * META-INF/services/jakarta.validation.ConstraintValidator}, and {@code provides} in the module
 * descriptor), so the public annotations name none of them and the two packages form no cycle;
 * callers use the annotations and the check classes ({@code CitizenIdNumbers} and the
 * others), never these types, which may change without notice.
 */
package io.github.tongxin.governance.model.identifier.internal;
