/**
 * Example 2: a month of whistle-blowing work orders (吹哨报到、接诉即办) on a district: a seeded
 * simulation of orders over its households, dispatched, escalated and called back through the
 * service engines, and the month's report: the three rates (响应率、解决率、满意率) per street,
 * the whistles blown, the overdue orders and the recurring problems (每月一题). Run
 * {@link io.github.tongxin.governance.examples.workorders.WorkOrderMonth}.
 */
package io.github.tongxin.governance.examples.workorders;
