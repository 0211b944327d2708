package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * The governance graph (治理关系图) of one dataset: the hierarchy of units as a JGraphT directed
 * graph (vertices are unit ids, edges run parent to child), its structural problems, and the
 * overlay relations (contact links, posts, memberships, double registrations) as typed
 * adjacency lists keyed by their endpoints.
 *
 * <p>The JGraphT graph holds every distinct unit (the first record of a duplicate id) and an
 * edge for every parent link that names another existing unit, so a cycle is visible in it;
 * the well-formed forest is the graph minus the units named in {@link
 * StructureProblem#excludedIds()}. A JGraphT graph costs several hundred bytes per vertex and
 * most of the time of building this object, so it is built on the first call of {@link
 * #hierarchy()}, not before: the rules ask the structure analysis and the {@link HierarchyIndex},
 * never the JGraphT graph. The overlay relations are likewise grouped on the first call of one of
 * their methods. For city- or nation-scale data build a {@link HierarchyIndex}.
 *
 * <p>Built with {@link #of(GovernanceDataset)}, which never throws on bad data. Instances are
 * immutable and safe to share between threads.
 */
public final class GovernanceGraph {

  private final GovernanceDataset dataset;
  private final StructureAnalysis analysis;
  /** The JGraphT hierarchy, built on first use; see {@link #hierarchy()}. */
  private volatile Graph<UnitId, DefaultEdge> hierarchy;
  /** The overlay relations, grouped on first use; see {@link #overlays()}. */
  private volatile Overlays overlays;

  /** The overlay relations (contact links, posts, memberships, registrations) by endpoint. */
  private static final class Overlays {
    final Map<UnitId, List<ContactLink>> linksFromCentral;
    final Map<UnitId, List<ContactLink>> linksToHousehold;
    final Map<PersonId, List<Post>> postsByPerson;
    final Map<UnitId, List<PartyMembership>> membershipsByBranch;
    final Map<PersonId, List<PartyMembership>> membershipsByPerson;
    final Map<UnitId, List<Registration>> registrationsByCommunity;

    Overlays(GovernanceDataset dataset) {
      this.linksFromCentral = group(dataset.contactLinks(), ContactLink::centralHouseholdId);
      Map<UnitId, List<ContactLink>> to = new HashMap<>();
      for (ContactLink link : dataset.contactLinks()) {
        for (UnitId household : link.households()) {
          List<ContactLink> list = to.computeIfAbsent(household, h -> new ArrayList<>(1));
          if (list.isEmpty() || list.get(list.size() - 1) != link) {
            list.add(link);
          }
        }
      }
      this.linksToHousehold = freeze(to);
      this.postsByPerson = group(dataset.posts(), Post::personId);
      this.membershipsByBranch = group(dataset.memberships(), PartyMembership::branchId);
      this.membershipsByPerson = group(dataset.memberships(), PartyMembership::personId);
      this.registrationsByCommunity = group(dataset.registrations(), Registration::communityId);
    }
  }

  private GovernanceGraph(GovernanceDataset dataset) {
    this.dataset = dataset;
    this.analysis = StructureAnalysis.of(dataset.units());
  }

  /**
   * Returns the overlay relations, grouping them on the first call: the validation rules use the
   * {@link HierarchyIndex} and never ask the graph for them.
   */
  private Overlays overlays() {
    Overlays built = overlays;
    if (built == null) {
      synchronized (this) {
        built = overlays;
        if (built == null) {
          built = new Overlays(dataset);
          overlays = built;
        }
      }
    }
    return built;
  }

  /**
   * Returns the graph of the dataset with its structure analysed.
   *
   * @param dataset the dataset; an empty one gives an empty graph without problems
   * @return the graph; never throws on bad data
   */
  public static GovernanceGraph of(GovernanceDataset dataset) {
    return new GovernanceGraph(dataset);
  }

  private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, K> key) {
    Map<K, List<V>> out = new HashMap<>();
    for (V v : values) {
      out.computeIfAbsent(key.apply(v), k -> new ArrayList<>(1)).add(v);
    }
    return freeze(out);
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  StructureAnalysis analysis() {
    return analysis;
  }

  /** Returns the dataset the graph was built from. */
  public GovernanceDataset dataset() {
    return dataset;
  }

  /**
   * Returns the hierarchy as an unmodifiable JGraphT graph: every distinct unit id, and an edge
   * from parent to child for each parent link naming another existing unit (cycles included,
   * self links and dangling links left out).
   *
   * @return the graph; empty for an empty dataset
   */
  public Graph<UnitId, DefaultEdge> hierarchy() {
    Graph<UnitId, DefaultEdge> built = hierarchy;
    if (built == null) {
      synchronized (this) {
        built = hierarchy;
        if (built == null) {
          built = buildHierarchy();
          hierarchy = built;
        }
      }
    }
    return built;
  }

  private Graph<UnitId, DefaultEdge> buildHierarchy() {
    Graph<UnitId, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < analysis.size; i++) {
      g.addVertex(analysis.distinct[i].id());
    }
    for (int i = 0; i < analysis.size; i++) {
      int p = analysis.parent[i];
      if (p >= 0) {
        g.addEdge(analysis.distinct[p].id(), analysis.distinct[i].id());
      }
    }
    return new AsUnmodifiableGraph<>(g);
  }

  /**
   * A relation of the governance graph (治理关系), the edge type of {@link #asGraph()}: which kind
   * it is and the record it comes from. Edges are distinct objects, so two relations between the
   * same endpoints (two posts of one person at one unit) are two edges.
   */
  public static final class Relation {

    /** The kind of a relation, with the direction of its edge. */
    public enum Kind {
      /** 上下级: from the parent unit to the child unit, along the unit tree. */
      PARENT_OF,
      /** 联系户: from a central household to a household it keeps in touch with. */
      KEEPS_IN_TOUCH,
      /** 任职: from a person to the unit of a post they hold or held. */
      HOLDS_POST_AT,
      /** 报到: from a person or organisation to the community it registered at. */
      REGISTERED_AT
    }

    private final Kind kind;
    private final Identifier record;

    Relation(Kind kind, Identifier record) {
      this.kind = kind;
      this.record = record;
    }

    /** Returns the kind of the relation. */
    public Kind kind() {
      return kind;
    }

    /** Returns the id of the record behind it: the child unit, contact link, post or registration. */
    public Identifier record() {
      return record;
    }

    @Override
    public String toString() {
      return kind + "(" + record + ")";
    }
  }

  /**
   * Returns the hierarchy and the overlay relations as one JGraphT graph (治理关系图), for
   * JGraphT's own algorithms: the connectivity of contact networks, shortest paths between an
   * organisation and a household, and so on. Vertices are the ids of units, persons and
   * organisations; edges are {@link Relation}s: the unit tree's parent links ({@link UnitTree}:
   * units outside the tree have none), contact links, posts and double registrations. Built anew
   * on each call, in time and memory linear in the records (several hundred bytes per vertex):
   * for city-scale data ask the {@link HierarchyIndex} and the run's record index instead.
   *
   * @return an unmodifiable directed pseudograph; empty for an empty dataset
   */
  public Graph<Identifier, Relation> asGraph() {
    Graph<Identifier, Relation> g = new DirectedPseudograph<>(Relation.class);
    for (int i = 0; i < analysis.size; i++) {
      g.addVertex(analysis.distinct[i].id());
    }
    for (int i = 0; i < analysis.size; i++) {
      int p = analysis.parent[i];
      if (p >= 0 && analysis.inForest[i]) {
        UnitId child = analysis.distinct[i].id();
        g.addEdge(analysis.distinct[p].id(), child, new Relation(Relation.Kind.PARENT_OF, child));
      }
    }
    for (ContactLink link : dataset.contactLinks()) {
      for (UnitId household : link.households()) {
        link(g, link.centralHouseholdId(), household,
            new Relation(Relation.Kind.KEEPS_IN_TOUCH, link.id()));
      }
    }
    for (Post post : dataset.posts()) {
      link(g, post.personId(), post.unitId(),
          new Relation(Relation.Kind.HOLDS_POST_AT, post.id()));
    }
    for (Registration r : dataset.registrations()) {
      Optional<? extends Identifier> who = r.personId().isPresent() ? r.personId()
          : r.organizationId();
      who.ifPresent(w -> link(g, w, r.communityId(),
          new Relation(Relation.Kind.REGISTERED_AT, r.id())));
    }
    return new AsUnmodifiableGraph<>(g);
  }

  private static void link(Graph<Identifier, Relation> g, Identifier from, Identifier to,
      Relation relation) {
    g.addVertex(from);
    g.addVertex(to);
    g.addEdge(from, to, relation);
  }

  /**
   * Returns every structural problem, ordered by kind and then by record position; empty when
   * the hierarchy is a single well-formed tree.
   *
   * @return the immutable problem list
   */
  public List<StructureProblem> problems() {
    return analysis.problems;
  }

  /**
   * Returns the unit recorded with the id (its first record when the id is duplicated), or empty
   * when no unit has it.
   *
   * @param id the id
   * @return the unit, or empty
   */
  public Optional<Unit> unit(UnitId id) {
    int i = analysis.table.get(id);
    return i < 0 ? Optional.empty() : Optional.of(analysis.distinct[i]);
  }

  /**
   * Returns true when the unit belongs to the well-formed forest; false when it is excluded by a
   * structure problem or unknown.
   *
   * @param id the id
   * @return whether the unit is in the forest
   */
  public boolean inForest(UnitId id) {
    int i = analysis.table.get(id);
    return i >= 0 && analysis.inForest[i];
  }

  /** Returns the number of units in the well-formed forest. */
  public int forestSize() {
    return analysis.forestSize;
  }

  /**
   * Returns the contact links whose central household is the unit, in record order; empty when
   * none.
   *
   * @param centralHousehold the central household's unit id
   * @return the links
   */
  public List<ContactLink> contactLinksFrom(UnitId centralHousehold) {
    return overlays().linksFromCentral.getOrDefault(centralHousehold, List.of());
  }

  /**
   * Returns the contact links listing the household among their households, in record order;
   * empty when none.
   *
   * @param household the household's unit id
   * @return the links
   */
  public List<ContactLink> contactLinksTo(UnitId household) {
    return overlays().linksToHousehold.getOrDefault(household, List.of());
  }

  /**
   * Returns the posts the person holds or held, in record order; empty when none.
   *
   * @param person the person id
   * @return the posts
   */
  public List<Post> postsOf(PersonId person) {
    return overlays().postsByPerson.getOrDefault(person, List.of());
  }

  /**
   * Returns the memberships in the party organisation at the unit, in record order; empty when
   * none.
   *
   * @param branch the branch's unit id
   * @return the memberships
   */
  public List<PartyMembership> membershipsAt(UnitId branch) {
    return overlays().membershipsByBranch.getOrDefault(branch, List.of());
  }

  /**
   * Returns the person's memberships, in record order; empty when none.
   *
   * @param person the person id
   * @return the memberships
   */
  public List<PartyMembership> membershipsOf(PersonId person) {
    return overlays().membershipsByPerson.getOrDefault(person, List.of());
  }

  /**
   * Returns the double registrations at the community, in record order; empty when none.
   *
   * @param community the community's unit id
   * @return the registrations
   */
  public List<Registration> registrationsAt(UnitId community) {
    return overlays().registrationsByCommunity.getOrDefault(community, List.of());
  }
}
