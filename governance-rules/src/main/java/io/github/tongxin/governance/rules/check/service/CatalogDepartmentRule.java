package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
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
public final class CatalogDepartmentRule extends BaseRule {

  /** The rule. */
  public static final CatalogDepartmentRule INSTANCE = new CatalogDepartmentRule();

  private CatalogDepartmentRule() {
    super("service.catalog.department-missing", Severity.WARNING);
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
        context.report(context.newFinding(Message.of("no-department").with("id", c.id())
                .with("category", c).with("items", catalog.itemsOf(c.id()).size()))
            .addSubjects(c.id()).build());
      } else if (!organizations.isEmpty() && named.stream().noneMatch(organizations::contains)) {
        // the departments as the set prints them, [a, b], the same in both languages
        context.report(context.newFinding(Message.of("none-on-record").with("id", c.id())
                .with("category", c).with("count", named.size())
                .with("departments", named.toString()))
            .addSubjects(c.id()).addAllSubjects(named).build());
      }
    }
  }
}
