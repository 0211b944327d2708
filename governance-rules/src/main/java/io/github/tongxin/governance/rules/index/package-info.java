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
 * every rule through {@code RuleContext}.
 *
 * <p>Nothing here throws on bad data: structural faults become {@link
 * io.github.tongxin.governance.rules.index.StructureProblem}s and the well-formed part is still
 * indexed. Exceptions mean misuse, such as asking about a unit the index does not hold.
 */
package io.github.tongxin.governance.rules.index;
