/**
 * The checks of the service line (线), the second part of the concentric circle; not API: run
 * them through {@code StandardRules} or {@code ServiceRules.all()} and configure them by rule id.
 * Work orders past their deadline, impossible work-order histories, catalog items without a
 * department, complete communities (完整社区) and embedded service complexes, and facilities'
 * opening hours. The engines they use (deadlines, the state machine, dispatch, rates) are API,
 * in {@code rules.service}. Each rule's texts are in this package's message bundle.
 */
package io.github.tongxin.governance.rules.check.service;
