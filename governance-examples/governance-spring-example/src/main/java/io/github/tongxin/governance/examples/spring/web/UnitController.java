package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.github.tongxin.governance.examples.spring.Hierarchy;
import io.github.tongxin.governance.examples.spring.store.StoredWorkOrder;
import io.github.tongxin.governance.examples.spring.store.WorkOrderStore;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hierarchy (层级): a unit, its children, its path to the root and the three rates of its
 * subtree, each asked of a unit within the caller's scope (a unit outside it is 403, an unknown
 * one 404). The path of a unit in scope names the units above it too: a grid worker may know
 * their community and street.
 */
@RestController
@RequestMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "units", description = "层级 the unit tree and the rates of a subtree")
public class UnitController {

  private final Hierarchy hierarchy;
  private final WorkOrderStore orders;
  private final RateCalculator rates;
  private final Clock clock;

  /**
   * Makes the controller; Spring calls it.
   *
   * @param hierarchy the hierarchy
   * @param orders the work orders
   * @param rates the rate calculator
   * @param clock the clock of the default period
   */
  public UnitController(Hierarchy hierarchy, WorkOrderStore orders, RateCalculator rates,
      Clock clock) {
    this.hierarchy = hierarchy;
    this.orders = orders;
    this.rates = rates;
    this.clock = clock;
  }

  /**
   * Returns a unit.
   *
   * @param id the unit's id
   * @param caller the caller
   * @return the unit
   */
  @GetMapping("/{id}")
  @Operation(summary = "A unit in the caller's scope")
  public UnitView unit(@PathVariable("id") String id, @AuthenticationPrincipal Caller caller) {
    return UnitView.of(Scopes.visibleUnit(hierarchy, caller, id));
  }

  /**
   * Returns a unit's children.
   *
   * @param id the unit's id
   * @param caller the caller
   * @return the children, in the dataset's order; empty for a leaf
   */
  @GetMapping("/{id}/children")
  @Operation(summary = "The children of a unit in the caller's scope")
  public List<UnitView> children(@PathVariable("id") String id,
      @AuthenticationPrincipal Caller caller) {
    Unit unit = Scopes.visibleUnit(hierarchy, caller, id);
    return hierarchy.children(unit.id()).stream().map(UnitView::of).toList();
  }

  /**
   * Returns the path from a unit in the caller's scope up to the root.
   *
   * @param id the unit's id
   * @param caller the caller
   * @return the unit first, the root last
   */
  @GetMapping("/{id}/path")
  @Operation(summary = "The path from a unit in the caller's scope up to the root")
  public List<UnitView> path(@PathVariable("id") String id,
      @AuthenticationPrincipal Caller caller) {
    Unit unit = Scopes.visibleUnit(hierarchy, caller, id);
    return hierarchy.pathToRoot(unit.id()).stream().map(UnitView::of).toList();
  }

  /**
   * Returns the three rates of a unit's subtree over the work orders in the database.
   *
   * @param id the unit's id
   * @param from the first day, in {@code tongxin.zone}; default the first day there is
   * @param to the day after the last, in {@code tongxin.zone}; default tomorrow
   * @param caller the caller
   * @return the rates
   */
  @GetMapping("/{id}/rates")
  @Operation(summary = "The three rates (响应率, 解决率, 满意率) of a unit's subtree")
  public RatesView rates(@PathVariable("id") String id,
      @Parameter(description = "first day, YYYY-MM-DD")
      @RequestParam(name = "from", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @Parameter(description = "day after the last, YYYY-MM-DD")
      @RequestParam(name = "to", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @AuthenticationPrincipal Caller caller) {
    Unit unit = Scopes.visibleUnit(hierarchy, caller, id);
    Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(clock.getZone()).toInstant();
    Instant end = (to == null ? LocalDate.now(clock).plusDays(1) : to)
        .atStartOfDay(clock.getZone()).toInstant();
    if (!start.isBefore(end)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "empty-period",
          "统计期为空：from 必须早于 to", "the period is empty: from must be before to");
    }
    ServiceRates r = rates.ratesOf(
        orders.findAll().stream().map(StoredWorkOrder::toWorkOrder).toList(),
        unit.id(), start, end);
    return new RatesView(unit.id().value(), start, end, r.orders(), r.response(),
        r.resolution(), r.satisfaction());
  }
}
