package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A registered volunteer (志愿者): a person, the group they come from, the organisation they come
 * through, the unit they are registered with and their skills.
 *
 * <p>Structurally only a member of a new employment group has a {@link #trade()}; building a
 * volunteer of another group with a trade fails with {@link IllegalStateException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVolunteer.class)
@JsonDeserialize(as = ImmutableVolunteer.class)
public abstract class Volunteer implements GovernanceRecord, WithVolunteer {

  @Override
  public abstract VolunteerId id();

  /** Returns the person who volunteers. */
  public abstract PersonId personId();

  /** Returns the group the volunteer comes from. */
  public abstract VolunteerGroup group();

  /** Returns the trade of a member of a new employment group, when recorded. */
  public abstract Optional<Trade> trade();

  /**
   * Returns the organisation the volunteer comes through: the employer, the social organisation,
   * the delivery platform's station, the organ of an in-service member; empty when none.
   */
  public abstract Optional<OrganizationId> organizationId();

  /** Returns the unit the volunteer is registered with, normally a community or a grid. */
  public abstract UnitId unitId();

  /** Returns the skills, free text such as {@code 理发} or {@code 电工}, in the order recorded. */
  public abstract List<@NotBlank @Size(max = 100) String> skills();

  /** Returns the day the volunteer registered, when recorded. */
  public abstract Optional<@PastOrPresent LocalDate> registeredOn();

  /** Returns true when the volunteer comes from a new group ({@link VolunteerGroup#isNewGroup()}). */
  public final boolean fromNewGroup() {
    return group().isNewGroup();
  }

  /** Checks that only a member of a new employment group has a trade. */
  @Value.Check
  protected void check() {
    if (trade().isPresent() && group() != VolunteerGroup.NEW_EMPLOYMENT_GROUP) {
      throw new IllegalStateException("volunteer " + id() + ": only a member of a new employment"
          + " group has a trade, not a volunteer of group " + group());
    }
  }

  /**
   * Returns a volunteer with the required attributes only.
   *
   * @param id the id
   * @param personId the person
   * @param group the group
   * @param unitId the unit registered with
   * @return the volunteer
   */
  public static Volunteer of(VolunteerId id, PersonId personId, VolunteerGroup group,
      UnitId unitId) {
    return builder().id(id).personId(personId).group(group).unitId(unitId)
        .build();
  }

  /** Returns a builder. */
  public static Volunteer.Builder builder() {
    return new Volunteer.Builder();
  }

  /**
   * The builder of {@link Volunteer}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableVolunteer.Builder {}
}
