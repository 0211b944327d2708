package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.StructureProblem.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The structural analysis of a unit list on plain arrays, in linear time: distinct units (first
 * occurrence wins), their parents, which of them form the well-formed forest, and the problems.
 * Shared by {@link GovernanceGraph} and {@link HierarchyIndex#of(
 * io.github.tongxin.governance.model.dataset.GovernanceDataset)}, which needs no JGraphT object.
 */
final class StructureAnalysis {

  static final int ROOT = -1;
  private static final int SELF = -2;

  private static final byte NEW = 0;
  private static final byte ON_PATH = 1;
  private static final byte IN_FOREST = 2;
  private static final byte EXCLUDED = 3;

  /** Distinct units, first occurrences in record order; {@link #size} of them are used. */
  final Unit[] distinct;
  /** Position in the dataset's unit list of each distinct unit. */
  final int[] recordIndex;
  final int size;
  final UnitIdTable table;
  /** Distinct index of each unit's parent, or {@link #ROOT}, or a negative marker. */
  final int[] parent;
  /** Whether each distinct unit belongs to the well-formed forest. */
  final boolean[] inForest;
  final int forestSize;
  final List<StructureProblem> problems;
  /** The parent id named by each root whose parent is not in the input; null elsewhere. */
  final UnitId[] externalParent;

  /**
   * Analyses the units; those from position {@code own} on are reference units (a context that
   * completes the tree): they are in the tree, but problems that concern only them are dropped.
   */
  private StructureAnalysis(List<Unit> units, int own) {
    int m = units.size();
    distinct = new Unit[m];
    recordIndex = new int[m];
    table = new UnitIdTable(m);
    List<StructureProblem> found = new ArrayList<>();
    int n = 0;
    for (int r = 0; r < m; r++) {
      Unit u = units.get(r);
      distinct[n] = u;
      int first = table.putIfAbsent(u.id(), n);
      if (first < 0) {
        recordIndex[n++] = r;
      } else {
        distinct[n] = null;
        if (r < own) {
          found.add(new StructureProblem(Kind.DUPLICATE_ID, List.of(u.id()),
              List.of(recordIndex[first], r), List.of()));
        }
      }
    }
    size = n;
    parent = new int[n];
    externalParent = new UnitId[n];
    for (int i = 0; i < n; i++) {
      Optional<UnitId> p = distinct[i].parentId();
      if (p.isEmpty()) {
        parent[i] = ROOT;
      } else if (p.get().equals(distinct[i].id())) {
        parent[i] = SELF;
      } else {
        int j = table.get(p.get());
        parent[i] = j < 0 ? ROOT : j;
        if (j < 0) {
          externalParent[i] = p.get();
          found.add(new StructureProblem(Kind.EXTERNAL_PARENT, List.of(distinct[i].id(), p.get()),
              List.of(recordIndex[i]), List.of()));
        }
      }
    }

    byte[] state = new byte[n];
    int[] cause = new int[n];
    int[] path = new int[n];
    List<ExclusionBuilder> exclusions = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      if (state[s] != NEW) {
        continue;
      }
      int top = 0;
      int x = s;
      int excludedBy = -1;
      while (true) {
        if (state[x] == IN_FOREST) {
          break;
        }
        if (state[x] == EXCLUDED) {
          excludedBy = cause[x];
          break;
        }
        if (state[x] == ON_PATH) {
          int k = top - 1;
          while (path[k] != x) {
            k--;
          }
          excludedBy = exclusions.size();
          exclusions.add(cycle(path, k, top));
          for (int c = k; c < top; c++) {
            exclude(path[c], excludedBy, state, cause, exclusions);
          }
          top = k;
          break;
        }
        int p = parent[x];
        if (p == ROOT) {
          state[x] = IN_FOREST;
          break;
        }
        if (p == SELF) {
          excludedBy = exclusions.size();
          Unit u = distinct[x];
          exclusions.add(
              new ExclusionBuilder(Kind.SELF_PARENT, List.of(u.id()), List.of(recordIndex[x])));
          exclude(x, excludedBy, state, cause, exclusions);
          break;
        }
        state[x] = ON_PATH;
        path[top++] = x;
        x = p;
      }
      for (int k = top - 1; k >= 0; k--) {
        if (excludedBy < 0) {
          state[path[k]] = IN_FOREST;
        } else {
          exclude(path[k], excludedBy, state, cause, exclusions);
        }
      }
    }
    for (ExclusionBuilder e : exclusions) {
      found.add(e.build(distinct));
    }
    if (own < m) {
      found.removeIf(q -> q.recordIndexes().stream().allMatch(r -> r >= own));
    }

