/**
 * Co-governance engines (共治): exact decision rules with quorums and thresholds
 * ({@link io.github.tongxin.governance.rules.cogovernance.DecisionRule},
 * {@link io.github.tongxin.governance.rules.cogovernance.DecisionRules}), decision procedures
 * such as 四议两公开 and their runs ({@link io.github.tongxin.governance.rules.cogovernance.Procedure},
 * {@link io.github.tongxin.governance.rules.cogovernance.Procedures}), consultation councils
 * ({@link io.github.tongxin.governance.rules.cogovernance.CouncilCheck}) and 三会一课 compliance
 * ({@link io.github.tongxin.governance.rules.cogovernance.OrganisationalLifeCompliance}).
 *
 * <p>All arithmetic is exact: fractions compare by cross-multiplication of
 * {@link java.math.BigDecimal} counts and areas; there is no floating point anywhere.
 */
package io.github.tongxin.governance.rules.cogovernance;
