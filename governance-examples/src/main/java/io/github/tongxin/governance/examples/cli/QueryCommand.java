package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.index.StructureProblem;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.NearestNames;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongxin query --unit ID}: one unit's path to the root, the posts responsible for it,
 * its subtree's counts and household coverage (查询单位); {@code --children ID [--depth N]}: the
 * units below it with names and kinds (下级单位). A unit the tree left out (a cycle, a
 * self-parent) is named with the reason, as the unit tree's policy says.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Show a unit: path to root, responsible posts, subtree counts, coverage; or "
        + "with --children the units below it. Exit 1 when the unit is not found or is outside "
        + "the tree (a cycle), 2 when input cannot be read.")
final class QueryCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Mixin ContextOptions context;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  /** Which unit, and what to show of it. */
  static final class Target {
    @Option(names = "--unit", paramLabel = "ID", description = "The unit's id.")
    String unit;

    @Option(names = "--children", paramLabel = "ID",
        description = "List the units below this one, with names and kinds.")
    String children;
  }

  @Option(names = "--depth", defaultValue = "1", paramLabel = "N",
      description = "With --children, how many levels down. Default: ${DEFAULT-VALUE}.")
  int depth;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the output. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The day posts must be held on. Default: today.")
  LocalDate today;

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
    HierarchyIndex index = HierarchyIndex.of(dataset, context.units(err));
    String unit = target.unit != null ? target.unit : target.children;
    if (depth < 1) {
      throw new TongxinCommand.UsageException("--depth must be at least 1", null);
    }
    String problem = io.github.tongxin.governance.model.id.Identifier.problem(unit);
    if (problem != null || !index.contains(UnitId.of(unit))) {
      Optional<StructureProblem> why = problem != null ? Optional.empty()
          : index.exclusion(UnitId.of(unit));
      if (why.isPresent()) {
        err.println(lang.t("tongxin: 单位 " + unit + " 不在层级树中：" + why.get().kind().zh() + " "
                + why.get().unitIds() + "（见 structure.cycle）",
            "tongxin: unit " + unit + " is outside the tree: " + why.get().kind().en() + " "
                + why.get().unitIds() + " (see structure.cycle)"));
      } else {
        List<String> near = NearestNames.nearest(unit,
            dataset.units().stream().map(x -> x.id().value()).toList());
        err.println(lang.t("tongxin: 未找到单位 " + unit + NearestNames.didYouMeanZh(near),
            "tongxin: unit not found: " + unit + NearestNames.didYouMean(near)));
      }
      return TongxinCommand.FINDINGS;
    }
    UnitId id = UnitId.of(unit);
    if (target.children != null) {
      out.println(lang.t("单位", "Unit") + ": " + label(index.unit(id).orElseThrow()));
      printChildren(out, index, id);
      return TongxinCommand.OK;
    }
    LocalDate day = today == null ? LocalDate.now() : today;
    HierarchySummary summary = HierarchySummary.of(dataset, index);
    Unit u = index.unit(id).orElseThrow();
    out.println(lang.t("单位", "Unit") + ": " + label(u));
    UnitId root = index.pathToRoot(id).get(index.depth(id));
    out.println(lang.t("到根的路径", "Path to root") + ": " + index.pathToRoot(id).stream()
        .map(x -> index.unit(x).map(QueryCommand::shortLabel).orElse(x.value()))
        .collect(Collectors.joining(" < "))
        + index.externalParent(root).map(p -> lang.t(" < （上级 " + p.value() + " 不在本数据中）",
            " < (parent " + p.value() + " is not in the input)")).orElse(""));
    Map<PersonId, Person> persons = dataset.persons().stream()
        .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    out.println(lang.t("负责职务（" + day + "）", "Responsible posts (on " + day + ")") + ":");
    boolean any = false;
    for (Role role : Role.values()) {
      List<Post> posts = index.responsiblePosts(id, role, day);
      for (Post p : posts) {
        any = true;
        out.println("  " + Columns.pad(lang.t(role.zh(), role.en()), 24) + " " + p.id().value()
            + "  " + p.personId().value() + " " + (persons.containsKey(p.personId())
                ? PersonalData.mask(persons.get(p.personId()).name()) : "?") + " @ " + p.unitId().value());
      }
    }
    if (!any) {
      out.println("  " + lang.t("（无）", "(none)"));
    }
    out.println(lang.t("下辖单位", "Subtree") + ": " + index.subtreeSize(id) + " "
        + lang.t("个单位", "units") + " (" + tierCounts(index, id) + ")");
    var members = summary.membersInSubtree(id);
    out.println(lang.t("下辖党员", "Party members in subtree") + ": " + members.full() + " "
        + lang.t("正式", "full") + ", " + members.probationary() + " "
        + lang.t("预备", "probationary"));
    var coverage = summary.coverage(id);
    out.println(lang.t("联系户覆盖", "Household coverage") + ": " + coverage.covered() + "/"
        + coverage.total() + coverage.ratio().stream()
            .mapToObj(r -> String.format(" (%.1f%%)", 100 * r)).findFirst().orElse(""));
    return TongxinCommand.OK;
  }

  /** Prints the subtree in pre-order down to {@link #depth} levels, indented by level. */
  private void printChildren(PrintWriter out, HierarchyIndex index, UnitId id) {
    int top = index.depth(id);
    index.subtree(id).skip(1).forEach(c -> {
      int level = index.depth(c.id()) - top;
      if (level <= depth) {
        out.println("  ".repeat(level) + c.id().value() + " " + c.name() + " ("
            + lang.t(c.kind().zh(), c.kind().en()) + ")");
      }
    });
  }

  private String tierCounts(HierarchyIndex index, UnitId id) {
    StringBuilder sb = new StringBuilder();
    for (Tier t : Tier.values()) {
      int n = index.count(id, t);
      if (n > 0) {
        sb.append(sb.length() > 0 ? ", " : "").append(lang.t(t.zh(), t.en())).append(' ')
            .append(n);
      }
    }
    return sb.toString();
  }

  private String label(Unit u) {
    return u.id().value() + " " + PersonalData.mask(u.name()) + " (" + lang.t(u.kind().zh(), u.kind().en())
        + u.divisionCode().map(c -> ", " + c).orElse("") + ")";
  }

  private static String shortLabel(Unit u) {
    return u.id().value() + " " + PersonalData.mask(u.name());
  }
}