    inForest = new boolean[n];
    int forest = 0;
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (state[i] != IN_FOREST) {
        continue;
      }
      inForest[i] = true;
      forest++;
      int p = parent[i];
      if (p == ROOT) {
        if (recordIndex[i] < own) {
          roots.add(i);
        }
      } else if (recordIndex[i] < own
          && !distinct[i].tier().isBelow(distinct[p].tier())) {
        found.add(new StructureProblem(Kind.TIER_ORDER,
            List.of(distinct[i].id(), distinct[p].id()),
            List.of(recordIndex[i], recordIndex[p]), List.of()));
      }
    }
    forestSize = forest;
    if (roots.size() > 1) {
      List<UnitId> ids = new ArrayList<>(roots.size());
      List<Integer> records = new ArrayList<>(roots.size());
      for (int r : roots) {
        ids.add(distinct[r].id());
        records.add(recordIndex[r]);
      }
      found.add(new StructureProblem(Kind.SEVERAL_ROOTS, ids, records, List.of()));
    }
    found.sort(Comparator.comparing(StructureProblem::kind)
        .thenComparing(q -> q.recordIndexes().get(0))
        .thenComparing(q -> q.recordIndexes().get(q.recordIndexes().size() - 1)));
    problems = Collections.unmodifiableList(found);
  }

  static StructureAnalysis of(List<Unit> units) {
    return new StructureAnalysis(units, units.size());
  }

  /**
   * Returns the analysis of the units followed by reference units that complete the tree; the
   * reference units' own problems are not reported.
   */
  static StructureAnalysis of(List<Unit> units, List<Unit> reference) {
    if (reference.isEmpty()) {
      return of(units);
    }
    List<Unit> all = new ArrayList<>(units.size() + reference.size());
    all.addAll(units);
    all.addAll(reference);
    return new StructureAnalysis(all, units.size());
  }

  private ExclusionBuilder cycle(int[] path, int from, int to) {
    int len = to - from;
    int start = from;
    for (int k = from; k < to; k++) {
      if (path[k] < path[start]) {
        start = k;
      }
    }
    List<UnitId> ids = new ArrayList<>(len);
    List<Integer> records = new ArrayList<>(len);
    for (int c = 0; c < len; c++) {
      int member = path[from + (start - from + c) % len];
      ids.add(distinct[member].id());
      records.add(recordIndex[member]);
    }
    return new ExclusionBuilder(Kind.CYCLE, ids, records);
  }

  private static void exclude(int x, int by, byte[] state, int[] cause,
      List<ExclusionBuilder> exclusions) {
    state[x] = EXCLUDED;
    cause[x] = by;
    exclusions.get(by).add(x);
  }

  /** A problem that excludes units, gathering them as they are found. */
  private static final class ExclusionBuilder {
    private final Kind kind;
    private final List<UnitId> ids;
    private final List<Integer> records;
    private int[] excluded = new int[4];
    private int count;

    ExclusionBuilder(Kind kind, List<UnitId> ids, List<Integer> records) {
      this.kind = kind;
      this.ids = ids;
      this.records = records;
    }

    void add(int x) {
      if (count == excluded.length) {
        excluded = Arrays.copyOf(excluded, count * 2);
      }
      excluded[count++] = x;
    }

    StructureProblem build(Unit[] distinct) {
      int[] sorted = Arrays.copyOf(excluded, count);
      Arrays.sort(sorted);
      List<UnitId> out = new ArrayList<>(count);
      for (int x : sorted) {
        out.add(distinct[x].id());
      }
      return new StructureProblem(kind, ids, records, out);
    }
  }
}
