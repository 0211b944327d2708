package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.divisions.OfficialDivisions;
import io.github.tongxin.governance.divisions.OfficialDivisions.Division;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongxin division CODE...}: the official name, level and parents of division codes
 * (查询区划代码), from the bundled edition of the official tables or a newer one given with
 * {@code --divisions DIR}.
 *
 * <p>Exit codes: 0 every code found; 1 some code is malformed, not in the edition, or of a
 * level or province the edition does not hold (not judged); 64 the {@code --divisions}
 * directory is missing or holds rows that cannot be read.
 */
@Command(name = "division", mixinStandardHelpOptions = true,
    description = "Show a division code's official name, level and parents. "
        + "Exit 1 when a code is not found, 64 when --divisions cannot be read.")
final class DivisionCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "CODE",
      description = "Division codes of 6, 9 or 12 digits, e.g. 360403002006.")
  List<String> codes;

  @Option(names = "--divisions", defaultValue = "bundled", paramLabel = "bundled|DIR",
      description = "The edition: bundled (shipped) or a directory of a newer edition in the "
          + "same CSV layout. Default: ${DEFAULT-VALUE}.")
  String divisions;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the output. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    OfficialDivisions edition = OfficialEdition.of(divisions);
    int status = TongxinCommand.OK;
    for (String code : codes) {
      Optional<Division> d = edition.find(code);
      if (d.isPresent()) {
        Division x = d.get();
        out.println(x.code() + " " + x.name() + lang.t("（" + x.level().zh() + "）",
            " (" + x.level().en() + ")"));
        List<Division> parents = edition.parents(code);
        if (!parents.isEmpty()) {
          out.println("  " + lang.t("上级", "Parents") + ": " + parents.stream()
              .map(p -> p.code() + " " + p.name()).collect(Collectors.joining(" > ")));
        }
        continue;
      }
      status = TongxinCommand.FINDINGS;
      DivisionCodes.Reason reason = DivisionCodes.check(code);
      if (!reason.isValid()) {
        out.println(code + ": " + lang.t(reason.zh(), reason.en()));
      } else if (!edition.covers(code)) {
        out.println(code + ": " + lang.t("本版区划表未收录该省份该层级的代码，不作判断",
            "the edition holds no codes of this level in this province; not judged"));
      } else {
        out.println(code + ": " + lang.t("不在官方区划表中", "not in the official tables"));
      }
    }
    out.println(lang.t("版本", "Edition") + ": " + edition.edition());
    return status;
  }
}
