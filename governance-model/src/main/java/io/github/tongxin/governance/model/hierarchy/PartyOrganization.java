package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.PersonalData;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The party organisation (党组织) set up at a unit: its type, name and the current committee's
 * term. A joint branch (联合党支部) also lists the other units it covers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyOrganization.class)
@JsonDeserialize(as = ImmutablePartyOrganization.class)
public abstract class PartyOrganization implements WithPartyOrganization {

  /** Returns the organisation's type. */
  public abstract PartyOrganizationType type();

  /** Returns the organisation's name, e.g. {@code 白鹿社区第一网格党支部}, when recorded. */
  public abstract Optional<@Size(max = 200) String> name();

  /** Returns the start of the current committee's term, when recorded. */
  public abstract Optional<LocalDate> termStart();

  /** Returns the end of the current committee's term, when recorded. */
  public abstract Optional<LocalDate> termEnd();

  /**
   * Returns the other units a joint branch covers (RULES.md A1: generally at most 5); empty for
   * other types.
   */
  public abstract List<UnitId> coveredUnits();

  /**
   * Returns {@code PartyOrganization{type=..., name=..., ...}}, the optional attributes only
   * when present, with citizen ID and mobile numbers inside the name masked ({@link
   * PersonalData#mask}).
   */
  @Override
  public String toString() {
    return "PartyOrganization{type=" + type()
        + name().map(n -> ", name=" + PersonalData.mask(n)).orElse("")
        + termStart().map(d -> ", termStart=" + d).orElse("")
        + termEnd().map(d -> ", termEnd=" + d).orElse("")
        + (coveredUnits().isEmpty() ? "" : ", coveredUnits=" + coveredUnits())
        + "}";
  }

  /**
   * Returns a party organisation of this type with nothing else recorded.
   *
   * @param type the type
   * @return the organisation
   */
  public static PartyOrganization of(PartyOrganizationType type) {
    return builder().type(type).build();
  }

  /** Returns a builder. */
  public static PartyOrganization.Builder builder() {
    return new PartyOrganization.Builder();
  }

  /**
   * The builder of {@link PartyOrganization}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutablePartyOrganization.Builder {}
}
