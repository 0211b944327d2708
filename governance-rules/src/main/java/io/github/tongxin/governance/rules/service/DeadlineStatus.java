package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.service.WorkOrder;
import java.time.Duration;
import java.time.Instant;

/**
 * A work order's deadline at an instant (时限状态): the order, its deadline then, and the time
 * left (negative when overdue).
 *
 * @param order the work order
 * @param deadline the deadline in force at the instant
 * @param remaining the time from the instant to the deadline; negative when overdue
 */
public record DeadlineStatus(WorkOrder order, Instant deadline, Duration remaining) {

  /** Returns true when the deadline has passed. */
  public boolean isOverdue() {
    return remaining.isNegative();
  }
}
