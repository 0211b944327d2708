package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.service.WorkOrder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

/**
 * Example 2: a month of whistle-blowing work orders (吹哨报到) on a district and its three-rate
 * table per street.
 *
 * <p>Three steps, each one call: simulate the month ({@link WorkOrderSimulation}, seeded);
 * compute the report ({@link WorkOrderMonthReport}: rates, whistles, overdue orders, 每月一题,
 * recurring complaints); print it. With real data, skip the first step and pass the
 * dataset's own {@code workOrders()}.
 *
 * <p>{@link #main} runs it on the whole sample district (all eight streets of Xunyang,
 * {@link XunyangSample#generate(long, java.util.Collection)}; generating it takes some seconds):
 * {@value #ORDERS} orders in {@link #MONTH}, seed {@value #SEED}.
 */
public final class WorkOrderMonth {

  /** The month simulated: the sample district's last month ({@link XunyangSample#AS_OF}). */
  public static final YearMonth MONTH = YearMonth.from(XunyangSample.AS_OF);

  /** How many orders are simulated. */
  public static final int ORDERS = 10_000;

  /** The seed of the simulation. */
  public static final long SEED = 20260301L;

  private WorkOrderMonth() {}

  /**
   * Simulates a month on a district and prints its report.
   *
   * @param district the district
   * @param month the month
   * @param count how many orders
   * @param seed the seed
   * @param out where to print
   * @return the report printed
   */
  public static WorkOrderMonthReport run(GovernanceDataset district, YearMonth month, int count,
      long seed, PrintStream out) {
    List<WorkOrder> orders = new WorkOrderSimulation(district).month(month, count, seed);
    WorkOrderMonthReport report = WorkOrderMonthReport.of(district, orders, month);
    report.print(out, 10);
    return report;
  }

  /**
   * Runs the example on the whole sample district and prints to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    GovernanceDataset district =
        XunyangSample.generate(XunyangSample.DEFAULT_SEED, XunyangSample.ALL_STREETS);
    run(district, MONTH, ORDERS, SEED, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}
