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
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.hierarchy.HierarchySummary;
import io.github.tongxin.governance.rules.io.DatasetReader;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongxin query --unit ID}: one unit's path to the root, the posts responsible for it,
 * its subtree's counts and household coverage (查询单位).
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Show a unit: path to root, responsible posts, subtree counts, coverage. "
        + "Exit 1 when the unit is not found, 2 when input cannot be read.")
final class QueryCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--unit", required = true, paramLabel = "ID", description = "The unit's id.")
  String unit;

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
    HierarchyIndex index = HierarchyIndex.of(dataset);
    String problem = io.github.tongxin.governance.model.id.Identifier.problem(unit);
    if (problem != null || !index.contains(UnitId.of(unit))) {
      err.println(lang.t("tongxin: 未找到单位 " + unit, "tongxin: unit not found: " + unit));
      return TongxinCommand.FINDINGS;
    }
    UnitId id = UnitId.of(unit);
    LocalDate day = today == null ? LocalDate.now() : today;
    HierarchySummary summary = HierarchySummary.of(dataset, index);
    Unit u = index.unit(id).orElseThrow();
    out.println(lang.t("单位", "Unit") + ": " + label(u));
    out.println(lang.t("到根的路径", "Path to root") + ": " + index.pathToRoot(id).stream()
        .map(x -> index.unit(x).map(QueryCommand::shortLabel).orElse(x.value()))
        .collect(Collectors.joining(" < ")));
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
