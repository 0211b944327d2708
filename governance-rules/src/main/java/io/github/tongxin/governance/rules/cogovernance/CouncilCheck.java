package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.CouncilParticipant;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.FollowUp;
import io.github.tongxin.governance.model.cogovernance.StakeholderGroup;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The check of a consultation council sitting (议事会检查), such as a 小区议事厅 or 庭院议事会. A
 * council is consultative: it takes no vote. The check reports the stakeholder groups present,
 * flags a sitting missing any required group, one with no conclusion, and open follow-ups that
 * are unassigned or overdue. The required groups come from DOMAIN.md §3 (residents, owners'
 * committee, property company, party members); there is no national rule ([U]), so findings are
 * WARNING or INFO. The messages are templates of this package's bundle under each finding's id.
 *
 * @param requiredGroups the groups every sitting should have
 */
public record CouncilCheck(Set<StakeholderGroup> requiredGroups) {

  /** Rule id: a required stakeholder group was not present. */
  public static final String MISSING_STAKEHOLDER = "cogovernance.council.missing-stakeholder";
  /** Rule id: the sitting recorded no conclusion. */
  public static final String NO_CONCLUSION = "cogovernance.council.no-conclusion";
  /** Rule id: a follow-up names no one responsible. */
  public static final String UNASSIGNED_FOLLOW_UP = "cogovernance.council.unassigned-follow-up";
  /** Rule id: a follow-up is past its due date and not done. */
  public static final String OVERDUE_FOLLOW_UP = "cogovernance.council.overdue-follow-up";

  /** The key prefix of the council's texts. */
  private static final String COUNCIL = "cogovernance.council";

  private static final String SOURCE = CogovernanceTexts.source(COUNCIL);

  /** The default check: residents, owners' committee, property company and party members. */
  public static final CouncilCheck DEFAULT = new CouncilCheck(EnumSet.of(
      StakeholderGroup.RESIDENTS, StakeholderGroup.OWNERS_COMMITTEE,
      StakeholderGroup.PROPERTY_COMPANY, StakeholderGroup.PARTY_MEMBERS));

  /** Copies the groups. */
  public CouncilCheck {
    requiredGroups = requiredGroups.isEmpty()
        ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredGroups));
  }

  /**
   * The result of checking one sitting.
   *
   * @param groupsPresent the stakeholder groups present
   * @param missingGroups the required groups absent, in enum order
   * @param conclusions the conclusions recorded
   * @param openFollowUps the follow-ups not yet done
   * @param findings the findings; empty when none
   */
  public record Result(Set<StakeholderGroup> groupsPresent, List<StakeholderGroup> missingGroups,
      List<String> conclusions, List<FollowUp> openFollowUps, List<Finding> findings) {
    /** Copies. */
    public Result {
      groupsPresent = Set.copyOf(groupsPresent);
      missingGroups = List.copyOf(missingGroups);
      conclusions = List.copyOf(conclusions);
      openFollowUps = List.copyOf(openFollowUps);
      findings = List.copyOf(findings);
    }
  }

  /**
   * Checks one sitting.
   *
   * @param council the sitting's record
   * @param asOf the day of checking, for overdue follow-ups
   * @return the result
   */
  public Result check(CouncilRecord council, LocalDate asOf) {
    Objects.requireNonNull(council, "council");
    List<Identifier> subjects = List.of(council.id(), council.unit());
    Set<StakeholderGroup> present = EnumSet.noneOf(StakeholderGroup.class);
    council.participants().stream().map(CouncilParticipant::group).forEach(present::add);
    List<StakeholderGroup> missing = new ArrayList<>();
    for (StakeholderGroup g : StakeholderGroup.values()) {
      if (requiredGroups.contains(g) && !present.contains(g)) {
        missing.add(g);
      }
    }
    Message where = CogovernanceTexts.message(COUNCIL + ".where").with("kind", council.kind())
        .with("topic", council.topic()).with("date", council.date());
    List<Finding> findings = new ArrayList<>();
    if (!missing.isEmpty()) {
      findings.add(CogovernanceTexts.finding(MISSING_STAKEHOLDER, Severity.WARNING, subjects,
          text(MISSING_STAKEHOLDER, where).with("missing", missing.size())
              .with("groups", List.copyOf(missing)).with("present", present.size()), SOURCE));
    }
    if (council.conclusions().isEmpty()) {
      findings.add(CogovernanceTexts.finding(NO_CONCLUSION, Severity.INFO, subjects,
          text(NO_CONCLUSION, where), SOURCE));
    }
    List<FollowUp> open = new ArrayList<>();
    int i = 0;
    for (FollowUp f : council.followUps()) {
      i++;
      if (f.doneOn().isEmpty() && f.responsible().isEmpty()) {
        findings.add(CogovernanceTexts.finding(UNASSIGNED_FOLLOW_UP, Severity.INFO, subjects,
            text(UNASSIGNED_FOLLOW_UP, where).with("number", i)
                .with("description", f.description()), SOURCE));
      }
      if (f.doneOn().isPresent()) {
        continue;
      }
      open.add(f);
      if (f.due().isPresent() && asOf.isAfter(f.due().get())) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(f.due().get(), asOf);
        findings.add(CogovernanceTexts.finding(OVERDUE_FOLLOW_UP, Severity.WARNING, subjects,
            text(OVERDUE_FOLLOW_UP, where).with("number", i).with("description", f.description())
                .with("due", f.due().get()).with("days", days), SOURCE));
      }
    }
    return new Result(present, missing, council.conclusions(), open, findings);
  }

  /** Returns the template of a finding, whose key is the finding's id, about a sitting. */
  private static Message text(String findingId, Message where) {
    return CogovernanceTexts.message(findingId).with("where", where);
  }
}
