package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The plan of a partitioned validation (分区方案), made from a first pass over the records: which
 * partition each record belongs to, and which records every partition reads as context.
 *
 * <p>Records that name the same identifier (a reference, or a repeated id) are joined in one
 * component, except references to records of the shared types and a unit's link to a parent
 * above the community tier. Units left out of the tree by a cycle, a missing parent or a
 * self-parent are joined with their parents whatever the tier. Components are packed, in the
 * order of their first record, into partitions of at most the budget of records (a larger
 * component is a partition of its own). The shared context, read by every partition, is: every
 * unit some other component hangs below (with its ancestors), every record naming such a unit,
 * every record of a shared type, and a few witnesses that give each partition the dataset-wide
 * facts the rules test (see {@link PartitionedValidator}).
 */
final class PartitionPlan {

  private static final int COMMUNITY = Tier.COMMUNITY.ordinal();
  private static final int HOUSEHOLD = Tier.HOUSEHOLD.ordinal();
  private static final RecordType[] TYPES = RecordType.values();

  private final References references;
  private final Set<RecordType> sharedTypes;
  private IdTable table = new IdTable(1 << 16);

  // per record, in read order
  private int[] recordSlot = new int[1 << 12];
  private byte[] recordType = new byte[1 << 12];
  private int records;

  // links of units whose id was already taken: child slot, parent slot
  private int[] repeatLinks = new int[16];
  private int repeats;

  private final BitSet witnessRecords = new BitSet();
  private final BitSet typesSeen = new BitSet();
  private boolean gridTeamSeen;

  // the units each record names: record position, slot of the unit's id (slots are remapped
  // when the table grows); how the shared records are found once the context is known
  private int[] unitRefRecord = new int[1 << 12];
  private int[] unitRefSlot = new int[1 << 12];
  private int unitRefs;

  // made by plan()
  private int[] partitionOf;
  private BitSet sharedRecords;
  private int partitions;
  private long largest;
  /** The identifiers the record being added names; reused from record to record. */
  private final List<Identifier> named = new ArrayList<>();

  PartitionPlan(References references, Set<RecordType> sharedTypes) {
    this.references = references;
    this.sharedTypes = sharedTypes;
  }

  /** Takes a record of the first pass. */
  void add(GovernanceRecord r) {
    named.clear();
    references.forEach(r, named::add);
    if (table.needsRoom(named.size() + 2)) {
      int[] moved = table.grow();
      for (int i = 0; i < records; i++) {
        recordSlot[i] = moved[recordSlot[i]];
      }
      for (int i = 0; i < repeats * 2; i++) {
        repeatLinks[i] = moved[repeatLinks[i]];
      }
      for (int i = 0; i < unitRefs; i++) {
        unitRefSlot[i] = moved[unitRefSlot[i]];
      }
    }
    int self = table.slot(r.id());
    for (Identifier id : named) {
      RecordType t = references.typeOfId(id.getClass());
      boolean joins = t != null && !sharedTypes.contains(t);
      if (joins || id instanceof UnitId) {
        int s = table.slot(id);
        if (joins) {
          table.join(self, s);
        }
        if (id instanceof UnitId) {
          if (unitRefs == unitRefSlot.length) {
            unitRefRecord = Arrays.copyOf(unitRefRecord, unitRefs * 2);
            unitRefSlot = Arrays.copyOf(unitRefSlot, unitRefs * 2);
          }
          unitRefRecord[unitRefs] = records;
          unitRefSlot[unitRefs] = s;
          unitRefs++;
        }
      }
    }
    if (r instanceof Unit u) {
      int parent = u.parentId().map(table::slot).orElse(IdTable.ROOT);
      if (!table.isUnit(self)) {
        table.setUnit(self, u.tier().ordinal(), parent);
      } else if (parent != IdTable.ROOT) {
        if (repeats * 2 == repeatLinks.length) {
          repeatLinks = Arrays.copyOf(repeatLinks, repeatLinks.length * 2);
        }
        repeatLinks[repeats * 2] = self;
        repeatLinks[repeats * 2 + 1] = parent;
        repeats++;
      }
    }
    if (records == recordSlot.length) {
      recordSlot = Arrays.copyOf(recordSlot, records * 2);
      recordType = Arrays.copyOf(recordType, records * 2);
    }
    int type = RecordType.of(r).ordinal();
    if (!typesSeen.get(type)) {
      typesSeen.set(type);
      witnessRecords.set(records);
    }
    if (!gridTeamSeen && r instanceof Post p && p.role().isGridTeam()) {
      gridTeamSeen = true;
      witnessRecords.set(records);
    }
    recordSlot[records] = self;
    recordType[records] = (byte) type;
    records++;
  }

  /** Returns the number of records of the first pass. */
  int records() {
    return records;
  }

