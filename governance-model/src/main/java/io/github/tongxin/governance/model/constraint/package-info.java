/**
 * Bean Validation set up for governance data: a safely configured validator (no expression
 * language, Immutables-style accessors seen as properties, messages in Chinese and English),
 * the {@link io.github.tongxin.governance.model.constraint.Severity} payloads and bilingual
 * violations.
 */
package io.github.tongxin.governance.model.constraint;
