package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.model.hierarchy.MembershipStatus.FULL;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.BUILDING;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.COMMUNITY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.GRID;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.HOUSEHOLD;
import static io.github.tongxin.governance.rules.index.Fixtures.link;
import static io.github.tongxin.governance.rules.index.Fixtures.member;
import static io.github.tongxin.governance.rules.index.Fixtures.post;
import static io.github.tongxin.governance.rules.index.TestUnits.id;
import static io.github.tongxin.governance.rules.index.TestUnits.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class GovernanceGraphTest {

  private static final ContactLink LINK_H1 = link("l1", "h1", "h2", "h3");
  private static final ContactLink LINK_H4 = link("l2", "h4", "h3");
  private static final Post HEAD = post("p1", "x1", "b1", Role.BUILDING_HEAD, null, null);
  private static final PartyMembership MEMBER = member("m1", "g1", FULL);
  private static final Registration REGISTRATION = Registration.builder()
      .id(RegistrationId.of("r1")).kind(RegistrationKind.MEMBER)
      .personId(PersonId.of("x1")).communityId(id("c1")).registeredOn(LocalDate.of(2024, 3, 1))
      .build();

  @Test
  void keepsTheOverlayRelationsByTheirEndpoints() {
    GovernanceDataset data = GovernanceDataset.builder()
        .addUnits(unit("c1", COMMUNITY, null), unit("g1", GRID, "c1"), unit("b1", BUILDING, "g1"),
            unit("h1", HOUSEHOLD, "b1"), unit("h2", HOUSEHOLD, "b1"), unit("h3", HOUSEHOLD, "b1"),
            unit("h4", HOUSEHOLD, "b1"))
        .addContactLinks(LINK_H1, LINK_H4).addPosts(HEAD).addMemberships(MEMBER)
        .addRegistrations(REGISTRATION).build();

    GovernanceGraph graph = GovernanceGraph.of(data);

    assertThat(graph.problems()).isEmpty();
    assertThat(graph.contactLinksFrom(id("h1"))).containsExactly(LINK_H1);
    assertThat(graph.contactLinksFrom(id("h2"))).isEmpty();
    assertThat(graph.contactLinksTo(id("h3"))).containsExactly(LINK_H1, LINK_H4);
    assertThat(graph.contactLinksTo(id("h1"))).isEmpty();
    assertThat(graph.postsOf(PersonId.of("x1"))).containsExactly(HEAD);
    assertThat(graph.postsOf(PersonId.of("nobody"))).isEmpty();
    assertThat(graph.membershipsAt(id("g1"))).containsExactly(MEMBER);
    assertThat(graph.membershipsOf(MEMBER.personId())).containsExactly(MEMBER);
    assertThat(graph.registrationsAt(id("c1"))).containsExactly(REGISTRATION);
    assertThat(graph.registrationsAt(id("g1"))).isEmpty();
    assertThat(graph.dataset()).isSameAs(data);
  }

  @Test
  void asGraphJoinsTheTreeAndTheOverlaysForJGraphTsAlgorithms() throws Exception {
    // c1 > g1 > b1 > h1..h4; h1 keeps in touch with h2 and h3, h4 with h3; x1 holds a post at b1
    // and registered at c1; wrong: z1 and z2 are each other's parent (no tree edge for them)
    GovernanceDataset data = GovernanceDataset.builder()
        .addUnits(unit("c1", COMMUNITY, null), unit("g1", GRID, "c1"), unit("b1", BUILDING, "g1"),
            unit("h1", HOUSEHOLD, "b1"), unit("h2", HOUSEHOLD, "b1"), unit("h3", HOUSEHOLD, "b1"),
            unit("h4", HOUSEHOLD, "b1"), unit("z1", GRID, "z2"), unit("z2", GRID, "z1"))
        .addContactLinks(LINK_H1, LINK_H4).addPosts(HEAD).addRegistrations(REGISTRATION).build();

    Graph<io.github.tongxin.governance.model.id.Identifier, GovernanceGraph.Relation> g =
        GovernanceGraph.of(data).asGraph();

    assertThat(g.edgeSet()).extracting(e -> g.getEdgeSource(e) + " " + e + " " + g.getEdgeTarget(e))
        .containsExactlyInAnyOrder(
            "c1 PARENT_OF(g1) g1", "g1 PARENT_OF(b1) b1", "b1 PARENT_OF(h1) h1",
            "b1 PARENT_OF(h2) h2", "b1 PARENT_OF(h3) h3", "b1 PARENT_OF(h4) h4",
            "h1 KEEPS_IN_TOUCH(l1) h2", "h1 KEEPS_IN_TOUCH(l1) h3", "h4 KEEPS_IN_TOUCH(l2) h3",
            "x1 HOLDS_POST_AT(p1) b1", "x1 REGISTERED_AT(r1) c1");
    // the contact network alone: which households are reached from which (JGraphT's algorithms)
    var contacts = new org.jgrapht.graph.AsSubgraph<>(g, g.vertexSet(), g.edgeSet().stream()
        .filter(e -> e.kind() == GovernanceGraph.Relation.Kind.KEEPS_IN_TOUCH)
        .collect(Collectors.toSet()));
    assertThat(new org.jgrapht.alg.connectivity.ConnectivityInspector<>(contacts)
        .connectedSetOf(id("h2"))).containsExactlyInAnyOrder(id("h1"), id("h2"), id("h3"), id("h4"));
    // the README's example
    var path = org.jgrapht.alg.shortestpath.DijkstraShortestPath
        .findPathBetween(g, PersonId.of("x1"), UnitId.of("h4"));
    assertThat(path.getEdgeList()).extracting(Object::toString)
        .containsExactly("HOLDS_POST_AT(p1)", "PARENT_OF(h4)");
    java.nio.file.Path readme = java.nio.file.Path.of("../README.md");
    if (java.nio.file.Files.exists(readme)) {
      assertThat(java.nio.file.Files.readString(readme)).contains(
          "DijkstraShortestPath.findPathBetween(g, PersonId.of(\"x1\"), UnitId.of(\"h4\"));");
    }
    assertThatThrownBy(() -> g.addVertex(id("new")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void hierarchyGraphHasParentToChildEdgesIncludingCyclesButNotDanglingOrSelfLinks() {
    // g1 <-> g2 form a cycle; b1 names a missing parent; b2 names itself; c1 -> g3 is fine
    GovernanceDataset data = TestUnits.dataset(unit("c1", COMMUNITY, null), unit("g3", GRID, "c1"),
        unit("g1", GRID, "g2"), unit("g2", GRID, "g1"), unit("b1", BUILDING, "gx"),
        unit("b2", BUILDING, "b2"), unit("c1", COMMUNITY, null));

    GovernanceGraph graph = GovernanceGraph.of(data);
    Graph<UnitId, DefaultEdge> g = graph.hierarchy();

    assertThat(g.vertexSet()).containsExactlyElementsOf(TestUnits.ids("c1", "g3", "g1", "g2", "b1",
        "b2"));
    Set<String> edges = g.edgeSet().stream()
        .map(e -> g.getEdgeSource(e) + "->" + g.getEdgeTarget(e)).collect(Collectors.toSet());
    assertThat(edges).containsExactlyInAnyOrder("c1->g3", "g2->g1", "g1->g2");
    assertThat(graph.inForest(id("g3"))).isTrue();
    assertThat(graph.inForest(id("g1"))).isFalse();
    assertThat(graph.inForest(id("unknown"))).isFalse();
    // b1's parent is outside the input: b1 is a root of the forest
    assertThat(graph.forestSize()).isEqualTo(3);
    assertThat(graph.unit(id("b2")).map(u -> u.kind())).contains(BUILDING);
    assertThat(graph.unit(id("unknown"))).isEmpty();
    assertThatThrownBy(() -> g.addVertex(id("new")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
