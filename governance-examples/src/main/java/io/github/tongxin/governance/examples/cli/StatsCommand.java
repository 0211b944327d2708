package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.index.StructureProblem;
import io.github.tongxin.governance.rules.io.DatasetReader;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongxin stats}: records per type, units per kind and tier, and each root's summary. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Summarise the data: records per type, units per kind and tier, members and "
        + "household coverage under each root. Exit 2 when input cannot be read.")
final class StatsCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the output. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(names = "--all", description = "List every root (by default the first 20).")
  boolean all;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetReader.Result read = Inputs.readOrExplain(input, err, lang);
    if (read == null) {
      return TongxinCommand.UNREADABLE;
    }
    GovernanceDataset dataset = read.dataset();
    HierarchyIndex index = HierarchyIndex.of(dataset);
    HierarchySummary summary = HierarchySummary.of(dataset, index);
    out.println(lang.t("记录", "Records") + ": " + dataset.size());
    for (RecordType t : RecordType.values()) {
      int n = dataset.records(t).size();
      if (n > 0) {
        out.println(row(lang.t(t.zh(), t.collection()), n, ""));
      }
    }
    Map<UnitKind, Integer> kinds = new EnumMap<>(UnitKind.class);
    for (Unit u : dataset.units()) {
      kinds.merge(u.kind(), 1, Integer::sum);
    }
    out.println(lang.t("单位类型", "Units per kind") + ":");
    kinds.forEach((k, n) -> out.println(row(lang.t(k.zh(), k.name()), n, "")));
    out.println(lang.t("层级（已索引）", "Units per tier (indexed)") + ":");
    for (Tier t : Tier.values()) {
      int n = summary.unitsPerTier().getOrDefault(t, 0);
      if (n > 0) {
        out.println(row(lang.t(t.zh(), t.name()), n, ""));
      }
    }
    out.println(lang.t("根单位", "Roots") + ": " + index.roots().size());
    int shown = 0;
    for (Unit root : index.roots()) {
      if (!all && shown++ == 20) {
        out.println("  ...");
        break;
      }
      var members = summary.membersInSubtree(root.id());
      var coverage = summary.coverage(root.id());
      out.printf("  %s %s: %d %s, %s %d/%d, %s %d/%d%n", root.id().value(), PersonalData.mask(root.name()),
          index.subtreeSize(root.id()), lang.t("个单位", "units"),
          lang.t("党员（正式/预备）", "members (full/probationary)"), members.full(),
          members.probationary(), lang.t("联系户覆盖", "households covered"), coverage.covered(),
          coverage.total());
    }
    out.println(lang.t("结构问题", "Structure problems") + ": " + index.problems().size());
    Map<StructureProblem.Kind, Integer> problems = new EnumMap<>(StructureProblem.Kind.class);
    index.problems().forEach(p -> problems.merge(p.kind(), 1, Integer::sum));
    problems.forEach((k, n) -> out.println(row(lang.t(k.zh(), k.name()), n,
        k.isInformational() ? lang.t("（提示）", " (informational)") : "")));
    if (summary.ignoredMemberships() > 0) {
      out.println(lang.t("支部不在层级中的党员", "Memberships of branches outside the hierarchy")
          + ": " + summary.ignoredMemberships());
    }
    if (!read.report().findings().isEmpty()) {
      out.println(lang.t("读取问题", "Read findings") + ": " + read.report().findings().size()
          + lang.t("（用 validate 查看）", " (see validate)"));
    }
    return TongxinCommand.OK;
  }

  private static String row(String name, int count, String note) {
    return "  " + Columns.pad(name, 16) + " " + Columns.padLeft(String.valueOf(count), 8) + note;
  }
}
