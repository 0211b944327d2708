package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who on a roster may vote (表决资格), and how voters are counted.
 *
 * <p>An entry with {@code hasVote = false} never votes. Probationary party members are left out
 * when {@code excludeProbationary} (党章 Art. 7, RULES.md A6). With a {@code minimumAge}, entries
 * whose birth date shows them younger on the meeting date are left out; entries without a birth
 * date are taken as the registered voter list has them, that is as adults. With
 * {@code ownerCounting}, the RULES.md E4 counting applies: entries are exclusive units, several
 * units of one voter are one owner, all unsold units together are one owner, and duplicated
 * exclusive units make the roster invalid; without it, a voter listed twice makes it invalid.
 *
 * @param excludeProbationary leave out probationary party members
 * @param minimumAge the minimum age on the meeting date, if any (villagers: 18)
 * @param ownerCounting count owners as E4 says
 */
public record Eligibility(
    boolean excludeProbationary, Optional<Integer> minimumAge, boolean ownerCounting) {

  /** Everyone with a vote, one entry one voter. */
  public static final Eligibility EVERYONE_WITH_A_VOTE =
      new Eligibility(false, Optional.empty(), false);

  /** Full party members with a vote (RULES.md A6). */
  public static final Eligibility FULL_PARTY_MEMBERS = new Eligibility(true, Optional.empty(), false);

  /** Adults aged 18 and over with a vote (村民委员会组织法 Arts. 13, 22; 居委会组织法 Art. 9). */
  public static final Eligibility ADULTS = new Eligibility(false, Optional.of(18), false);

  /** Owners counted by RULES.md E4. */
  public static final Eligibility OWNERS = new Eligibility(false, Optional.empty(), true);

  /** Checks that nothing is missing. */
  public Eligibility {
    minimumAge = minimumAge == null ? Optional.empty() : minimumAge;
  }

  /**
   * Returns this eligibility with another minimum age.
   *
   * @param years the age in whole years
   * @return the changed eligibility
   */
  public Eligibility withMinimumAge(int years) {
    return new Eligibility(excludeProbationary, Optional.of(years), ownerCounting);
  }

  /**
   * Returns whether the entry may vote at a meeting on the date.
   *
   * @param entry the roster entry
   * @param meetingDate the date of the meeting
   * @return true when eligible
   */
  public boolean admits(RosterEntry entry, LocalDate meetingDate) {
    if (!entry.hasVote()) {
      return false;
    }
    if (excludeProbationary && entry.partyStatus().orElse(null) == MembershipStatus.PROBATIONARY) {
      return false;
    }
    if (minimumAge.isPresent() && entry.birthDate().isPresent()) {
      return Period.between(entry.birthDate().get(), meetingDate).getYears() >= minimumAge.get();
    }
    return true;
  }
}
