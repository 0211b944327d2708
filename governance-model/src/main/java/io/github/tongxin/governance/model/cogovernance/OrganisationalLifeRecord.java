package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A record of a party branch's organisational life (组织生活记录): one member assembly,
 * committee meeting, party group meeting, party lecture or thematic party day (三会一课,
 * 主题党日), with date and attendance.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisationalLifeRecord.class)
@JsonDeserialize(as = ImmutableOrganisationalLifeRecord.class)
public abstract class OrganisationalLifeRecord implements GovernanceRecord, WithOrganisationalLifeRecord {

  @Override
  public abstract OrganisationalLifeId id();

  /** Returns the unit whose branch held it. */
  public abstract UnitId branch();

  /** Returns the kind. */
  public abstract OrganisationalLifeKind kind();

  /** Returns the date. */
  public abstract LocalDate date();

  /** Returns the party group, for a group meeting (B3 applies to each group). */
  public abstract Optional<String> partyGroup();

  /** Returns the attendees by person, when listed. */
  public abstract Set<PersonId> attendees();

  /** Returns the number of attendees when they are not listed by person. */
  public abstract Optional<Integer> attendeeCount();

  /** Returns the size of the branch committee, for a committee meeting (B2 quorum). */
  public abstract Optional<Integer> committeeSize();

  /** Returns the topic, when recorded. */
  public abstract Optional<String> topic();

  /** Returns the number present: {@link #attendeeCount()} if given, else the listed attendees. */
  public final int attendance() {
    return attendeeCount().orElse(attendees().size());
  }

  @Value.Check
  void check() {
    if (attendeeCount().isPresent() && attendeeCount().get() < 0) {
      throw new IllegalStateException("record " + id() + " has a negative attendee count");
    }
    if (committeeSize().isPresent() && committeeSize().get() < 0) {
      throw new IllegalStateException("record " + id() + " has a negative committee size");
    }
  }

  /** Returns a builder. */
  public static OrganisationalLifeRecord.Builder builder() {
    return new OrganisationalLifeRecord.Builder();
  }

  /**
   * The builder of {@link OrganisationalLifeRecord}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableOrganisationalLifeRecord.Builder {}
}
