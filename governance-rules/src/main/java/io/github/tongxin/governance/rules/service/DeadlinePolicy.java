package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.check.service.OverdueRule;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a work order's deadline (办理时限) is set: by the order itself, by the catalog, or by the
 * RULES.md F3 defaults, each a {@link TimeLimit} in hours, calendar days or working days counted
 * on a {@link HolidayCalendar} in a zone (Asia/Shanghai unless set).
 *
 * <ol>
 *   <li>An order's own {@link WorkOrder#deadline()}, set by the government-services department
 *       (北京市接诉即办工作条例 Art. 13), wins.
 *   <li>Otherwise an {@link Urgency#ORDINARY ordinary} order naming a catalog item with a
 *       default deadline gets that item's limit ({@link TimeLimit#of(ServiceItem)}: elapsed, or
 *       working days with the item's cut-off time).
 *   <li>Otherwise the F3 default of its urgency: emergency 2 hours; water, power, gas, heating
 *       24 hours; ordinary 7 days; complex 15 days. F3 is commonly stated practice without a
 *       found source [U]: a locality sets its own through the parameters, and with {@link
 *       #WORKING_DAYS} counts the ordinary and complex days as working days ending at {@link
 *       #WORKING_DAY_CUT_OFF} (e.g. 17:30 of the fifth working day), on the bundled calendar laid
 *       over by its own file ({@link #HOLIDAYS}), in {@link #ZONE}.
 *   <li>An extension (延期, Art. 15) replaces the deadline from the moment it is recorded: the
 *       deadline at an instant is the new deadline of the last extension at or before it.
 * </ol>
 *
 * <p>A working-day deadline that runs into a year the calendar does not know is unknown: the
 * methods answer empty, never a guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlinePolicy {

  /** F3: hours allowed for an emergency; default 2 [U]. */
  public static final Parameter<Integer> EMERGENCY_HOURS = Parameter.ofInt("emergencyHours", 2);
  /** F3: hours allowed for water, power, gas or heating; default 24 [U]. */
  public static final Parameter<Integer> UTILITY_HOURS = Parameter.ofInt("utilityHours", 24);
  /** F3: days allowed for an ordinary matter; default 7 [U]. */
  public static final Parameter<Integer> ORDINARY_DAYS = Parameter.ofInt("ordinaryDays", 7);
  /** F3: days allowed for a complex matter; default 15 [U]. */
  public static final Parameter<Integer> COMPLEX_DAYS = Parameter.ofInt("complexDays", 15);
  /** Whether the ordinary and complex days are working days; default false (calendar days). */
  public static final Parameter<Boolean> WORKING_DAYS = Parameter.ofBoolean("workingDays", false);
  /** The time of day a working-day deadline ends, {@code HH:mm}; default 24:00 (the day's end). */
  public static final Parameter<String> WORKING_DAY_CUT_OFF =
      Parameter.ofString("workingDayCutOff", "24:00");
  /** A locality's holiday calendar file laid over the bundled one; default none. */
  public static final Parameter<String> HOLIDAYS = Parameter.ofString("holidays", "");
  /** The zone in which days and cut-off times are counted; default Asia/Shanghai. */
  public static final Parameter<String> ZONE =
      Parameter.ofString("zone", ServiceCatalog.ZONE.getId());

  /**
   * The F3 parameters and how their days are counted, in order. What each is, in Chinese and
   * English, is said by the descriptor of the rule that declares them ({@link OverdueRule}).
   */
  public static final List<Parameter<?>> PARAMETERS = List.of(EMERGENCY_HOURS, UTILITY_HOURS,
      ORDINARY_DAYS, COMPLEX_DAYS, WORKING_DAYS, WORKING_DAY_CUT_OFF, HOLIDAYS, ZONE);

  private final ServiceCatalog catalog;
  private final Map<Urgency, TimeLimit> limits;
  private final HolidayCalendar calendar;
  private final ZoneId zone;

  private DeadlinePolicy(ServiceCatalog catalog, Map<Urgency, TimeLimit> limits,
      HolidayCalendar calendar, ZoneId zone) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.limits = Map.copyOf(limits);
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns the policy with the F3 national defaults (elapsed time), the given catalog, the
   * {@link HolidayCalendar#bundled() bundled calendar} and Asia/Shanghai.
   *
   * @param catalog the catalog whose items' deadlines apply, e.g. {@link ServiceCatalog#defaultCatalog()}
   * @return the policy
   */
  public static DeadlinePolicy defaults(ServiceCatalog catalog) {
    return of(catalog, EMERGENCY_HOURS.defaultValue(), UTILITY_HOURS.defaultValue(),
        ORDINARY_DAYS.defaultValue(), COMPLEX_DAYS.defaultValue());
  }

  /**
   * Returns a policy with a locality's own defaults in elapsed time, on the bundled calendar in
   * Asia/Shanghai.
   *
   * @param catalog the catalog
   * @param emergencyHours hours for an emergency, positive
   * @param utilityHours hours for water, power, gas or heating, positive
   * @param ordinaryDays days for an ordinary matter, positive
   * @param complexDays days for a complex matter, positive
   * @return the policy
   * @throws IllegalArgumentException when a duration is not positive
   */
  public static DeadlinePolicy of(ServiceCatalog catalog, int emergencyHours, int utilityHours,
      int ordinaryDays, int complexDays) {
    return of(catalog, TimeLimit.hours(emergencyHours), TimeLimit.hours(utilityHours),
        TimeLimit.calendarDays(ordinaryDays), TimeLimit.calendarDays(complexDays),
        HolidayCalendar.bundled(), ServiceCatalog.ZONE);
  }

  /**
   * Returns a policy with a time limit per urgency, a calendar and a zone.
   *
   * @param catalog the catalog
   * @param emergency the limit for an emergency
   * @param utility the limit for water, power, gas or heating
   * @param ordinary the limit for an ordinary matter
   * @param complex the limit for a complex matter
   * @param calendar the holiday calendar on which working days are counted
   * @param zone the zone in which days and cut-off times are counted
   * @return the policy
   */
  public static DeadlinePolicy of(ServiceCatalog catalog, TimeLimit emergency, TimeLimit utility,
      TimeLimit ordinary, TimeLimit complex, HolidayCalendar calendar, ZoneId zone) {
    return new DeadlinePolicy(catalog, Map.of(Urgency.EMERGENCY, emergency, Urgency.UTILITY,
        utility, Urgency.ORDINARY, ordinary, Urgency.COMPLEX, complex), calendar, zone);
  }

  /**
   * Returns the policy configured for a rule that declares {@link #PARAMETERS}, with the
   * dataset's catalog ({@link ServiceData#catalog}).
   *
   * @param context the running rule's context
   * @return the policy
   * @throws IllegalArgumentException when a configured value cannot be used (a cut-off that is
   *     not {@code HH:mm}, a zone that does not exist, a calendar file that is malformed), saying
   *     which and why
   * @throws java.io.UncheckedIOException when the configured calendar file cannot be read
   */
  public static DeadlinePolicy from(RuleContext context) {
    boolean working = context.parameter(WORKING_DAYS);
    String cut = context.parameter(WORKING_DAY_CUT_OFF).strip();
    Optional<LocalTime> cutOff;
    try {
      cutOff = cut.equals("24:00") || cut.isEmpty() ? Optional.empty()
          : Optional.of(LocalTime.parse(cut));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(WORKING_DAY_CUT_OFF.name() + " must be HH:mm (or 24:00), "
          + "not \"" + cut + "\"", e);
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(context.parameter(ZONE));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(ZONE.name() + ": " + e.getMessage(), e);
    }
    String file = context.parameter(HOLIDAYS).strip();
    HolidayCalendar calendar = file.isEmpty() ? HolidayCalendar.bundled()
        : HolidayCalendar.bundled().overriddenBy(HolidayCalendar.read(Path.of(file)));
    int ordinary = context.parameter(ORDINARY_DAYS);
    int complex = context.parameter(COMPLEX_DAYS);
    return of(ServiceData.catalog(context.dataset()),
        TimeLimit.hours(context.parameter(EMERGENCY_HOURS)),
        TimeLimit.hours(context.parameter(UTILITY_HOURS)),
        working ? new TimeLimit(TimeLimit.Unit.WORKING_DAYS, ordinary, cutOff)
            : TimeLimit.calendarDays(ordinary),
        working ? new TimeLimit(TimeLimit.Unit.WORKING_DAYS, complex, cutOff)
            : TimeLimit.calendarDays(complex),
        calendar, zone);
  }

  /** Returns the catalog whose item deadlines apply. */
  public ServiceCatalog catalog() {
    return catalog;
  }

  /** Returns the holiday calendar on which working days are counted. */
  public HolidayCalendar calendar() {
    return calendar;
  }

  /** Returns the zone in which days and cut-off times are counted. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the default time allowed for an urgency (F3).
   *
   * @param urgency the urgency
   * @return the time limit
   */
  public TimeLimit allowed(Urgency urgency) {
    return limits.get(urgency);
  }

  /**
   * Returns the limit that sets an order's original deadline when the order sets none itself:
   * its catalog item's for an ordinary order, else its urgency's.
   *
   * @param order the work order
   * @return the limit
   */
  public TimeLimit limit(WorkOrder order) {
    if (order.urgency() == Urgency.ORDINARY && order.serviceItemId().isPresent()) {
      Optional<TimeLimit> item = catalog.item(order.serviceItemId().get()).flatMap(TimeLimit::of);
      if (item.isPresent()) {
        return item.get();
      }
    }
    return allowed(order.urgency());
  }

  /**
   * Returns the deadline first set for the order, before any extension.
   *
   * @param order the work order
   * @return the original deadline; empty when it is counted in working days that run into a year
   *     the calendar does not know
   */
  public Optional<Instant> originalDeadline(WorkOrder order) {
    if (order.deadline().isPresent()) {
      return order.deadline();
    }
    return limit(order).deadline(order.raisedAt(), calendar, zone);
  }

  /**
   * Returns the deadline in force at an instant: the new deadline of the last extension recorded
   * at or before it, else the original deadline.
   *
   * @param order the work order
   * @param at the instant
   * @return the deadline; empty when it is the original deadline and that is unknown
   */
  public Optional<Instant> deadlineAt(WorkOrder order, Instant at) {
    Optional<Instant> deadline = Optional.empty();
    for (WorkOrderEvent e : order.events()) {
      if (e.type() == WorkOrderEventType.EXTENDED && !e.at().isAfter(at)
          && e.newDeadline().isPresent()) {
        deadline = e.newDeadline();
      }
    }
    return deadline.isPresent() ? deadline : originalDeadline(order);
  }

  /**
   * Returns the final deadline, after every extension in the log.
   *
   * @param order the work order
   * @return the deadline; empty when unknown, as for {@link #deadlineAt}
   */
  public Optional<Instant> deadline(WorkOrder order) {
    return deadlineAt(order, Instant.MAX);
  }
}
