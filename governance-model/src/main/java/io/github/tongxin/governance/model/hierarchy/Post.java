package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A post (职务) a person holds at a unit: a branch secretary, a grid worker, a building head, a
 * committee chair. A post may name the body it is held in (a residents' committee) and the
 * period it is held; a post without an end is current.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePost.class)
@JsonDeserialize(as = ImmutablePost.class)
public abstract class Post implements GovernanceRecord, WithPost {

  @Override
  public abstract PostId id();

  /** Returns the holder. */
  public abstract PersonId personId();

  /** Returns the unit the post is held at. */
  public abstract UnitId unitId();

  /** Returns the role. */
  public abstract Role role();

  /** Returns the organisation the post is held in, e.g. a residents' committee, when recorded. */
  public abstract Optional<OrganizationId> organizationId();

  /** Returns the first day the post is held, when recorded. */
  public abstract Optional<LocalDate> from();

  /** Returns the last day the post is held; empty while it is held. */
  public abstract Optional<LocalDate> to();

  /**
   * Returns true when the post is held on the day: not before its start, not after its end.
   *
   * @param day the day
   * @return whether the post is held that day
   */
  public final boolean isHeldOn(LocalDate day) {
    return from().map(f -> !day.isBefore(f)).orElse(true)
        && to().map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Returns a builder. */
  public static Post.Builder builder() {
    return new Post.Builder();
  }

  /**
   * The builder of {@link Post}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutablePost.Builder {}
}
