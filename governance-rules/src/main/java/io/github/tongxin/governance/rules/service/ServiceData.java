package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.service.ServiceCatalog;

/** Service structures derived from a dataset (数据集中的服务数据), shared by the rules. */
public final class ServiceData {

  private ServiceData() {}

  /**
   * Returns the dataset's catalog: the {@link ServiceCatalog#defaultCatalog() default catalog}
   * with the dataset's service items laid over it (an item of the same id replaces the default).
   *
   * @param dataset the dataset
   * @return the catalog; the default catalog when the dataset has no service items
   */
  public static ServiceCatalog catalog(GovernanceDataset dataset) {
    ServiceCatalog defaults = ServiceCatalog.defaultCatalog();
    if (dataset.serviceItems().isEmpty()) {
      return defaults;
    }
    return defaults.overriddenBy(
        ServiceCatalog.builder().addAllItems(dataset.serviceItems()).build());
  }

  /**
   * Returns true when the dataset is about services at all: it holds service items, facilities
   * or work orders. Catalog and facility completeness rules stay silent otherwise.
   *
   * @param dataset the dataset
   * @return whether the dataset has any service record
   */
  public static boolean hasServiceRecords(GovernanceDataset dataset) {
    return !dataset.serviceItems().isEmpty() || !dataset.facilities().isEmpty()
        || !dataset.workOrders().isEmpty();
  }
}
