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

/** Look-ups the volunteer rules share within one run; first record of an id wins. */
final class VolunteerIndex {

  private final Map<VolunteerId, Volunteer> volunteers = new HashMap<>();
  private final Map<CampaignId, Campaign> campaigns = new HashMap<>();

  private VolunteerIndex(GovernanceDataset dataset) {
    dataset.volunteers().forEach(v -> volunteers.putIfAbsent(v.id(), v));
    dataset.campaigns().forEach(c -> campaigns.putIfAbsent(c.id(), c));
  }

  static VolunteerIndex of(GovernanceDataset dataset) {
    return new VolunteerIndex(dataset);
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
