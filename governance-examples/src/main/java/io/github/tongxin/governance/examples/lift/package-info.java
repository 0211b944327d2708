/**
 * Example 3: 四议两公开 (four deliberations, two disclosures) for installing a lift in an old
 * building, with the owners' double-majority vote (by area and by heads) as the resolution.
 * Run {@link io.github.tongxin.governance.examples.lift.LiftInstallation}.
 */
package io.github.tongxin.governance.examples.lift;
