/**
 * Example 4: the 三会一课 compliance report for every party branch of a street: a quarter of
 * organisational-life records (simulated, seeded, with a few lapses), checked against the
 * national frequencies and the committee quorum, per branch and summed up by community. Run
 * {@link io.github.tongxin.governance.examples.organisationallife.StreetBranchCompliance}.
 */
package io.github.tongxin.governance.examples.organisationallife;
