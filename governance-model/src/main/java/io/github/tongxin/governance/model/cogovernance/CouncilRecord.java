package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The record of a consultation council sitting (议事会记录), e.g. a 小区议事厅 or 庭院议事会: a
 * consultative body, with no vote, whose record shows who took part, what was concluded and
 * what follows up.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCouncilRecord.class)
@JsonDeserialize(as = ImmutableCouncilRecord.class)
public abstract class CouncilRecord implements GovernanceRecord, WithCouncilRecord {

  @Override
  public abstract CouncilId id();

  /** Returns the kind of council. */
  public abstract CouncilKind kind();

  /** Returns the unit (estate, courtyard, building, community) the council serves. */
  public abstract UnitId unit();

  /** Returns the date. */
  public abstract LocalDate date();

  /** Returns the topic, e.g. {@code 停车位划分}. */
  public abstract String topic();

  /** Returns the participants. */
  public abstract List<CouncilParticipant> participants();

  /** Returns the conclusions reached; empty when none was recorded. */
  public abstract List<String> conclusions();

  /** Returns the follow-up actions. */
  public abstract List<FollowUp> followUps();

  /** Returns a builder. */
  public static CouncilRecord.Builder builder() {
    return new CouncilRecord.Builder();
  }

  /**
   * The builder of {@link CouncilRecord}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCouncilRecord.Builder {}
}
