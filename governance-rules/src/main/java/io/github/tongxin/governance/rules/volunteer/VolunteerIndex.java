package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Look-ups the volunteer rules share within one run; first record of an id wins. The unit tree is
 * built on the first call of {@link #tree()}: a dataset without activities and campaigns never
 * needs it, and building it costs a map over every unit.
 */
final class VolunteerIndex {

  private final Supplier<? extends UnitTree> trees;
  private UnitTree tree;
  private final Map<VolunteerId, Volunteer> volunteers = new HashMap<>();
  private final Map<CampaignId, Campaign> campaigns = new HashMap<>();

  private VolunteerIndex(GovernanceDataset dataset, Supplier<? extends UnitTree> trees) {
    this.trees = trees;
    dataset.volunteers().forEach(v -> volunteers.putIfAbsent(v.id(), v));
    dataset.campaigns().forEach(c -> campaigns.putIfAbsent(c.id(), c));
  }

  static VolunteerIndex of(GovernanceDataset dataset, Supplier<? extends UnitTree> trees) {
    return new VolunteerIndex(dataset, trees);
  }

  synchronized UnitTree tree() {
    if (tree == null) {
      tree = trees.get();
    }
    return tree;
  }

  Optional<Volunteer> volunteer(VolunteerId id) {
    return Optional.ofNullable(volunteers.get(id));
  }

  Optional<PersonId> person(VolunteerId id) {
    return volunteer(id).map(Volunteer::personId);
  }

  Optional<Campaign> campaign(CampaignId id) {
    return Optional.ofNullable(campaigns.get(id));
  }
}
