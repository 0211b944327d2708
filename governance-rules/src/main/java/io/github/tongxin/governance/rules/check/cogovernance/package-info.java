/**
 * The checks of co-governance (共建共治共享), the third part of the concentric circle; not API:
 * run them through {@code StandardRules} and configure them by rule id. Decision procedure
 * records (四议两公开, owners' decisions) and the volunteer records of Red Dandelion (红色蒲公英):
 * activities, participants, hours, campaigns, households in hardship and in-service members. The
 * engines they use (decision rules, procedures, volunteer metrics) are API, in
 * {@code rules.cogovernance} and {@code rules.volunteer}. Each rule's texts are in this package's
 * message bundle.
 */
package io.github.tongxin.governance.rules.check.cogovernance;
