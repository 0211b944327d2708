/**
 * The substance (实) of co-governance (共治共享): records of meetings with their rosters,
 * attendance and ballots, of decision procedures such as 四议两公开 and their stages, of
 * consultation councils (小区议事厅, 庭院议事会), and of a party branch's organisational life
 * (三会一课). The rules that judge them live in {@code io.github.tongxin.governance.rules.cogovernance}.
 */
@GovernanceStyle
package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.GovernanceStyle;
