package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.rules.index.UnitTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facilities and households of each urban community (社区设施), computed once per run.
 *
 * <p>A facility <em>sits in</em> a community when its unit is the community or beneath it; it
 * <em>serves</em> the community when it sits in it or lists among its served units the community,
 * a unit beneath it, or a unit above it (a street-wide facility). Households are the household
 * units beneath the community.
 */
final class CommunityFacilities {

  /** One community's facilities and households. */
  record Entry(Unit community, List<Facility> sitting, List<Facility> serving, int households) {}

  private final List<Entry> entries;

  private CommunityFacilities(List<Entry> entries) {
    this.entries = entries;
  }

  static CommunityFacilities of(GovernanceDataset dataset, UnitTree h) {
    Map<UnitId, Unit> communities = new LinkedHashMap<>();
    for (Unit u : dataset.units()) {
      if (u.kind() == UnitKind.COMMUNITY) {
        communities.putIfAbsent(u.id(), u);
      }
    }
    Map<UnitId, Integer> households = new HashMap<>();
    for (Unit u : dataset.units()) {
      if (u.kind().tier() == Tier.HOUSEHOLD) {
        h.nearest(u.id(), Tier.COMMUNITY)
            .ifPresent(c -> households.merge(c.id(), 1, Integer::sum));
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Unit c : communities.values()) {
      List<Facility> sitting = new ArrayList<>();
      List<Facility> serving = new ArrayList<>();
      for (Facility f : dataset.facilities()) {
        boolean sits = h.isWithin(f.unitId(), c.id());
        boolean serves = sits || f.servedUnitIds().stream()
            .anyMatch(s -> h.isWithin(s, c.id()) || h.isWithin(c.id(), s));
        if (sits) {
          sitting.add(f);
        }
        if (serves) {
          serving.add(f);
        }
      }
      out.add(new Entry(c, sitting, serving, households.getOrDefault(c.id(), 0)));
    }
    return new CommunityFacilities(out);
  }

  List<Entry> entries() {
    return entries;
  }
}
