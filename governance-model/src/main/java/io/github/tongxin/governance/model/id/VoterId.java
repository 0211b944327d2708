package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The identifier of a voter on a meeting roster (表决人编号): a person's id, or for owners an owner key such as the buyer on the property register; several roster entries with one voter id are one voter. */
public final class VoterId extends Identifier {

  private VoterId(String value) {
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
  public static VoterId of(String value) {
    return new VoterId(value);
  }
}
