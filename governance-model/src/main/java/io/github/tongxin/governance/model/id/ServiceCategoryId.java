package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The identifier of a service category (服务类别编码), e.g. {@code food-hygiene}. */
public final class ServiceCategoryId extends Identifier {

  private ServiceCategoryId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this text.
   *
   * @param value non-blank text of at most {@value Identifier#MAX_LENGTH} characters without
   *     whitespace or control characters
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static ServiceCategoryId of(String value) {
    return new ServiceCategoryId(value);
  }
}
