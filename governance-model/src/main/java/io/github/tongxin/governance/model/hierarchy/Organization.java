package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.SocialCreditCode;
import io.github.tongxin.governance.model.identifier.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation (组织): a residents' or villagers' committee, an owners' committee, a property
 * company, a government department, a public institution, an enterprise or a social
 * organisation, with the unit it sits in.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(as = ImmutableOrganization.class)
public abstract class Organization implements GovernanceRecord, WithOrganization {

  @Override
  public abstract OrganizationId id();

  /** Returns the kind. */
  public abstract OrganizationKind kind();

  /** Returns the name. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /**
   * Returns the unified social credit code (统一社会信用代码, GB 32100), when recorded. A broken
   * structure is an error; failed check characters only a warning, since early pilot codes fail
   * them (RULES.md H2).
   */
  public abstract Optional<
          @SocialCreditCode(verify = SocialCreditCode.Verify.STRUCTURE)
          @SocialCreditCode(
              verify = SocialCreditCode.Verify.CHECK_CHARACTERS,
              payload = Severity.Warning.class)
          String>
      socialCreditCode();

  /** Returns the unit the organisation sits in, when recorded. */
  public abstract Optional<UnitId> unitId();

  /** Returns true when the organisation has a party organisation of its own. */
  @Value.Default
  public boolean hasPartyOrganization() {
    return false;
  }

  /**
   * Returns {@code Organization{id=..., kind=..., name=..., ...}}, the optional attributes only
   * when present, with citizen ID and mobile numbers inside the name masked ({@link
   * PersonalData#mask}); extensions are not shown.
   */
  @Override
  public String toString() {
    return "Organization{id=" + id() + ", kind=" + kind() + ", name=" + PersonalData.mask(name())
        + socialCreditCode().map(c -> ", socialCreditCode=" + c).orElse("")
        + unitId().map(u -> ", unitId=" + u).orElse("")
        + ", hasPartyOrganization=" + hasPartyOrganization()
        + "}";
  }

  /** Returns a builder. */
  public static Organization.Builder builder() {
    return new Organization.Builder();
  }

  /**
   * The builder of {@link Organization}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableOrganization.Builder {}
}
