package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code service.catalog.department-missing}: 部门报到 completeness. Every standard service
 * category needs a responsible functional department that can report in: some item of the
 * category in the dataset's catalog ({@link ServiceData#catalog}) names a department, and, when
 * the dataset lists organisations, at least one named department is one of them.
 *
 * <p>Source: RULES.md F2, F4 (北京市接诉即办工作条例 Art. 33, the reporting departments are
 * assessed); completeness is Tongxin's reading, so findings are warnings. Silent for a dataset
 * with no service records.
 */
public final class CatalogDepartmentRule implements Rule {

  /** The rule. */
  public static final CatalogDepartmentRule INSTANCE = new CatalogDepartmentRule();

  private final RuleDescriptor descriptor = RuleDescriptor.builder()
      .id("service.catalog.department-missing")
      .zh("标准服务类别缺少可报到的责任部门")
      .en("standard service category without a responsible department that can report in")
      .source("RULES.md F2, F4 [S]; 北京市接诉即办工作条例 Art. 33")
      .defaultSeverity(Severity.WARNING)
      .build();

  private CatalogDepartmentRule() {}

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    GovernanceDataset dataset = context.dataset();
    if (!ServiceData.hasServiceRecords(dataset)) {
      return;
    }
    ServiceCatalog catalog = ServiceData.catalog(dataset);
    Set<OrganizationId> organizations = dataset.organizations().stream()
        .map(Organization::id).collect(Collectors.toSet());
    for (StandardServiceCategory c : StandardServiceCategory.values()) {
      Set<OrganizationId> named = new LinkedHashSet<>();
      catalog.itemsOf(c.id()).forEach(i -> named.addAll(i.departmentIds()));
      if (named.isEmpty()) {
        context.report(context.newFinding().addSubjects(c.id())
            .zh("服务类别“" + c.zh() + "”的" + catalog.itemsOf(c.id()).size() + "个服务事项均未指定责任部门")
            .en("service category " + c.id() + " (" + c.en() + "): none of its "
                + catalog.itemsOf(c.id()).size() + " items names a responsible department")
            .build());
      } else if (!organizations.isEmpty() && named.stream().noneMatch(organizations::contains)) {
        context.report(context.newFinding().addSubjects(c.id())
            .addAllSubjects(named)
            .zh("服务类别“" + c.zh() + "”指定的" + named.size() + "个责任部门" + named
                + "均不在数据集的组织中，无部门可报到")
            .en("service category " + c.id() + " (" + c.en() + "): none of its " + named.size()
                + " departments " + named + " is an organisation of the dataset")
            .build());
      }
    }
  }
}
