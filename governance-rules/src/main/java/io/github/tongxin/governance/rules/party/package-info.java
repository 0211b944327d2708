/**
 * Party organisation rules (RULES.md part A): branch sizes and committees, terms, general
 * branches and committees by member count, secretaries, and who may hold an elected post.
 */
package io.github.tongxin.governance.rules.party;
