package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The record of a matter taken through a decision procedure (议事程序记录), e.g. a 四议两公开
 * matter or an owners' decision on installing a lift: the stages in the order recorded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureRecord.class)
@JsonDeserialize(as = ImmutableProcedureRecord.class)
public abstract class ProcedureRecord implements GovernanceRecord, WithProcedureRecord {

  @Override
  public abstract MatterId id();

  /** Returns the id of the procedure followed, e.g. {@code cogovernance.procedure.four-deliberations}. */
  public abstract String procedure();

  /** Returns the matter's title, e.g. {@code 村道硬化}. */
  public abstract String title();

  /** Returns the unit (village, community, estate) the matter belongs to. */
  public abstract UnitId unit();

  /** Returns the stage records, in the order recorded. */
  public abstract List<StageRecord> stages();

  /** Returns a builder. */
  public static ProcedureRecord.Builder builder() {
    return new ProcedureRecord.Builder();
  }

  /**
   * The builder of {@link ProcedureRecord}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableProcedureRecord.Builder {}
}
