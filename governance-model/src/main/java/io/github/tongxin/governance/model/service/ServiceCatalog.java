package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A service catalog (服务菜单): the categories a locality uses beyond the
 * {@link StandardServiceCategory standard twelve}, and its service items.
 *
 * <p>The library ships a default catalog, the seed's menu ({@link #defaultCatalog()}); a locality
 * reads its own from JSON ({@link #read(InputStream)}) and lays it over the default with
 * {@link #overriddenBy(ServiceCatalog)}. In JSON a catalog is
 * {@code {"localCategories": [...], "items": [...]}}, each item as a {@link ServiceItem}.
 *
 * <p>The default catalog names departments by conventional ids ({@code gov.market-regulation}
 * 市场监督管理局, {@code gov.ecology-environment} 生态环境局, ...): a locality either uses the same
 * ids for its departments' {@code Organization} records or overrides the items.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceCatalog.class)
@JsonDeserialize(as = ImmutableServiceCatalog.class)
public abstract class ServiceCatalog implements WithServiceCatalog {

  /** The zone in which days and months of service work are counted: Asia/Shanghai. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The class-path resource of the default catalog. */
  public static final String DEFAULT_RESOURCE =
      "/io/github/tongxin/governance/model/service/default-catalog.json";

  /** Returns the categories added by the locality (a local category may rename a standard one). */
  public abstract List<ServiceCategory> localCategories();

  /** Returns the service items, in catalog order. */
  public abstract List<ServiceItem> items();

  /**
   * Returns every category: the standard twelve in their order (renamed where a local category
   * has the same id), then the other local categories in their order.
   *
   * @return the categories, never empty
   */
  public final List<ServiceCategory> categories() {
    Map<ServiceCategoryId, ServiceCategory> all = new LinkedHashMap<>();
    for (StandardServiceCategory c : StandardServiceCategory.values()) {
      all.put(c.id(), c.category());
    }
    for (ServiceCategory c : localCategories()) {
      all.put(c.id(), c);
    }
    return List.copyOf(all.values());
  }

  /**
   * Returns the category with this id.
   *
   * @param id the id
   * @return the category, or empty when the catalog has none of that id
   */
  public final Optional<ServiceCategory> category(ServiceCategoryId id) {
    return categories().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the item with this id.
   *
   * @param id the id
   * @return the item, or empty when the catalog has none of that id
   */
  public final Optional<ServiceItem> item(ServiceItemId id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns the items of a category, in catalog order.
   *
   * @param categoryId the category's id
   * @return the items, possibly empty
   */
  public final List<ServiceItem> itemsOf(ServiceCategoryId categoryId) {
    return items().stream().filter(i -> i.categoryId().equals(categoryId)).toList();
  }

  /**
   * Returns this catalog with another laid over it: the other's items and local categories
   * replace those of the same id here (in place) and the rest are appended.
   *
   * @param local the overriding catalog, e.g. a locality's
   * @return the combined catalog
   */
  public final ServiceCatalog overriddenBy(ServiceCatalog local) {
    Map<ServiceCategoryId, ServiceCategory> categories = new LinkedHashMap<>();
    localCategories().forEach(c -> categories.put(c.id(), c));
    local.localCategories().forEach(c -> categories.put(c.id(), c));
    Map<ServiceItemId, ServiceItem> items = new LinkedHashMap<>();
    items().forEach(i -> items.put(i.id(), i));
    local.items().forEach(i -> items.put(i.id(), i));
    return builder()
        .addAllLocalCategories(categories.values())
        .addAllItems(items.values())
        .build();
  }

  /**
   * Reads a catalog from JSON with the safe mapper ({@link GovernanceJson#mapper()}).
   *
   * @param in the JSON, UTF-8; not closed
   * @return the catalog
   * @throws tools.jackson.core.JacksonException when the input is not a well-formed catalog; the
   *     message says where
   */
  public static ServiceCatalog read(InputStream in) {
    return GovernanceJson.mapper().readValue(in, ServiceCatalog.class);
  }

  /**
   * Returns the default catalog shipped with the library: the seed's service menu, one or more
   * items for each standard category. It is read once and shared (it is immutable).
   *
   * @return the default catalog
   * @throws IllegalStateException when the resource is missing from the class path
   */
  public static ServiceCatalog defaultCatalog() {
    return DefaultHolder.CATALOG;
  }

  /** Reads the default catalog once, on first use. */
  private static final class DefaultHolder {
    static final ServiceCatalog CATALOG = load();

    private static ServiceCatalog load() {
      try (InputStream in = ServiceCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + DEFAULT_RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /**
   * Returns the empty catalog: the standard categories and no items.
   *
   * @return the catalog
   */
  public static ServiceCatalog empty() {
    return builder().build();
  }

  /** Returns a builder. */
  public static ServiceCatalog.Builder builder() {
    return new ServiceCatalog.Builder();
  }

  /**
   * The builder of {@link ServiceCatalog}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableServiceCatalog.Builder {}
}
