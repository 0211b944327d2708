/**
 * Personal information (个人信息, 个人信息保护法) in datasets: {@link
 * io.github.tongxin.governance.rules.privacy.Pseudonymizer} replaces names, citizen ID numbers,
 * mobile numbers and addresses by stable keyed pseudonyms, so that a dataset can leave the
 * office that holds it (for a vendor, a test, a bug report) and still validate as the original.
 *
 * <p>Masking for display is {@link io.github.tongxin.governance.model.identifier.PersonalData}
 * and {@link io.github.tongxin.governance.rules.validation.Disclosure}.
 */
package io.github.tongxin.governance.rules.privacy;
