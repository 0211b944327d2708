package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.DivisionCode;
import io.github.tongxin.governance.model.identifier.PersonalData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A unit (单位/节点) of the governance hierarchy: a district, street, community, grid, building or
 * household, or their rural counterparts. Units form a tree through {@link #parentId()}; the
 * party organisation at a unit, if any, is part of it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnit.class)
@JsonDeserialize(as = ImmutableUnit.class)
public abstract class Unit implements GovernanceRecord, WithUnit {

  @Override
  public abstract UnitId id();

  /** Returns the unit's kind, which fixes its tier. */
  public abstract UnitKind kind();

  /** Returns the Chinese name, e.g. {@code 白鹿镇} or {@code 3栋}. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the English name, when recorded. */
  public abstract Optional<@Size(max = 200) String> nameEn();

  /** Returns the parent unit's id; empty only at a root of the hierarchy. */
  public abstract Optional<UnitId> parentId();

  /**
   * Returns the administrative division code (行政区划代码, 6 digits) or statistical division code
   * (统计用区划代码, 9 or 12 digits), when the unit has one.
   */
  public abstract Optional<@DivisionCode String> divisionCode();

  /** Returns the party organisation set up at this unit, if any. */
  public abstract Optional<@Valid PartyOrganization> partyOrganization();

  /**
   * Returns the unit as {@code Unit{id=..., kind=..., name=..., ...}}, the optional attributes
   * only when present, with citizen ID and mobile numbers written inside the names masked
   * ({@link PersonalData#mask}), as the findings mask them; extensions are not shown.
   */
  @Override
  public String toString() {
    return "Unit{id=" + id() + ", kind=" + kind() + ", name=" + PersonalData.mask(name())
        + nameEn().map(n -> ", nameEn=" + PersonalData.mask(n)).orElse("")
        + parentId().map(p -> ", parentId=" + p).orElse("")
        + divisionCode().map(c -> ", divisionCode=" + c).orElse("")
        + partyOrganization().map(o -> ", partyOrganization=" + o).orElse("")
        + "}";
  }

  /** Returns the unit's tier, from its kind. */
  public final Tier tier() {
    return kind().tier();
  }

  /**
   * Returns a unit with the required attributes only.
   *
   * @param id the id
   * @param kind the kind
   * @param name the Chinese name
   * @param parentId the parent's id, or {@code null} at a root
   * @return the unit
   */
  public static Unit of(UnitId id, UnitKind kind, String name, UnitId parentId) {
    return builder()
        .id(id)
        .kind(kind)
        .name(name)
        .parentId(Optional.ofNullable(parentId))
        .build();
  }

  /** Returns a builder. */
  public static Unit.Builder builder() {
    return new Unit.Builder();
  }

  /**
   * The builder of {@link Unit}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableUnit.Builder {}
}
