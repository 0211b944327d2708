package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.CitizenIdNumber;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.MobileNumber;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A person (人员): a resident, party member or worker. The citizen ID number and mobile number
 * are personal information (个人信息保护法): {@link #toString()} masks them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person implements GovernanceRecord, WithPerson {

  @Override
  public abstract PersonId id();

  /** Returns the person's name. */
  @NotBlank
  @Size(max = 100)
  public abstract String name();

  /** Returns the citizen ID number (公民身份号码, GB 11643), when recorded. */
  public abstract Optional<@CitizenIdNumber String> citizenIdNumber();

  /** Returns the mobile number (手机号码), when recorded. */
  public abstract Optional<@MobileNumber String> mobileNumber();

  /** Returns the sex, when recorded. */
  public abstract Optional<Sex> sex();

  /** Returns the date of birth, when recorded apart from the ID number. */
  public abstract Optional<@PastOrPresent LocalDate> birthDate();

  /** Returns the household unit the person belongs to, when recorded. */
  public abstract Optional<UnitId> householdId();

  /**
   * Returns the person with the citizen ID number and mobile number masked
   * ({@code 110105********002X}, {@code 138****1234}), and such numbers inside the name too;
   * extensions are not shown.
   */
  @Override
  public String toString() {
    return "Person{id=" + id() + ", name=" + PersonalData.mask(name())
        + citizenIdNumber().map(n -> ", citizenIdNumber=" + CitizenIdNumbers.mask(n)).orElse("")
        + mobileNumber().map(n -> ", mobileNumber=" + MobileNumbers.mask(n)).orElse("")
        + sex().map(x -> ", sex=" + x).orElse("")
        + birthDate().map(d -> ", birthDate=" + d).orElse("")
        + householdId().map(h -> ", householdId=" + h).orElse("")
        + "}";
  }

  /** Returns a builder. */
  public static Person.Builder builder() {
    return new Person.Builder();
  }

  /**
   * The builder of {@link Person}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutablePerson.Builder {}
}
