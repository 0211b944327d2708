package io.github.tongxin.governance.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tongxin.governance.model.id.Identifier;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.JsonNode;

/**
 * A record of a governance dataset: it has an identifier, keeps the custom data of its source
 * in {@link #extensions()}, and may know where it came from. Its kind is
 * {@code RecordType.of(record)} in the {@code dataset} package, derived from its class.
 */
public interface GovernanceRecord {

  /** Returns the record's identifier, unique among records of its type. */
  Identifier id();

  /**
   * Returns custom data that the model has no attribute for, by name; kept through every round
   * trip so that no data of the source is dropped. Empty when there is none. The values are JSON
   * trees: treat them as read-only. Left out of {@code toString}, since custom data may hold
   * personal information the model does not know of (个人信息保护法).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Redacted
  Map<String, JsonNode> extensions();

  /**
   * Returns where the record was read from; empty for records built in code. Not part of the
   * record's value: it takes no part in {@code equals}, {@code hashCode}, {@code toString} or
   * JSON.
   */
  @JsonIgnore
  @Value.Auxiliary
  Optional<Origin> origin();
}
