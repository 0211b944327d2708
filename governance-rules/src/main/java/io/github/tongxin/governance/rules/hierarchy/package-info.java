/**
 * The hierarchy (组织体系) as a graph and as an index: {@link
 * io.github.tongxin.governance.rules.hierarchy.GovernanceGraph} finds what is structurally wrong
 * with a dataset's units (duplicate ids, dangling parents, cycles, tier order) and keeps the
 * overlay relations (posts, memberships, contact links, registrations); {@link
 * io.github.tongxin.governance.rules.hierarchy.HierarchyIndex} answers ancestor, scope, path and
 * subtree questions in constant or near-constant time from compact arrays built once per
 * snapshot; {@link io.github.tongxin.governance.rules.hierarchy.HierarchySummary} aggregates
 * counts up the tree.
 *
 * <p>Nothing here throws on bad data: structural faults become {@link
 * io.github.tongxin.governance.rules.hierarchy.StructureProblem}s and the well-formed part is
 * still indexed. Exceptions mean misuse, such as asking about a unit the index does not hold.
 */
package io.github.tongxin.governance.rules.hierarchy;
