/**
 * Self-government rules (RULES.md part D): the size of residents' and villagers' committees and
 * the households a residents' committee serves.
 */
package io.github.tongxin.governance.rules.selfgovernment;
