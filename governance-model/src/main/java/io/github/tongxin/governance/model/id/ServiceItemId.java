package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The identifier of a service item of the catalog (服务事项编码). */
public final class ServiceItemId extends Identifier {

  private ServiceItemId(String value) {
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
  public static ServiceItemId of(String value) {
    return new ServiceItemId(value);
  }
}
