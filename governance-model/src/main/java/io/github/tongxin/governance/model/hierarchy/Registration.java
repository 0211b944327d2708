package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A double registration (双报到): the party organisation of an organ or institution, or an
 * in-service party member, registered at the community where it is located or lives.
 *
 * <p>Structurally an organisation registration names an organisation and a member registration
 * names a person; building one otherwise fails with {@link IllegalStateException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistration.class)
@JsonDeserialize(as = ImmutableRegistration.class)
public abstract class Registration implements GovernanceRecord, WithRegistration {

  @Override
  public abstract RegistrationId id();

  /** Returns what registered: an organisation or a member. */
  public abstract RegistrationKind kind();

  /** Returns the registering organisation (for {@link RegistrationKind#ORGANIZATION}). */
  public abstract Optional<OrganizationId> organizationId();

  /** Returns the registering member (for {@link RegistrationKind#MEMBER}). */
  public abstract Optional<PersonId> personId();

  /** Returns the community (or village) registered at. */
  public abstract UnitId communityId();

  /** Returns the day of registration. */
  public abstract LocalDate registeredOn();

  /** Checks that the registrant named matches the kind. */
  @Value.Check
  protected void check() {
    if (kind() == RegistrationKind.ORGANIZATION && organizationId().isEmpty()) {
      throw new IllegalStateException(
          "registration " + id() + ": an organisation registration needs organizationId");
    }
    if (kind() == RegistrationKind.MEMBER && personId().isEmpty()) {
      throw new IllegalStateException(
          "registration " + id() + ": a member registration needs personId");
    }
  }

  /** Returns a builder. */
  public static Registration.Builder builder() {
    return new Registration.Builder();
  }

  /**
   * The builder of {@link Registration}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableRegistration.Builder {}
}
