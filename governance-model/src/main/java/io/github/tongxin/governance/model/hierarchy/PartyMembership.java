package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A party membership (党员): a person's membership in the branch set up at a unit, full or
 * probationary, possibly in service elsewhere (在职党员) or with rights suspended (留党察看).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyMembership.class)
@JsonDeserialize(as = ImmutablePartyMembership.class)
public abstract class PartyMembership implements GovernanceRecord, WithPartyMembership {

  @Override
  public abstract MembershipId id();

  /** Returns the member. */
  public abstract PersonId personId();

  /** Returns the unit whose party organisation (normally a branch) the member belongs to. */
  public abstract UnitId branchId();

  /** Returns whether the member is full or probationary. */
  public abstract MembershipStatus status();

  /** Returns the date the person joined the party, when recorded. */
  public abstract Optional<@PastOrPresent LocalDate> joinedOn();

  /** Returns true for an in-service member (在职党员), employed by an organisation. */
  @Value.Default
  public boolean inService() {
    return false;
  }

  /** Returns the employer of an in-service member, when recorded. */
  public abstract Optional<OrganizationId> employerId();

  /** Returns true while the member is under 留党察看, without a vote (党章 Art. 7). */
  @Value.Default
  public boolean rightsSuspended() {
    return false;
  }

  /** Returns true when the member may vote, elect and be elected: full and not suspended. */
  public final boolean hasVote() {
    return status() == MembershipStatus.FULL && !rightsSuspended();
  }

  /** Returns a builder. */
  public static PartyMembership.Builder builder() {
    return new PartyMembership.Builder();
  }

  /**
   * The builder of {@link PartyMembership}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutablePartyMembership.Builder {}
}
