package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A contact link (联系户): a party-member central household (党员中心户) and the neighbouring
 * households it keeps in touch with, about ten (RULES.md G3).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactLink.class)
@JsonDeserialize(as = ImmutableContactLink.class)
public abstract class ContactLink implements GovernanceRecord, WithContactLink {

  @Override
  public abstract ContactLinkId id();

  /** Returns the central household's unit. */
  public abstract UnitId centralHouseholdId();

  /** Returns the party member heading the central household, when recorded. */
  public abstract Optional<PersonId> personId();

  /** Returns the households kept in touch with, in the order recorded; may be empty. */
  public abstract List<UnitId> households();

  /** Returns a builder. */
  public static ContactLink.Builder builder() {
    return new ContactLink.Builder();
  }

  /**
   * The builder of {@link ContactLink}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableContactLink.Builder {}
}
