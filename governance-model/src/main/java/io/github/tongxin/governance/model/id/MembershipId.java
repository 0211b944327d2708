package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The identifier of a party membership record (党员身份记录编号). */
public final class MembershipId extends Identifier {

  private MembershipId(String value) {
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
  public static MembershipId of(String value) {
    return new MembershipId(value);
  }
}
