package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.id.PersonId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An entry of a meeting roster (会议名册条目): one voter with the attributes that decide
 * eligibility and weight.
 *
 * <p>For owners' joint decisions (RULES.md E4) the roster has one entry per exclusive unit
 * (专有部分) as on the property register, with {@link #voter()} naming the owner: several
 * entries with one voter are one owner whose areas add up, and every entry marked
 * {@link #unsold()} belongs to one owner (the developer), whatever its voter id. Area is in
 * square metres as an exact decimal (the register gives two decimals); never a float.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRosterEntry.class)
@JsonDeserialize(as = ImmutableRosterEntry.class)
public abstract class RosterEntry implements WithRosterEntry {

  /** Returns the voter: a person's id or, for owners, the owner key. */
  public abstract VoterId voter();

  /** Returns the person, when the voter is a known person. */
  public abstract Optional<PersonId> person();

  /** Returns the name as on the roster, when recorded. */
  public abstract Optional<String> name();

  /**
   * Returns false for someone listed without a vote: deprived of political rights, a member
   * under 留党察看, or an observer. Defaults to true.
   */
  @Value.Default
  public boolean hasVote() {
    return true;
  }

  /** Returns the party membership status, on a party roster; probationary members have no vote. */
  public abstract Optional<MembershipStatus> partyStatus();

  /** Returns the birth date, used for age limits (villagers 18+); empty when not recorded. */
  public abstract Optional<LocalDate> birthDate();

  /** Returns the sex, used for the share of women among representatives (D3). */
  public abstract Optional<Sex> sex();

  /** Returns the household key (户), for household-based quorums (D2, D4). */
  public abstract Optional<String> household();

  /** Returns the role on the roster; defaults to {@link RosterRole#MEMBER}. */
  @Value.Default
  public RosterRole role() {
    return RosterRole.MEMBER;
  }

  /** Returns the number of households a villagers' representative stands for (D3: 5-15). */
  public abstract Optional<Integer> representedHouseholds();

  /** Returns the exclusive unit (专有部分) this entry is for, e.g. {@code 3-2-1201}; owners only. */
  public abstract Optional<String> exclusiveUnit();

  /** Returns the exclusive area in m², exact; owners only. */
  public abstract Optional<BigDecimal> area();

  /** Returns where the area comes from (E4: register, else survey, else sales contract). */
  public abstract Optional<AreaSource> areaSource();

  /** Returns true for a unit not yet sold; all unsold units together count as one owner (E4). */
  @Value.Default
  public boolean unsold() {
    return false;
  }

  @Value.Check
  void check() {
    if (area().isPresent() && area().get().signum() < 0) {
      throw new IllegalStateException("area of " + voter() + " is negative: " + area().get());
    }
    if (representedHouseholds().isPresent() && representedHouseholds().get() < 0) {
      throw new IllegalStateException("represented households of " + voter() + " is negative");
    }
  }

  /**
   * Returns an entry for a voter with a vote and nothing else recorded.
   *
   * @param voter the voter
   * @return the entry
   */
  public static RosterEntry of(VoterId voter) {
    return builder().voter(voter).build();
  }

  /** Returns a builder. */
  public static RosterEntry.Builder builder() {
    return new RosterEntry.Builder();
  }

  /**
   * The builder of {@link RosterEntry}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableRosterEntry.Builder {}
}
