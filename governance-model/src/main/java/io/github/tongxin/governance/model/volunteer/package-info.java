/**
 * Red Dandelion (红色蒲公英) volunteer service: the volunteers mobilised from party members,
 * residents, new economic and social organisations and new employment groups
 * ({@link io.github.tongxin.governance.model.volunteer.Volunteer}), the activities they serve in
 * ({@link io.github.tongxin.governance.model.volunteer.Activity}), the campaigns that drive them
 * ({@link io.github.tongxin.governance.model.volunteer.Campaign}) and the households in hardship
 * they visit and help ({@link io.github.tongxin.governance.model.volunteer.Hardship}).
 *
 * <p>Service time is kept in whole minutes ({@code long}), never in floating point, so sums are
 * exact.
 */
@GovernanceStyle
package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.GovernanceStyle;