  /**
   * Makes the plan.
   *
   * @param budget the most records of a partition, but for a component larger than that
   */
  void plan(int budget) {
    int cap = table.capacity();
    boolean[] excluded = new boolean[cap];
    BitSet context = new BitSet(cap);
    exclusions(excluded, context);
    // the tree: join below the community tier, and everything left out of it
    for (int s = 0; s < cap; s++) {
      int p = table.isUnit(s) ? table.parent(s) : -1;
      if (p >= 0 && table.isUnit(p) && (excluded[s] || table.tier(p) >= COMMUNITY)) {
        table.join(s, p);
      }
    }
    for (int i = 0; i < repeats; i++) {
      int c = repeatLinks[2 * i];
      int p = repeatLinks[2 * i + 1];
      if (table.isUnit(p) && table.tier(p) >= COMMUNITY) {
        table.join(c, p);
      }
    }
    // units another component hangs below, with their ancestors
    for (int s = 0; s < cap; s++) {
      int p = table.isUnit(s) ? table.parent(s) : -1;
      if (p >= 0 && table.isUnit(p) && table.root(s) != table.root(p)) {
        markWithAncestors(p, context);
      }
    }
    for (int i = 0; i < repeats; i++) {
      int c = repeatLinks[2 * i];
      int p = repeatLinks[2 * i + 1];
      if (table.isUnit(p) && table.root(c) != table.root(p)) {
        markWithAncestors(p, context);
      }
    }
    witnessUnits(excluded, context);
    sharedRecords = sharedRecords(context);
    // components in the order of their first record, packed into partitions
    int[] partitionOfRoot = new int[cap];
    Arrays.fill(partitionOfRoot, -1);
    int[] componentSize = new int[cap];
    for (int i = 0; i < records; i++) {
      componentSize[table.root(recordSlot[i])]++;
    }
    partitionOf = new int[records];
    long current = 0;
    int part = -1;
    largest = 0;
    for (int i = 0; i < records; i++) {
      int root = table.root(recordSlot[i]);
      if (partitionOfRoot[root] < 0) {
        int size = componentSize[root];
        if (part < 0 || current + size > budget && current > 0) {
          part++;
          current = 0;
        }
        partitionOfRoot[root] = part;
        current += size; // a component goes whole to one partition: current is its size so far
        largest = Math.max(largest, current);
      }
      partitionOf[i] = partitionOfRoot[root];
    }
    partitions = Math.max(part + 1, 1);
    recordSlot = null;
  }

  /**
   * Finds the records every partition reads: those of a shared type, the witnesses, the context
   * units and every record naming one of them.
   */
  private BitSet sharedRecords(BitSet context) {
    BitSet shared = new BitSet(records);
    shared.or(witnessRecords);
    for (int i = 0; i < records; i++) {
      RecordType t = TYPES[recordType[i]];
      if (sharedTypes.contains(t) || (t == RecordType.UNIT && context.get(recordSlot[i]))) {
        shared.set(i);
      }
    }
    for (int k = 0; k < unitRefs; k++) {
      if (context.get(unitRefSlot[k])) {
        shared.set(unitRefRecord[k]);
      }
    }
    unitRefRecord = null;
    unitRefSlot = null;
    return shared;
  }

  private void markWithAncestors(int s, BitSet context) {
    int x = s;
    while (x >= 0 && table.isUnit(x) && !context.get(x)) {
      context.set(x);
      x = table.parent(x);
    }
  }

  /**
   * Finds the units left out of the tree, as the hierarchy's structure analysis does, and marks
   * the first cause as a witness so that every partition sees an incomplete hierarchy when the
   * dataset has one.
   */
  private void exclusions(boolean[] excluded, BitSet context) {
    int cap = table.capacity();
    byte[] state = new byte[cap]; // 0 new, 1 on path, 2 in forest, 3 excluded
    int[] path = new int[64];
    boolean witnessed = false;
    for (int s0 = 0; s0 < cap; s0++) {
      if (!table.isUnit(s0) || state[s0] != 0) {
        continue;
      }
      int top = 0;
      int x = s0;
      boolean out;
      while (true) {
        if (state[x] == 2) {
          out = false;
          break;
        }
        if (state[x] == 3) {
          out = true;
          break;
        }
        if (state[x] == 1) {
          out = true;
          if (!witnessed) {
            witnessed = true;
            int k = top - 1;
            while (path[k] != x) {
              k--;
            }
            for (int c = k; c < top; c++) {
              context.set(path[c]);
            }
          }
          break;
        }
        int p = table.parent(x);
        if (p == IdTable.ROOT) {
          state[x] = 2;
          out = false;
          break;
        }
        if (p == x || p < 0 || !table.isUnit(p)) {
          state[x] = 3;
          excluded[x] = true;
          if (!witnessed) {
            witnessed = true;
            context.set(x);
          }
          out = true;
          break;
        }
        state[x] = 1;
        if (top == path.length) {
          path = Arrays.copyOf(path, top * 2);
        }
        path[top++] = x;
        x = p;
      }
      for (int k = top - 1; k >= 0; k--) {
        state[path[k]] = (byte) (out ? 3 : 2);
        excluded[path[k]] = out;
      }
    }
  }

  /**
   * Marks the witnesses among units: a household of the tree with its ancestors (grid and
   * community sizes are judged only when the dataset has households) and a root of the top tier
   * (an orphan root is one below the top tier of all roots).
   */
  private void witnessUnits(boolean[] excluded, BitSet context) {
    int cap = table.capacity();
    int household = -1;
    int topRoot = -1;
    for (int s = 0; s < cap; s++) {
      if (!table.isUnit(s) || excluded[s]) {
        continue;
      }
      if (household < 0 && table.tier(s) == HOUSEHOLD) {
        household = s;
      }
      if (table.parent(s) == IdTable.ROOT
          && (topRoot < 0 || table.tier(s) < table.tier(topRoot))) {
        topRoot = s;
      }
    }
    if (household >= 0) {
      markWithAncestors(household, context);
    }
    if (topRoot >= 0) {
      context.set(topRoot);
    }
  }

  /** Returns the partition of the record read at this position. */
  int partitionOf(long position) {
    return partitionOf[(int) position];
  }

  /** Returns the record type read at this position in the first pass. */
  int typeOf(long position) {
    return recordType[(int) position];
  }

  /**
   * Returns whether every partition reads the record read at this position: a record of a
   * shared type, a witness, a context unit, or a record naming a context unit.
   */
  boolean isShared(long position) {
    return sharedRecords.get((int) position);
  }

  /** Returns the number of partitions, at least 1. */
  int partitions() {
    return partitions;
  }

  /** Returns the number of records of the largest partition. */
  long largest() {
    return largest;
  }
}
