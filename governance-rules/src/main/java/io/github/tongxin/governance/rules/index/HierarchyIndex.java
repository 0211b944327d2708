package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The hierarchy index (层级索引): the well-formed forest of one dataset snapshot held in compact
 * arrays, answering ancestor, scope, path, lowest-common-ancestor and subtree questions without
 * walking a graph.
 *
 * <p>Units are numbered in pre-order (roots and children in record order), so a unit's subtree
 * is the contiguous range {@code [index, end)}; "is an ancestor" is two comparisons. Per tier the
 * pre-order numbers are kept sorted, so counting the units of a tier in a subtree is two binary
 * searches. The lowest common ancestor walks up from one unit until the other is in scope, which
 * costs O(depth): a governance hierarchy has at most eight tiers, and the walk needs no memory
 * beyond the parent array (an Euler tour with a sparse table would cost O(n log n) ints).
 *
 * <p>Memory, besides the {@link Unit} records the dataset already holds: a reference, parent,
 * subtree end, depth and per-tier position (4 ints), a tier byte and an open-addressing id
 * table of 20 to 36 bytes (hash and position per slot, ids by position): about 40 to 60 bytes
 * per unit, plus 4 bytes per unit and a reference
 * per post for the post index.
 *
 * <p>It is the implementation of the {@link UnitTree} contract, whose Javadoc states the policy
 * for broken structure: a unit whose parent is not in the input is a root with its {@link
 * #externalParent} recorded; units excluded by a cycle or a self-parent (and those below them),
 * and the later record of a duplicate id, are not in the index. Every method taking a {@link
 * UnitId} answers "absent" for a unit outside the tree (empty, false, 0, or -1 for {@link
 * #depth}) and never throws for it. Instances are immutable and safe to share between threads.
 *
 * <p>The pre-order numbers are not part of the API: they change with every snapshot, so a
 * caller holding one across snapshots would silently ask about another unit. Callers ask by
 * {@link UnitId}; a caller that checks many records against one unit (an API server's request)
 * uses {@link AccessScope}, which looks the scope unit up once and each record's units once per
 * snapshot ({@link RecordUnits}). Inside this package the numbers are used directly, and the
 * methods taking them throw {@link IndexOutOfBoundsException} for a number out of range.
 */
public final class HierarchyIndex implements UnitTree {

  private static final Tier[] TIERS = Tier.values();

  private final Unit[] units;
  private final int[] parent;
  private final int[] end;
  private final int[] depth;
  private final byte[] tiers;
  private final int[][] byTier;
  /** Id to pre-order number; remembers the number in the ids asked about (B2 by id). */
  private final UnitIdTable table;
  private final int[] postStart;
  private final Post[] posts;
  private final List<StructureProblem> problems;
  /** External parent of each root that names one, by the root's pre-order number. */
  private final Map<Integer, UnitId> externalParents;
  /** The problem that excluded each unit left out of the tree (usually empty). */
  private final Map<UnitId, StructureProblem> exclusions;

  private HierarchyIndex(StructureAnalysis analysis, List<Post> allPosts) {
    int n = analysis.size;
    int f = analysis.forestSize;
    this.problems = analysis.problems;
    Map<UnitId, StructureProblem> excluded = new HashMap<>();
    for (StructureProblem q : problems) {
      q.excludedIds().forEach(id -> excluded.putIfAbsent(id, q));
    }
    this.exclusions = excluded.isEmpty() ? Map.of() : excluded;
    // children of each forest unit in record order, as CSR over distinct indexes
    int[] childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (analysis.inForest[i] && analysis.parent[i] >= 0) {
        childStart[analysis.parent[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    int[] children = new int[childStart[n]];
    int[] fill = childStart.clone();
    for (int i = 0; i < n; i++) {
      if (analysis.inForest[i] && analysis.parent[i] >= 0) {
        children[fill[analysis.parent[i]]++] = i;
      }
    }
    // iterative depth-first walk: pre-order numbers
    units = new Unit[f];
    parent = new int[f];
    end = new int[f];
    depth = new int[f];
    tiers = new byte[f];
    int[] pre = new int[n];
    int[] stack = new int[Math.max(f, 1)];
    int top = 0;
    for (int i = n - 1; i >= 0; i--) {
      if (analysis.inForest[i] && analysis.parent[i] == StructureAnalysis.ROOT) {
        stack[top++] = i;
      }
    }
    int next = 0;
    int[] tierCount = new int[TIERS.length];
    while (top > 0) {
      int x = stack[--top];
      int k = next++;
      pre[x] = k;
      Unit u = analysis.distinct[x];
      units[k] = u;
      int p = analysis.parent[x];
      parent[k] = p >= 0 ? pre[p] : -1;
      depth[k] = p >= 0 ? depth[parent[k]] + 1 : 0;
      tiers[k] = (byte) u.tier().ordinal();
      tierCount[tiers[k]]++;
      end[k] = 1;
      for (int c = childStart[x + 1] - 1; c >= childStart[x]; c--) {
        stack[top++] = children[c];
      }
    }
    for (int k = f - 1; k > 0; k--) {
      if (parent[k] >= 0) {
        end[parent[k]] += end[k];
      }
    }
    for (int k = 0; k < f; k++) {
      end[k] += k;
    }
    byTier = new int[TIERS.length][];
    for (int t = 0; t < TIERS.length; t++) {
      byTier[t] = new int[tierCount[t]];
    }
    int[] tierFill = new int[TIERS.length];
    for (int k = 0; k < f; k++) {
      byTier[tiers[k]][tierFill[tiers[k]]++] = k;
    }
    table = new UnitIdTable(f, true);
    for (int k = 0; k < f; k++) {
      table.putIfAbsent(units[k].id(), k);
    }
    Map<Integer, UnitId> external = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (analysis.externalParent[i] != null && analysis.inForest[i]) {
        external.put(pre[i], analysis.externalParent[i]);
      }
    }
    this.externalParents = external.isEmpty() ? Map.of() : external;
    // posts by unit, CSR over pre-order numbers; posts at units not indexed are left out
    postStart = new int[f + 1];
    for (Post post : allPosts) {
      int k = table.get(post.unitId());
      if (k >= 0) {
        postStart[k + 1]++;
      }
    }
    for (int k = 0; k < f; k++) {
      postStart[k + 1] += postStart[k];
    }
    posts = new Post[postStart[f]];
    int[] postFill = new int[f];
    for (Post post : allPosts) {
      int k = table.get(post.unitId());
      if (k >= 0) {
        posts[postStart[k] + postFill[k]++] = post;
      }
    }
  }

  /**
   * Returns the index of the dataset's well-formed forest, analysing its structure on arrays
   * (no JGraphT graph is built, so this is the path for city- or nation-scale data).
   *
   * @param dataset the dataset; an empty one gives an empty index
   * @return the index; never throws on bad data
   */
  public static HierarchyIndex of(GovernanceDataset dataset) {
    return new HierarchyIndex(StructureAnalysis.of(dataset.units()), dataset.posts());
  }

  /**
   * Returns the index of the dataset's forest completed by reference units (参照单位), for
   * example the national division tables above a community's export: a dataset unit whose
   * parent is a reference unit hangs below it instead of being a root with an external parent.
   * Problems that concern only reference units (their own duplicates, cycles, roots) are not in
   * {@link #problems()}; a reference unit with the id of a dataset unit is ignored (the dataset's
   * record wins).
   *
   * @param dataset the dataset
   * @param reference the reference units, possibly empty
   * @return the index; never throws on bad data
   */
  public static HierarchyIndex of(GovernanceDataset dataset, List<Unit> reference) {
    return new HierarchyIndex(StructureAnalysis.of(dataset.units(), reference), dataset.posts());
  }

  /**
   * Returns the index of the graph's well-formed forest, reusing the graph's analysis.
   *
   * @param graph the graph
   * @return the index
   */
  public static HierarchyIndex of(GovernanceGraph graph) {
    return new HierarchyIndex(graph.analysis(), graph.dataset().posts());
  }

  /** Returns the structural problems found while building, as {@link GovernanceGraph#problems()}. */
  @Override
  public List<StructureProblem> problems() {
    return problems;
  }

  /** Returns the number of units indexed; 0 for an empty forest. */
  @Override
  public int size() {
    return units.length;
  }

  // ---- lookups -------------------------------------------------------------------------------

  /**
   * Returns the pre-order number of the unit (0 to {@code size() - 1}), or -1 when it is absent.
   *
   * @param id the unit's id; null counts as absent
   * @return the position, or -1
   */
  int indexOf(UnitId id) {
    return table.get(id);
  }

  /**
   * Returns true when the unit is in the index (false for excluded and unknown units and null).
   *
   * @param id the unit's id
   * @return whether the index holds it
   */
  @Override
  public boolean contains(UnitId id) {
    return table.get(id) >= 0;
  }

  /**
   * Returns the unit record with the id, or empty when the index does not hold it.
   *
   * @param id the unit's id
   * @return the unit, or empty
   */
  @Override
  public Optional<Unit> unit(UnitId id) {
    int k = table.get(id);
    return k < 0 ? Optional.empty() : Optional.of(units[k]);
  }

  /**
   * Returns the unit at a pre-order number.
   *
   * @param index the pre-order number
   * @return the unit
   * @throws IndexOutOfBoundsException when the number is not below {@link #size()}
   */
  Unit unitAt(int index) {
    return units[Objects.checkIndex(index, units.length)];
  }

  @Override
  public Optional<UnitId> externalParent(UnitId id) {
    int k = table.get(id);
    return k < 0 || parent[k] >= 0 ? Optional.empty()
        : Optional.ofNullable(externalParents.get(k));
  }

  @Override
  public Optional<StructureProblem> exclusion(UnitId id) {
    return id == null ? Optional.empty() : Optional.ofNullable(exclusions.get(id));
  }

  @Override
  public List<Unit> ancestors(UnitId id) {
    int k = table.get(id);
    if (k < 0 || parent[k] < 0) {
      return List.of();
    }
    List<Unit> out = new ArrayList<>(depth[k]);
    for (int p = parent[k]; p >= 0; p = parent[p]) {
      out.add(units[p]);
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean isWithin(UnitId id, UnitId scope) {
    return Objects.equals(id, scope) || inScope(scope, id);
  }

  @Override
  public Optional<Unit> nearest(UnitId id, Tier tier) {
    Objects.requireNonNull(tier, "tier");
    int t = tier.ordinal();
    for (int k = table.get(id); k >= 0; k = parent[k]) {
      if (tiers[k] == t) {
        return Optional.of(units[k]);
      }
    }
    return Optional.empty();
  }

  @Override
  public <V> Map<UnitId, V> rollUp(Map<UnitId, ? extends V> own, BinaryOperator<V> add) {
    Objects.requireNonNull(add, "add");
    if (own.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    V[] sums = (V[]) new Object[units.length];
    Map<UnitId, V> outside = new LinkedHashMap<>();
    own.forEach((id, v) -> {
      int k = table.get(id);
      if (k < 0) {
        outside.put(id, v);
      } else {
        sums[k] = v;
      }
    });
    for (int k = units.length - 1; k > 0; k--) {
      int p = parent[k];
      if (sums[k] != null && p >= 0) {
        sums[p] = sums[p] == null ? sums[k] : add.apply(sums[p], sums[k]);
      }
    }
    Map<UnitId, V> out = new LinkedHashMap<>();
    for (int k = 0; k < units.length; k++) {
      if (sums[k] != null) {
        out.put(units[k].id(), sums[k]);
      }
    }
    out.putAll(outside);
    return Collections.unmodifiableMap(out);
  }

  /**
   * Sums int counts up the tree: the primitive form of {@link #rollUp}, by pre-order number.
   *
   * @param own each unit's own count, by pre-order number; not changed
   * @return each unit's count plus the counts of every unit below it, a new array
   * @throws IllegalArgumentException when the array's length is not {@link #size()}
   */
  int[] sumUp(int[] own) {
    if (own.length != units.length) {
      throw new IllegalArgumentException(
          "expected " + units.length + " counts, one per unit, got " + own.length);
    }
    int[] sums = own.clone();
    for (int k = units.length - 1; k > 0; k--) {
      if (parent[k] >= 0) {
        sums[parent[k]] += sums[k];
      }
    }
    return sums;
  }

  // ---- ancestry --------------------------------------------------------------------------------

  /**
   * Returns true when {@code ancestor} is a proper ancestor of {@code unit} (not the unit
   * itself), in O(1).
   *
   * @param ancestor pre-order number of the candidate ancestor
   * @param unit pre-order number of the unit
   * @return whether the first lies strictly above the second
   * @throws IndexOutOfBoundsException when a number is out of range
   */
  boolean isAncestor(int ancestor, int unit) {
    Objects.checkIndex(ancestor, units.length);
    Objects.checkIndex(unit, units.length);
    return ancestor < unit && unit < end[ancestor];
  }

  /**
   * Returns true when {@code unit} lies in the subtree of {@code scope}, the scope itself
   * included, in O(1).
   *
   * @param scope pre-order number of the scope unit
   * @param unit pre-order number of the unit
   * @return whether the unit is the scope or below it
   * @throws IndexOutOfBoundsException when a number is out of range
   */
  boolean inScope(int scope, int unit) {
    Objects.checkIndex(scope, units.length);
    Objects.checkIndex(unit, units.length);
    return scope <= unit && unit < end[scope];
  }

  /**
   * Returns true when {@code ancestor} is a proper ancestor of {@code unit}; false when either is
   * not in the index.
   *
   * @param ancestor the candidate ancestor
   * @param unit the unit
   * @return whether the first lies strictly above the second
   */
  public boolean isAncestor(UnitId ancestor, UnitId unit) {
    int a = table.get(ancestor);
    int b = table.get(unit);
    return a >= 0 && b >= 0 && a < b && b < end[a];
  }

  /**
   * Returns true when {@code unit} is {@code scope} or lies below it (the unit is in the scope's
   * jurisdiction); false when either is not in the index.
   *
   * @param scope the scope unit
   * @param unit the unit
   * @return whether the unit is in scope
   */
  public boolean inScope(UnitId scope, UnitId unit) {
    int a = table.get(scope);
    int b = table.get(unit);
    return a >= 0 && b >= 0 && a <= b && b < end[a];
  }

  /**
   * Returns the pre-order number of the parent, or -1 at a root.
   *
   * @param index the unit's pre-order number
   * @return the parent's number, or -1
   */
  int parentIndex(int index) {
    return parent[Objects.checkIndex(index, units.length)];
  }

  /**
   * Returns the parent unit, or empty at a root.
   *
   * @param id the unit
   * @return the parent, or empty at a root and outside the tree
   */
  @Override
  public Optional<Unit> parent(UnitId id) {
    int k = table.get(id);
    return k < 0 || parent[k] < 0 ? Optional.empty() : Optional.of(units[parent[k]]);
  }

  /**
   * Returns the depth of the unit: 0 at a root.
   *
   * @param id the unit
   * @return the number of edges up to its root; -1 outside the tree
   */
  public int depth(UnitId id) {
    int k = table.get(id);
    return k < 0 ? -1 : depth[k];
  }

  /**
   * Returns the ids from the unit up to its root, the unit first and the root last.
   *
   * @param id the unit
   * @return the path, of {@code depth(id) + 1} ids; empty outside the tree
   */
  public List<UnitId> pathToRoot(UnitId id) {
    int k = table.get(id);
    if (k < 0) {
      return List.of();
    }
    List<UnitId> path = new ArrayList<>(depth[k] + 1);
    for (; k >= 0; k = parent[k]) {
      path.add(units[k].id());
    }
    return Collections.unmodifiableList(path);
  }

  /**
   * Returns the pre-order number of the lowest common ancestor (the unit itself counts), or -1
   * when the two lie in different trees. Costs O(depth of {@code a}).
   *
   * @param a pre-order number of one unit
   * @param b pre-order number of the other
   * @return the lowest unit having both in scope, or -1
   * @throws IndexOutOfBoundsException when a number is out of range
   */
  int lowestCommonAncestor(int a, int b) {
    Objects.checkIndex(b, units.length);
    int x = Objects.checkIndex(a, units.length);
    while (x >= 0 && !(x <= b && b < end[x])) {
      x = parent[x];
    }
    return x;
  }

  /**
   * Returns the lowest common ancestor of two units (a unit counts as its own ancestor, so the
   * answer for a unit and its descendant is the unit), or empty when they lie in different trees.
   *
   * @param a one unit
   * @param b the other
   * @return the lowest unit having both in scope, or empty (also when one is outside the tree)
   */
  public Optional<UnitId> lowestCommonAncestor(UnitId a, UnitId b) {
    int ka = table.get(a);
    int kb = table.get(b);
    if (ka < 0 || kb < 0) {
      return Optional.empty();
    }
    int x = lowestCommonAncestor(ka, kb);
    return x < 0 ? Optional.empty() : Optional.of(units[x].id());
  }

  /**
   * Returns the nearest unit, starting with the unit itself and going up, that satisfies the
   * predicate; empty when none on the path to the root does.
   *
   * @param id the unit to start at (it is tested first)
   * @param test the predicate
   * @return the nearest matching ancestor-or-self, or empty (also outside the tree)
   */
  public Optional<Unit> nearestAncestor(UnitId id, Predicate<? super Unit> test) {
    Objects.requireNonNull(test, "test");
    for (int k = table.get(id); k >= 0; k = parent[k]) {
      if (test.test(units[k])) {
        return Optional.of(units[k]);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the nearest unit, starting with the unit itself, that has a party organisation of one
   * of the types; any type when none are given. Empty when no unit up to the root has one.
   *
   * @param id the unit, e.g. a household
   * @param types the accepted types; none means any
   * @return the nearest unit with a matching party organisation, or empty (also outside the
   *     tree)
   */
  public Optional<Unit> nearestPartyOrganization(UnitId id, PartyOrganizationType... types) {
    Set<PartyOrganizationType> accepted = types.length == 0
        ? EnumSet.allOf(PartyOrganizationType.class)
        : EnumSet.copyOf(List.of(types));
    return nearestAncestor(id, u -> u.partyOrganization()
        .map(PartyOrganization::type).filter(accepted::contains).isPresent());
  }

  /**
   * Returns the posts with the role held on the day at the nearest unit, starting with the unit
   * itself and going up, that has any: "who is responsible for this household?". Posts are in
   * record order; empty when no unit up to the root has such a post. Posts recorded at units not
   * in the index are never returned.
   *
   * @param id the unit, e.g. a household
   * @param role the role
   * @param day the day the post must be held
   * @return the posts at the nearest unit having one, possibly empty (also outside the tree)
   */
  public List<Post> responsiblePosts(UnitId id, Role role, LocalDate day) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(day, "day");
    for (int k = table.get(id); k >= 0; k = parent[k]) {
      List<Post> found = null;
      for (int q = postStart[k]; q < postStart[k + 1]; q++) {
        Post post = posts[q];
        if (post.role() == role && post.isHeldOn(day)) {
          if (found == null) {
            found = new ArrayList<>(2);
          }
          found.add(post);
        }
      }
      if (found != null) {
        return Collections.unmodifiableList(found);
      }
    }
    return List.of();
  }

  // ---- subtrees --------------------------------------------------------------------------------

  /**
   * Returns the roots of the forest in record order; empty for an empty index.
   *
   * @return the root units
   */
  @Override
  public List<Unit> roots() {
    List<Unit> out = new ArrayList<>();
    for (int k = 0; k < units.length; k = end[k]) {
      out.add(units[k]);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the unit's children in record order; empty for a leaf.
   *
   * @param id the unit
   * @return the children; empty outside the tree
   */
  @Override
  public List<Unit> children(UnitId id) {
    int k = table.get(id);
    if (k < 0) {
      return List.of();
    }
    List<Unit> out = new ArrayList<>();
    for (int c = k + 1; c < end[k]; c = end[c]) {
      out.add(units[c]);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the number of units in the unit's subtree, the unit included (1 for a leaf).
   *
   * @param id the unit
   * @return the subtree size; 0 outside the tree
   */
  public int subtreeSize(UnitId id) {
    int k = table.get(id);
    return k < 0 ? 0 : end[k] - k;
  }

  /**
   * Returns the units of the unit's subtree in pre-order, the unit first, lazily.
   *
   * @param id the unit
   * @return a sequential stream over the subtree; empty outside the tree
   */
  @Override
  public Stream<Unit> subtree(UnitId id) {
    int k = table.get(id);
    if (k < 0) {
      return Stream.empty();
    }
    return IntStream.range(k, end[k]).mapToObj(i -> units[i]);
  }

  /**
   * Returns the units of a tier in the unit's subtree (the unit itself included when it is of
   * that tier), in pre-order, lazily: nothing is materialised.
   *
   * @param id the unit
   * @param tier the tier
   * @return a sequential stream, empty when the subtree has no unit of the tier and outside the
   *     tree
   */
  public Stream<Unit> descendants(UnitId id, Tier tier) {
    int k = table.get(id);
    if (k < 0) {
      return Stream.empty();
    }
    int[] ofTier = byTier[tier.ordinal()];
    int lo = lowerBound(ofTier, k);
    int hi = lowerBound(ofTier, end[k]);
    return IntStream.range(lo, hi).mapToObj(i -> units[ofTier[i]]);
  }

  /**
   * Returns the number of units of a tier in the unit's subtree (the unit itself included when
   * it is of that tier), in O(log n).
   *
   * @param id the unit
   * @param tier the tier
   * @return the count, 0 when there are none and outside the tree
   */
  public int count(UnitId id, Tier tier) {
    int k = table.get(id);
    if (k < 0) {
      return 0;
    }
    int[] ofTier = byTier[tier.ordinal()];
    return lowerBound(ofTier, end[k]) - lowerBound(ofTier, k);
  }

  /**
   * Returns the number of indexed units of a tier.
   *
   * @param tier the tier
   * @return the count, 0 when there are none
   */
  public int count(Tier tier) {
    return byTier[tier.ordinal()].length;
  }

  /** Returns the subtree end (exclusive pre-order number) of a unit; for the summary. */
  int end(int index) {
    return end[index];
  }

  /** Returns the tier ordinal of a unit; for the summary. */
  int tierOrdinal(int index) {
    return tiers[index];
  }

  private static int lowerBound(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
