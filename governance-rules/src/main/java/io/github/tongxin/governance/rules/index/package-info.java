/**
 * The hierarchy and the run's records as a graph and as an index (索引), the one tree contract
 * every rule and engine asks: {@link io.github.tongxin.governance.rules.index.UnitTree} (what is
 * above and below a unit), implemented by {@link
 * io.github.tongxin.governance.rules.index.HierarchyIndex}, which answers ancestor, scope, path
 * and subtree questions from compact arrays built once per snapshot; {@link
 * io.github.tongxin.governance.rules.index.GovernanceGraph} finds what is structurally wrong with
 * a dataset's units (duplicate ids, dangling parents, cycles, tier order) and keeps the overlay
 * relations; {@link io.github.tongxin.governance.rules.index.DatasetIndex} finds records by id
 * and relations by endpoint; {@link io.github.tongxin.governance.rules.index.HierarchySummary}
 * aggregates counts up the tree. A validation run builds each of them once and hands them to
 * every rule through {@code RuleContext}. Access scopes (数据访问范围) are here too: {@link
 * io.github.tongxin.governance.rules.index.RecordUnits} knows, once per snapshot, the units each
 * record belongs to, and {@link io.github.tongxin.governance.rules.index.AccessScope} answers
 * "may a post at this unit see that record" in constant time, because both use the index's
 * pre-order numbers, which stay inside this package (a number names another unit in the next
 * snapshot, so it is no handle to give callers).
 *
 * <p>Nothing here throws on bad data: structural faults become {@link
 * io.github.tongxin.governance.rules.index.StructureProblem}s and the well-formed part is still
 * indexed. Exceptions mean misuse, such as asking about a unit the index does not hold.
 */
package io.github.tongxin.governance.rules.index;
