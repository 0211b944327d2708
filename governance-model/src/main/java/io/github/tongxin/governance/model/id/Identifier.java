package io.github.tongxin.governance.model.id;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.tongxin.governance.model.id.internal.IdentifierPositions;
import io.github.tongxin.governance.model.id.internal.IndexPosition;
import java.util.Objects;

/**
 * The base of every typed identifier (编号): a non-blank string of at most {@value #MAX_LENGTH}
 * characters with no whitespace and no control characters.
 *
 * <p>Typed identifiers keep a {@link UnitId} from being passed where a {@link PersonId} is
 * expected. Two identifiers are equal when they are of the same class and hold the same text.
 * Construction rejects malformed text with an {@link IllegalArgumentException} whose message
 * says which rule was broken; use {@link #problem(String)} to test text without an exception.
 *
 * <p>The identifiers are a closed set, all in this package: the class is sealed and its
 * constructor package-private, so no one outside the model can add an identifier type.
 */
public abstract sealed class Identifier implements Comparable<Identifier>
    permits ActivityId, CampaignId, ContactLinkId, CouncilId, FacilityId, HardshipId, MatterId,
    MeetingId, MembershipId, OrganisationalLifeId, OrganizationId, PersonId, PostId, RegistrationId,
    ServiceCategoryId, ServiceItemId, UnitId, VolunteerId, VoterId, WorkOrderId {

  /** The longest identifier accepted, in UTF-16 code units. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * The hash, computed once: maps keyed by identifiers (every rule's indexes) hash each key many
   * times, and the class-name term went through reflection on every call.
   */
  private final int hash;

  /**
   * The position the last index asked about this object remembered in it (as {@code String}
   * caches its hash), or {@code null}: the hierarchy index reads it to skip its hashed lookup
   * when asked again with the same object (issue 19, B2). Not part of the value (equality, hash,
   * order and JSON ignore it). One reference to an immutable holder, so a racing reader sees
   * null, an old holder or a new one, never a torn pair; the holder names its index by a stamp,
   * so it keeps no index alive. It costs no memory: with compressed references the object was
   * 12 (header) + 4 (value) + 4 (hash) = 20 bytes, padded to 24, and is 24 bytes now.
   */
  private IndexPosition position;

  static {
    IdentifierPositions.install(new IdentifierPositions.Access() {
      @Override
      public IndexPosition get(Object id) {
        return ((Identifier) id).position;
      }

      @Override
      public void set(Object id, IndexPosition position) {
        ((Identifier) id).position = position;
      }
    });
  }

  /**
   * Checks and keeps the identifier's text.
   *
   * @param value the text; must pass {@link #problem(String)}
   * @throws IllegalArgumentException when the text is blank, too long, or holds whitespace or
   *     control characters
   */
  Identifier(String value) {
    String problem = problem(value);
    if (problem != null) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ": " + problem);
    }
    this.value = value;
    this.hash = value.hashCode() * 31 + getClass().getSimpleName().hashCode();
  }

  /**
   * Returns why the text cannot be an identifier, or {@code null} when it can.
   *
   * @param value the candidate text, may be {@code null}
   * @return an English sentence naming the rule broken, or {@code null} when the text is valid
   */
  public static String problem(String value) {
    if (value == null) {
      return "identifier is missing (null)";
    }
    if (value.isEmpty()) {
      return "identifier is empty";
    }
    if (value.length() > MAX_LENGTH) {
      return "identifier has " + value.length() + " characters, more than " + MAX_LENGTH;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return "identifier contains whitespace at index " + i;
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        return "identifier contains a control character at index " + i;
      }
    }
    return null;
  }

  /**
   * Returns the identifier's text, as written in data files.
   *
   * @return the text, never blank
   */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other != null
        && other.getClass() == getClass()
        && ((Identifier) other).hash == hash
        && ((Identifier) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return hash;
  }

  /** Orders by class name, then by text; so a sorted mixed list is deterministic. */
  @Override
  public final int compareTo(Identifier other) {
    int byClass = getClass().getSimpleName().compareTo(other.getClass().getSimpleName());
    return byClass != 0 ? byClass : value.compareTo(other.value);
  }

  /** Returns the identifier's text. */
  @Override
  public final String toString() {
    return value;
  }

  static <T> T require(T value, String what) {
    return Objects.requireNonNull(value, what);
  }
}
