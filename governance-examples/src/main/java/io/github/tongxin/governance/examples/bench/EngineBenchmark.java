package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.cogovernance.DecisionRules;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4 engines (引擎吞吐): decision rules counting votes, and work-order events through the state
 * machine and the three rates. Every score is per vote or per event (operations per invocation
 * are the votes or events of the batch). Target (issue 8): at least 1 million votes or events
 * per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class EngineBenchmark {

  /** Voters of the benchmark meetings, each casting one ballot. */
  public static final int VOTERS = 100;
  /** Work orders of the event batch. */
  public static final int ORDERS = 1024;
  /** Events of each work order. */
  public static final int EVENTS_PER_ORDER = 8;

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private Meeting assembly;
  private Meeting residents;
  private List<WorkOrder> orders;
  private RateCalculator rates;

  /** Builds the meetings and the work orders. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(4);
    assembly = meeting(DecisionBody.PARTY_MEMBER_ASSEMBLY, random, true);
    residents = meeting(DecisionBody.RESIDENTS_MEETING, random, false);
    List<Unit> units = List.of(Unit.of(UnitId.of("S"), UnitKind.STREET, "街道", null),
        Unit.of(UnitId.of("C"), UnitKind.COMMUNITY, "社区", UnitId.of("S")),
        Unit.of(UnitId.of("G1"), UnitKind.GRID, "一网格", UnitId.of("C")),
        Unit.of(UnitId.of("G2"), UnitKind.GRID, "二网格", UnitId.of("C")));
    orders = new ArrayList<>();
    OrganizationId department = OrganizationId.of("gov.urban-management");
    for (int i = 0; i < ORDERS; i++) {
      Instant t = T0.plusSeconds(i * 600L);
      orders.add(WorkOrder.builder().id(WorkOrderId.of("W" + i)).channel(Channel.HOTLINE_12345)
          .categoryId(ServiceCategoryId.of("noise")).locationUnitId(UnitId.of("G" + (1 + i % 2)))
          .raisedAt(t)
          .addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, t.plusSeconds(60)),
              WorkOrderEvent.dispatched(t.plusSeconds(600), department),
              WorkOrderEvent.of(WorkOrderEventType.CONTACTED, t.plusSeconds(3600)),
              WorkOrderEvent.reportedIn(t.plusSeconds(7200), department),
              WorkOrderEvent.extended(t.plusSeconds(9000), t.plusSeconds(86_400 * 14), "协调"),
              WorkOrderEvent.of(WorkOrderEventType.RESOLVED,
                  t.plusSeconds(3600L * (2 + random.nextInt(300)))),
              WorkOrderEvent.callback(t.plusSeconds(86_400 * 15), random.nextInt(10) > 0,
                  Satisfaction.values()[random.nextInt(3)]),
              WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plusSeconds(86_400 * 16)))
          .build());
    }
    rates = new RateCalculator(
        HierarchyIndex.of(GovernanceDataset.builder().addAllUnits(units).build()),
        DeadlinePolicy.defaults(ServiceCatalog.defaultCatalog()));
  }

  private static Meeting meeting(DecisionBody body, Random random, boolean party) {
    Meeting.Builder m = Meeting.builder().id(MeetingId.of("m-" + body))
        .body(body).date(LocalDate.of(2026, 6, 15)).unit(UnitId.of("C"));
    MeetingItem.Builder item = MeetingItem.builder().key("1").title("议题");
    for (int i = 0; i < VOTERS; i++) {
      VoterId v = VoterId.of("v" + i);
      RosterEntry.Builder r = RosterEntry.builder().voter(v).household("h" + (i / 2))
          .birthDate(LocalDate.of(1970, 1, 1));
      if (party) {
        r.partyStatus(i % 10 == 0 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL);
      }
      m.addRoster(r.build());
      m.addPresent(v);
      item.addBallots(Ballot.of(v, random.nextInt(4) == 0 ? Vote.NO : Vote.YES));
    }
    return m.addItems(item.build()).build();
  }

  /**
   * Party member assembly (RULES.md B6) on a 100-member roster, every member voting.
   *
   * @return whether the item passed
   */
  @Benchmark
  @OperationsPerInvocation(VOTERS)
  public boolean partyAssemblyVotes() {
    return DecisionRules.PARTY_MEMBER_ASSEMBLY.evaluate(assembly).passed();
  }

  /**
   * Residents' meeting (RULES.md D6) on a 100-resident roster, every resident voting.
   *
   * @return whether the item passed
   */
  @Benchmark
  @OperationsPerInvocation(VOTERS)
  public boolean residentsMeetingVotes() {
    return DecisionRules.RESIDENTS_MEETING.evaluate(residents).passed();
  }

  /**
   * Every event of 1,024 eight-event orders through the state machine's legality check.
   *
   * @return the number of problems (0)
   */
  @Benchmark
  @OperationsPerInvocation(ORDERS * EVENTS_PER_ORDER)
  public int stateMachineEvents() {
    int problems = 0;
    for (WorkOrder o : orders) {
      problems += WorkOrderStateMachine.problems(o).size();
    }
    return problems;
  }

  /**
   * The three rates (response, resolution, satisfaction) of the same orders, per event.
   *
   * @return the number of units with rates
   */
  @Benchmark
  @OperationsPerInvocation(ORDERS * EVENTS_PER_ORDER)
  public int rateEvents() {
    return rates.rates(orders, T0, T0.plusSeconds(86_400L * 365)).size();
  }
}
