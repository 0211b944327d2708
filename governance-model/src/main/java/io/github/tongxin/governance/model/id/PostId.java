package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The identifier of a post held by a person at a unit (职务编号). */
public final class PostId extends Identifier {

  private PostId(String value) {
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
  public static PostId of(String value) {
    return new PostId(value);
  }
}
