/**
 * Grid rules (RULES.md part G and DOMAIN.md §1-2): coverage of households by party-member
 * central households, grid sizes, full-time grid workers and the six roles of a 多网合一 team.
 */
package io.github.tongxin.governance.rules.grid;
