package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.service.WorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Overdue (超期) and nearly-due (临期) work orders at an instant, under a {@link DeadlinePolicy}.
 * Only orders still open at the instant count ({@link WorkOrderStatus#isOpen()}): pending,
 * received or in progress. Results are sorted by deadline, then by order id. An order whose
 * deadline is unknown ({@link DeadlinePolicy#deadlineAt}) is listed by {@link #unknown} only.
 */
public final class Deadlines {

  private final DeadlinePolicy policy;

  /**
   * Returns the engine for a policy.
   *
   * @param policy the deadline policy
   */
  public Deadlines(DeadlinePolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Returns the open orders whose deadline passed before the instant.
   *
   * @param orders the orders, possibly empty
   * @param at the instant
   * @return the overdue orders, most overdue first; empty when none
   */
  public List<DeadlineStatus> overdue(Collection<WorkOrder> orders, Instant at) {
    return open(orders, at).stream().filter(DeadlineStatus::isOverdue).toList();
  }

  /**
   * Returns the open orders not yet overdue whose deadline falls within the window after the
   * instant (inclusive).
   *
   * @param orders the orders, possibly empty
   * @param at the instant
   * @param window how far ahead to look, not negative
   * @return the nearly-due orders, soonest first; empty when none
   */
  public List<DeadlineStatus> nearlyDue(Collection<WorkOrder> orders, Instant at, Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative: " + window);
    }
    return open(orders, at).stream()
        .filter(s -> !s.isOverdue() && s.remaining().compareTo(window) <= 0)
        .toList();
  }

  /**
   * Returns the open orders whose deadline at the instant cannot be known: counted in working
   * days that run into a year the holiday calendar does not know. They are neither overdue nor
   * nearly due, and a rule says so rather than guess.
   *
   * @param orders the orders, possibly empty
   * @param at the instant
   * @return the orders, by id; empty when none
   */
  public List<WorkOrder> unknown(Collection<WorkOrder> orders, Instant at) {
    return openAt(orders, at).filter(o -> policy.deadlineAt(o, at).isEmpty())
        .sorted(Comparator.comparing(WorkOrder::id)).toList();
  }

  private static Stream<WorkOrder> openAt(Collection<WorkOrder> orders, Instant at) {
    return orders.stream()
        .filter(o -> !o.raisedAt().isAfter(at) && WorkOrderStateMachine.status(o, at).isOpen());
  }

  private List<DeadlineStatus> open(Collection<WorkOrder> orders, Instant at) {
    return openAt(orders, at)
        .flatMap(o -> policy.deadlineAt(o, at).stream()
            .map(deadline -> new DeadlineStatus(o, deadline, Duration.between(at, deadline))))
        .sorted(Comparator.comparing(DeadlineStatus::deadline)
            .thenComparing(s -> s.order().id()))
        .toList();
  }
}
