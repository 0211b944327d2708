package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A community service facility (服务设施): a party–mass service complex, an elderly-care centre, a
 * happiness canteen, a half-past-four class, a health station, a kindergarten, a nursery or
 * another facility; the unit it sits in, the units it serves, its floor area, capacity, opening
 * hours, functions and the catalog services it offers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFacility.class)
@JsonDeserialize(as = ImmutableFacility.class)
public abstract class Facility implements GovernanceRecord, WithFacility {

  @Override
  public abstract FacilityId id();

  /** Returns the kind. */
  public abstract FacilityKind kind();

  /** Returns the name, e.g. {@code 白水湖社区幸福食堂}. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the unit the facility sits in. */
  public abstract UnitId unitId();

  /** Returns further units it serves beyond the one it sits in (e.g. neighbouring communities). */
  public abstract List<UnitId> servedUnitIds();

  /** Returns the floor area in whole square metres (建筑面积), when recorded. */
  @PositiveOrZero
  public abstract OptionalInt floorArea();

  /** Returns how many people it takes at once (e.g. beds, seats, places), when recorded. */
  @PositiveOrZero
  public abstract OptionalInt capacity();

  /** Returns the opening hours as text, e.g. {@code Mo-Fr 08:30-17:30} (OSM syntax advised). */
  public abstract Optional<@Size(max = 200) String> openingHours();

  /** Returns functions offered beyond the one the kind implies. */
  public abstract List<FacilityFunction> functions();

  /** Returns the catalog's service items offered here. */
  public abstract List<ServiceItemId> serviceItemIds();

  /**
   * Returns every function offered: the kind's implied function and the listed ones.
   *
   * @return the functions, possibly empty
   */
  public final Set<FacilityFunction> allFunctions() {
    Set<FacilityFunction> all = EnumSet.noneOf(FacilityFunction.class);
    kind().impliedFunction().ifPresent(all::add);
    all.addAll(functions());
    return all;
  }

  /**
   * Returns a facility with the required attributes only.
   *
   * @param id the id
   * @param kind the kind
   * @param name the name
   * @param unitId the unit it sits in
   * @return the facility
   */
  public static Facility of(FacilityId id, FacilityKind kind, String name, UnitId unitId) {
    return builder().id(id).kind(kind).name(name).unitId(unitId).build();
  }

  /** Returns a builder. */
  public static Facility.Builder builder() {
    return new Facility.Builder();
  }

  /**
   * The builder of {@link Facility}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableFacility.Builder {}
}
