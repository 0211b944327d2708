package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A service category (服务类别): one of the {@link StandardServiceCategory standard twelve} or one
 * a locality adds to its catalog, e.g. {@code heating} (供暖).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceCategory.class)
@JsonDeserialize(as = ImmutableServiceCategory.class)
public abstract class ServiceCategory implements WithServiceCategory {

  /** Returns the category's id, its code. */
  public abstract ServiceCategoryId id();

  /** Returns the Chinese name. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the English name, when recorded. */
  public abstract Optional<@Size(max = 200) String> nameEn();

  /**
   * Returns a category.
   *
   * @param id the id
   * @param name the Chinese name
   * @param nameEn the English name, or {@code null}
   * @return the category
   */
  public static ServiceCategory of(ServiceCategoryId id, String name, String nameEn) {
    return builder()
        .id(id)
        .name(name)
        .nameEn(Optional.ofNullable(nameEn))
        .build();
  }

  /**
   * Returns a new, empty builder of {@link ServiceCategory}.
   *
   * @return an empty builder
   */
  public static ServiceCategory.Builder builder() {
    return new ServiceCategory.Builder();
  }

  /**
   * The builder of {@link ServiceCategory}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableServiceCategory.Builder {}
}
