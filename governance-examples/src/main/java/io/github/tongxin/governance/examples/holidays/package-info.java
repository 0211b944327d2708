/**
 * Example 6: a household's open facilities on a public holiday and a work order's working-day
 * deadline across the National Day break, on the holiday calendar.
 */
package io.github.tongxin.governance.examples.holidays;
