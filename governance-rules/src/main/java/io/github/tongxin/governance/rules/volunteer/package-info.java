/**
 * Red Dandelion (红色蒲公英) volunteer metrics and rules: volunteers and service hours by group
 * per unit and up the tree ({@link io.github.tongxin.governance.rules.volunteer.VolunteerMetrics}),
 * the share from the new groups ({@link io.github.tongxin.governance.rules.volunteer.Share}),
 * campaign progress against targets, households in hardship left unvisited, in-service members
 * who served too seldom, and findings for impossible activity records
 * ({@link io.github.tongxin.governance.rules.volunteer.VolunteerRules}).
 *
 * <p>Aggregation up the hierarchy goes through the small
 * {@link io.github.tongxin.governance.rules.volunteer.UnitTree} contract, so the hierarchy index
 * can be plugged in for the simple parent-map tree given here.
 */
@GovernanceStyle
package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.GovernanceStyle;
