package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of a new work order (新工单). Its constraints are checked by Bean Validation before
 * the controller runs, and the work order built from it is checked against Tongxin's own
 * constraints on {@code WorkOrder}.
 *
 * @param location the unit where the matter is, in the caller's scope
 * @param category the service category, one the catalog knows, e.g. {@code public-order}
 * @param serviceItem the catalog item, of that category, or null
 * @param channel how it came in
 * @param urgency its urgency; null for ordinary
 * @param description what the matter is, or null
 * @param raisedAt when it was raised; null for now
 */
public record NewWorkOrder(
    @NotBlank String location,
    @NotBlank String category,
    String serviceItem,
    @NotNull Channel channel,
    Urgency urgency,
    @Size(max = 4000) String description,
    Instant raisedAt) {}
