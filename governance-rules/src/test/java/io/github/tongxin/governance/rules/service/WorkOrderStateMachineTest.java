package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.model.service.WorkOrderEventType.CALLBACK;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.CLOSED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.CONTACTED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.DISPATCHED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.ESCALATED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.EXTENDED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.RECEIVED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.REPORTED_IN;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.RESOLVED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.TRANSFERRED;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.T0;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.service.HistoryProblem.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WorkOrderStateMachineTest {

  private static final OrganizationId DEPT = OrganizationId.of("gov.public-security");

  /** The expected table, written out independently of the implementation. */
  private static final Map<WorkOrderEventType, Set<WorkOrderEventType>> EXPECTED =
      new EnumMap<>(WorkOrderEventType.class);

  static {
    Set<WorkOrderEventType> handling =
        EnumSet.of(DISPATCHED, CONTACTED, REPORTED_IN, EXTENDED, ESCALATED, RESOLVED);
    EXPECTED.put(RECEIVED, EnumSet.of(DISPATCHED, TRANSFERRED, CONTACTED, RESOLVED));
    EXPECTED.put(TRANSFERRED, EnumSet.of(CALLBACK, CLOSED));
    EXPECTED.put(DISPATCHED, handling);
    EXPECTED.put(CONTACTED, handling);
    EXPECTED.put(REPORTED_IN, handling);
    EXPECTED.put(EXTENDED, handling);
    EXPECTED.put(ESCALATED, handling);
    EXPECTED.put(RESOLVED, EnumSet.of(CALLBACK, CLOSED));
    EXPECTED.put(CALLBACK, EnumSet.of(CALLBACK, CLOSED, DISPATCHED));
    EXPECTED.put(CLOSED, EnumSet.noneOf(WorkOrderEventType.class));
  }

  /** Returns a complete, well-formed event of a type at an instant. */
  private static WorkOrderEvent event(WorkOrderEventType type, Instant at) {
    switch (type) {
      case DISPATCHED:
        return WorkOrderEvent.dispatched(at, DEPT);
      case REPORTED_IN:
        return WorkOrderEvent.reportedIn(at, DEPT);
      case TRANSFERRED:
        return WorkOrderEvent.transferred(at, EmergencyLine.POLICE_110);
      case EXTENDED:
        return WorkOrderEvent.extended(at, at.plusSeconds(86_400 * 3), "需协调多部门");
      case CALLBACK:
        return WorkOrderEvent.callback(at, true, Satisfaction.SATISFIED);
      default:
        return WorkOrderEvent.of(type, at);
    }
  }

  /** A legal log ending in the state, one hour per event. */
  private static List<WorkOrderEvent> reaching(WorkOrderEventType state) {
    List<WorkOrderEventType> types = new ArrayList<>(List.of(RECEIVED));
    switch (state) {
      case RECEIVED:
        break;
      case TRANSFERRED:
        types.add(TRANSFERRED);
        break;
      case DISPATCHED:
        types.add(DISPATCHED);
        break;
      case RESOLVED:
      case CALLBACK:
      case CLOSED:
        types.add(DISPATCHED);
        types.add(RESOLVED);
        if (state != RESOLVED) {
          types.add(state);
        }
        break;
      default:
        types.add(DISPATCHED);
        types.add(state);
    }
    List<WorkOrderEvent> out = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      out.add(event(types.get(i), hours(i)));
    }
    return out;
  }

  @Test
  void everyPairOfEventTypesIsAllowedExactlyAsTheTableSays() {
    for (WorkOrderEventType from : WorkOrderEventType.values()) {
      for (WorkOrderEventType to : WorkOrderEventType.values()) {
        List<WorkOrderEvent> log = reaching(from);
        assertThat(WorkOrderStateMachine.problems(order("W", G1).addAllEvents(log).build()))
            .as("prefix for %s", from).isEmpty();
        log.add(event(to, hours(log.size())));
        WorkOrder o = order("W", G1).addAllEvents(log).build();
        boolean legal = EXPECTED.get(from).contains(to);
        assertThat(WorkOrderStateMachine.allows(from, to)).as("%s -> %s", from, to)
            .isEqualTo(legal);
        if (legal) {
          assertThat(WorkOrderStateMachine.problems(o)).as("%s -> %s", from, to).isEmpty();
        } else {
          assertThat(WorkOrderStateMachine.problems(o)).as("%s -> %s", from, to)
              .extracting(HistoryProblem::reason, HistoryProblem::eventIndex)
              .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.ILLEGAL_TRANSITION,
                  log.size() - 1));
        }
      }
      assertThat(WorkOrderStateMachine.successors(from)).isEqualTo(EXPECTED.get(from));
    }
  }

  @Test
  void logMustStartWithReceiptButMayBeEmpty() {
    assertThat(WorkOrderStateMachine.problems(order("W", G1).build())).isEmpty();
    assertThat(WorkOrderStateMachine.successors(null)).containsExactly(RECEIVED);
    for (WorkOrderEventType t : WorkOrderEventType.values()) {
      assertThat(WorkOrderStateMachine.allows(null, t)).isEqualTo(t == RECEIVED);
    }
    // wrong: the log starts with a dispatch
    WorkOrder o = order("W", G1, WorkOrderEvent.dispatched(hours(1), DEPT)).build();
    assertThat(WorkOrderStateMachine.problems(o))
        .containsExactly(new HistoryProblem(Reason.FIRST_NOT_RECEIVED, 0,
            "工单记录首个事件为“派单”，应为“受理”", "the log starts with DISPATCHED instead of RECEIVED"));
  }

  @Test
  void reportsTimeGoingBackAndReceiptBeforeRaising() {
    // wrong: received a minute before the call, and the dispatch is earlier than the receipt
    WorkOrder o = order("W", G1,
        WorkOrderEvent.of(RECEIVED, T0.minusSeconds(60)),
        WorkOrderEvent.dispatched(T0.minusSeconds(120), DEPT)).build();
    assertThat(WorkOrderStateMachine.problems(o))
        .extracting(HistoryProblem::reason, HistoryProblem::eventIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Reason.RECEIVED_BEFORE_RAISED, 0),
            org.assertj.core.groups.Tuple.tuple(Reason.TIME_WENT_BACK, 1));
    // equal times are fine
    assertThat(WorkOrderStateMachine.problems(order("W", G1, WorkOrderEvent.of(RECEIVED, T0),
        WorkOrderEvent.dispatched(T0, DEPT)).build())).isEmpty();
  }

  @Test
  void reportsEachIncompleteEvent() {
    WorkOrder o = order("W", G1,
        WorkOrderEvent.of(RECEIVED, hours(0)),
        WorkOrderEvent.of(DISPATCHED, hours(1)),   // no department
        WorkOrderEvent.of(REPORTED_IN, hours(2)),  // no department
        WorkOrderEvent.builder().type(EXTENDED).at(hours(3)).reason(" ").newDeadline(hours(99))
            .build(),                              // blank reason
        WorkOrderEvent.of(RESOLVED, hours(4)),
        WorkOrderEvent.of(CALLBACK, hours(5)))     // no answers
        .build();
    assertThat(WorkOrderStateMachine.problems(o)).extracting(HistoryProblem::reason)
        .containsExactly(Reason.MISSING_DEPARTMENT, Reason.MISSING_DEPARTMENT,
            Reason.EXTENSION_WITHOUT_DEADLINE_OR_REASON, Reason.CALLBACK_WITHOUT_ANSWER);
    // wrong: an emergency transferred without saying where
    WorkOrder t = order("T", G1, WorkOrderEvent.of(RECEIVED, hours(0)),
        WorkOrderEvent.of(TRANSFERRED, hours(0))).build();
    assertThat(WorkOrderStateMachine.problems(t)).extracting(HistoryProblem::reason)
        .containsExactly(Reason.MISSING_EMERGENCY_LINE);
    // a callback with only one answer is complete
    WorkOrder c = order("C", G1, WorkOrderEvent.of(RECEIVED, hours(0)),
        WorkOrderEvent.of(RESOLVED, hours(1)),
        WorkOrderEvent.builder().type(CALLBACK).at(hours(2)).resolved(false).build()).build();
    assertThat(WorkOrderStateMachine.problems(c)).isEmpty();
    assertThat(Reason.values()).extracting(Reason::ruleId).containsOnly(
        "service.work-order.illegal-transition", "service.work-order.time-reversal",
        "service.work-order.incomplete-event");
  }

  @Test
  void statusFollowsTheLastEventByThen() {
    WorkOrder o = order("W", G1).addAllEvents(reaching(CLOSED)).build();
    assertThat(WorkOrderStateMachine.status(o, T0.minusSeconds(1))).isEqualTo(WorkOrderStatus.PENDING);
    assertThat(WorkOrderStateMachine.status(o, hours(0))).isEqualTo(WorkOrderStatus.RECEIVED);
    assertThat(WorkOrderStateMachine.status(o, hours(1))).isEqualTo(WorkOrderStatus.IN_PROGRESS);
    assertThat(WorkOrderStateMachine.status(o, hours(2))).isEqualTo(WorkOrderStatus.RESOLVED);
    assertThat(WorkOrderStateMachine.status(o, hours(3))).isEqualTo(WorkOrderStatus.CLOSED);
    WorkOrder cb = order("W", G1).addAllEvents(reaching(CALLBACK)).build();
    assertThat(WorkOrderStateMachine.status(cb, hours(9))).isEqualTo(WorkOrderStatus.CALLED_BACK);
    WorkOrder tr = order("W", G1).addAllEvents(reaching(TRANSFERRED)).build();
    assertThat(WorkOrderStateMachine.status(tr, hours(9))).isEqualTo(WorkOrderStatus.TRANSFERRED);
    assertThat(WorkOrderStatus.values()).filteredOn(WorkOrderStatus::isOpen).containsExactly(
        WorkOrderStatus.PENDING, WorkOrderStatus.RECEIVED, WorkOrderStatus.IN_PROGRESS);
  }

  @Test
  void randomWalksOverAllowedSuccessorsAreLegalAndOneBadStepIsFound() {
    SplittableRandom random = new SplittableRandom(20260302L);
    for (int run = 0; run < 500; run++) {
      List<WorkOrderEvent> log = new ArrayList<>();
      WorkOrderEventType state = null;
      Instant at = T0;
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        List<WorkOrderEventType> next = new ArrayList<>(WorkOrderStateMachine.successors(state));
        if (next.isEmpty()) {
          break;
        }
        state = next.get(random.nextInt(next.size()));
        at = at.plusSeconds(random.nextInt(7200));
        log.add(event(state, at));
      }
      WorkOrder o = order("R" + run, G1).addAllEvents(log).build();
      assertThat(WorkOrderStateMachine.problems(o)).as("run %s: %s", run, log).isEmpty();
      // wrong: the last event moved before the one before it
      if (log.size() >= 2) {
        WorkOrderEvent last = log.get(log.size() - 1);
        WorkOrderEvent before = log.get(log.size() - 2);
        log.set(log.size() - 1, ((io.github.tongxin.governance.model.service.WorkOrderEvent)
            last).withAt(before.at().minusSeconds(1)));
        assertThat(WorkOrderStateMachine.problems(order("R", G1).addAllEvents(log).build()))
            .extracting(HistoryProblem::reason).containsExactly(Reason.TIME_WENT_BACK);
      }
    }
  }
}
