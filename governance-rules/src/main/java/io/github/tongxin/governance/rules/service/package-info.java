/**
 * The line (线) in rules and engines: the work-order state machine
 * ({@link io.github.tongxin.governance.rules.service.WorkOrderStateMachine}), dispatch and
 * escalation ({@link io.github.tongxin.governance.rules.service.Dispatcher}), deadlines
 * ({@link io.github.tongxin.governance.rules.service.DeadlinePolicy},
 * {@link io.github.tongxin.governance.rules.service.Deadlines}), the three rates 三率
 * ({@link io.github.tongxin.governance.rules.service.RateCalculator}), proactive governance
 * 未诉先办 ({@link io.github.tongxin.governance.rules.service.HotspotFinder}), and the catalog and
 * facility rules ({@link io.github.tongxin.governance.rules.service.ServiceRules}).
 *
 * <p>The engines are stateless functions of a collection of work orders and an instant, so a
 * generator can drive them step by step. Where they need the hierarchy they ask the one tree
 * contract, {@link io.github.tongxin.governance.rules.index.UnitTree}, which the hierarchy
 * index implements.
 */
package io.github.tongxin.governance.rules.service;
