/**
 * The checks of the hierarchy (组织体系), the first part of the concentric circle; not API: run
 * them through {@code StandardRules} and configure them by rule id. Structure (unique ids,
 * resolvable references, the shape of the tree, division codes that extend their parent's, post
 * dates), party organisation (RULES.md part A: branch sizes and committees, terms, secretaries,
 * who may hold an elected post), grids (part G: household coverage by central households, grid
 * sizes, grid workers, the 多网合一 team), self-government (part D: committee sizes, households
 * per residents' committee), double registration (双报到) and the Bean Validation layer of single
 * records. Each rule's texts are in this package's message bundle.
 */
package io.github.tongxin.governance.rules.check.hierarchy;
