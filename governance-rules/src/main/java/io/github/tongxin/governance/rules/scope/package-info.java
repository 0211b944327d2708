/**
 * Access scopes (数据访问范围): which records of a snapshot a person may see, derived from the
 * post they hold at a unit. A grid worker sees their grid, a community secretary their
 * community, a street official their street, each with everything below it.
 *
 * <p>{@link io.github.tongxin.governance.rules.scope.RecordUnits} knows, once per snapshot, the
 * units each record belongs to; {@link io.github.tongxin.governance.rules.scope.AccessScope}
 * answers "may this scope see that record" in constant time through the {@link
 * io.github.tongxin.governance.rules.index.HierarchyIndex}, and cuts a dataset or a
 * validation report down to what it may see.
 */
package io.github.tongxin.governance.rules.scope;
