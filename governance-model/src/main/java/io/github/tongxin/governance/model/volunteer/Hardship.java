package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A household in hardship (困难群众): a flag on a household unit with the kind of hardship and the
 * period it is recognised. A household with several kinds has one record per kind. Visits and
 * help are recorded as {@link Activity activities} naming the household.
 *
 * <p>Kept apart from {@link io.github.tongxin.governance.model.hierarchy.Unit}, which is shared
 * and immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHardship.class)
@JsonDeserialize(as = ImmutableHardship.class)
public abstract class Hardship implements GovernanceRecord, WithHardship {

  @Override
  public abstract HardshipId id();

  /** Returns the household unit. */
  public abstract UnitId householdId();

  /** Returns the kind of hardship. */
  public abstract HardshipKind kind();

  /** Returns the first day the hardship is recognised. */
  public abstract LocalDate since();

  /** Returns the last day the hardship is recognised; empty while it still is. */
  public abstract Optional<LocalDate> until();

  /**
   * Returns true when the hardship is recognised on the day: not before {@link #since()}, not
   * after {@link #until()}.
   *
   * @param day the day
   * @return whether the flag is in force that day
   */
  public final boolean isInForceOn(LocalDate day) {
    return !day.isBefore(since()) && until().map(u -> !day.isAfter(u)).orElse(true);
  }

  /** Returns a builder. */
  public static Hardship.Builder builder() {
    return new Hardship.Builder();
  }

  /**
   * The builder of {@link Hardship}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableHardship.Builder {}
}
