/**
 * Structural rules: unique ids, resolvable references, and the shape of the hierarchy (no
 * cycles, tiers in order, roots, division codes that extend their parent's).
 */
package io.github.tongxin.governance.rules.structure;
