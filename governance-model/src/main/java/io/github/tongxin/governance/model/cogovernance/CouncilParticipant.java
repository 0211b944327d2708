package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A participant in a consultation council (议事参与人) and the group they speak for. */
@Value.Immutable
@JsonSerialize(as = ImmutableCouncilParticipant.class)
@JsonDeserialize(as = ImmutableCouncilParticipant.class)
public abstract class CouncilParticipant implements WithCouncilParticipant {

  /** Returns the stakeholder group. */
  public abstract StakeholderGroup group();

  /** Returns the name, when recorded. */
  public abstract Optional<String> name();

  /** Returns the person, when known. */
  public abstract Optional<PersonId> person();

  /** Returns the organisation represented, e.g. the property company, when known. */
  public abstract Optional<OrganizationId> organization();

  /**
   * Returns a participant known by group and name.
   *
   * @param group the group
   * @param name the name
   * @return the participant
   */
  public static CouncilParticipant of(StakeholderGroup group, String name) {
    return builder().group(group).name(name).build();
  }

  /**
   * Returns a new, empty builder of {@link CouncilParticipant}.
   *
   * @return an empty builder
   */
  public static CouncilParticipant.Builder builder() {
    return new CouncilParticipant.Builder();
  }

  /**
   * The builder of {@link CouncilParticipant}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCouncilParticipant.Builder {}
}
