package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders (工单): created in the caller's scope, read, and moved by their next event.
 */
@RestController
@RequestMapping(path = "/api/work-orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "work-orders", description = "接诉即办 work orders and their events")
public class WorkOrderController {

  private final WorkOrders workOrders;

  /**
   * Makes the controller; Spring calls it.
   *
   * @param workOrders the service line
   */
  public WorkOrderController(WorkOrders workOrders) {
    this.workOrders = workOrders;
  }

  /**
   * Creates a work order.
   *
   * @param body the order
   * @param caller the caller
   * @return 201 with the order and its {@code Location}
   */
  @PostMapping
  @Operation(summary = "Create a work order at a unit in the caller's scope")
  public ResponseEntity<WorkOrderView> create(@Valid @RequestBody NewWorkOrder body,
      @AuthenticationPrincipal Caller caller) {
    WorkOrderView view = workOrders.create(body, caller);
    return ResponseEntity.created(URI.create("/api/work-orders/" + view.id())).body(view);
  }

  /**
   * Returns a work order.
   *
   * @param id the order's id
   * @param caller the caller
   * @return the order, judged now
   */
  @GetMapping("/{id}")
  @Operation(summary = "A work order in the caller's scope, with its status and deadline now")
  public WorkOrderView get(@PathVariable("id") String id,
      @AuthenticationPrincipal Caller caller) {
    return workOrders.get(id, caller);
  }

  /**
   * Adds the next event to a work order.
   *
   * @param id the order's id
   * @param body the event
   * @param caller the caller
   * @return the order with the event; 409 with the finding when the event may not follow
   */
  @PostMapping("/{id}/events")
  @Operation(summary = "Move a work order by its next event",
      description = "409 with the state machine's finding when the event may not follow the log.")
  public WorkOrderView addEvent(@PathVariable("id") String id, @Valid @RequestBody NewEvent body,
      @AuthenticationPrincipal Caller caller) {
    return workOrders.addEvent(id, body, caller);
  }
}
