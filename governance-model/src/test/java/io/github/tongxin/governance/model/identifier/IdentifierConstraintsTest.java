package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.identifier.SocialCreditCode.Verify;
import io.github.tongxin.governance.model.identifier.internal.Reporting;
import jakarta.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class IdentifierConstraintsTest {

  private static final String PREFIX = "io.github.tongxin.governance.model.identifier.";

  /** An Immutables-like record type: accessors without a get prefix, optional values. */
  static final class Resident {
    private final String citizenIdNumber;
    private final String mobile;

    Resident(String citizenIdNumber, String mobile) {
      this.citizenIdNumber = citizenIdNumber;
      this.mobile = mobile;
    }

    @CitizenIdNumber
    public Optional<String> citizenIdNumber() {
      return Optional.ofNullable(citizenIdNumber);
    }

    public @MobileNumber String mobile() {
      return mobile;
    }
  }

  /** An organisation whose credit code gets the recommended error/warning pair. */
  static final class Organisation {
    @SocialCreditCode(verify = Verify.STRUCTURE)
    @SocialCreditCode(verify = Verify.CHECK_CHARACTERS, payload = Severity.Warning.class)
    private final String creditCode;

    @SocialCreditCode
    private final String strictCreditCode;

    Organisation(String creditCode, String strictCreditCode) {
      this.creditCode = creditCode;
      this.strictCreditCode = strictCreditCode;
    }
  }

  /** A unit whose division code must be a county or township. */
  static final class Unit {
    @DivisionCode(lengths = {6, 9})
    private final String divisionCode;

    @DivisionCode
    private final Optional<String> anyDivisionCode;

    Unit(String divisionCode, String anyDivisionCode) {
      this.divisionCode = divisionCode;
      this.anyDivisionCode = Optional.ofNullable(anyDivisionCode);
    }
  }

  /** A household with several phone numbers, constrained as container elements. */
  static final class Household {
    private final List<@MobileNumber String> phones;

    Household(List<String> phones) {
      this.phones = phones;
    }
  }

  /** A misconfigured constraint: 7 is not a length of division codes. */
  static final class Misconfigured {
    @DivisionCode(lengths = 7)
    private final String divisionCode = "360102";
  }

  private static List<Violation> validate(Object bean) {
    return GovernanceValidation.standard().validate(bean);
  }

  @Test
  void validValuesAndAbsentValuesPass() {
    assertThat(validate(new Resident("11010519491231002X", "13812345678"))).isEmpty();
    assertThat(validate(new Resident(null, null))).isEmpty();
    assertThat(validate(new Organisation("91350100M000100Y43", null))).isEmpty();
    assertThat(validate(new Unit("360102002", "360102002001"))).isEmpty();
  }

  @Test
  void reportsTheReasonOfAnOptionalAccessorInBothLanguages() {
    assertThat(validate(new Resident("110105194912310021", "14012345678")))
        .containsExactly(
            new Violation("citizenIdNumber", "CitizenIdNumber",
                "{" + PREFIX + "CitizenIdNumber.WRONG_CHECK_DIGIT}", Severity.ERROR,
                CitizenIdNumbers.Reason.WRONG_CHECK_DIGIT.zh(),
                CitizenIdNumbers.Reason.WRONG_CHECK_DIGIT.en()),
            new Violation("mobile", "MobileNumber",
                "{" + PREFIX + "MobileNumber.UNALLOCATED_PREFIX}", Severity.ERROR,
                MobileNumbers.Reason.UNALLOCATED_PREFIX.zh(),
                MobileNumbers.Reason.UNALLOCATED_PREFIX.en()));
  }

  @Test
  void neverPutsTheInputIntoTheMessage() {
    String hostile = "${1+1}{java.version}#{7*7}";
    List<Violation> violations = validate(new Resident(hostile, hostile));
    assertThat(violations)
        .extracting(Violation::messageTemplate, Violation::zh, Violation::en)
        .containsExactly(
            tuple("{" + PREFIX + "CitizenIdNumber.WRONG_LENGTH}",
                CitizenIdNumbers.Reason.WRONG_LENGTH.zh(),
                CitizenIdNumbers.Reason.WRONG_LENGTH.en()),
            tuple("{" + PREFIX + "MobileNumber.INVALID_CHARACTER}",
                MobileNumbers.Reason.INVALID_CHARACTER.zh(),
                MobileNumbers.Reason.INVALID_CHARACTER.en()));
  }

  @Test
  void pilotCodeWithFailedCheckGivesExactlyOneWarning() {
    assertThat(validate(new Organisation("91350100M0001TGQXM", null)))
        .extracting(Violation::propertyPath, Violation::messageTemplate, Violation::severity)
        .containsExactly(tuple("creditCode",
            "{" + PREFIX + "SocialCreditCode.WRONG_CHECK_CHARACTER}", Severity.WARNING));
  }

  @Test
  void structurallyBrokenCodeGivesExactlyOneError() {
    assertThat(validate(new Organisation("91350100M0001TGQX", null)))
        .extracting(Violation::propertyPath, Violation::messageTemplate, Violation::severity)
        .containsExactly(tuple("creditCode",
            "{" + PREFIX + "SocialCreditCode.WRONG_LENGTH}", Severity.ERROR));
  }

  @Test
  void verifyAllReportsAFailedCheckAsAnError() {
    assertThat(validate(new Organisation(null, "91350100M0001TGQXM")))
        .extracting(Violation::propertyPath, Violation::messageTemplate, Violation::severity)
        .containsExactly(tuple("strictCreditCode",
            "{" + PREFIX + "SocialCreditCode.WRONG_CHECK_CHARACTER}", Severity.ERROR));
  }

  @Test
  void divisionCodeOfADisallowedLengthIsWrongLength() {
    assertThat(validate(new Unit("360102002001", "360102002000")))
        .extracting(Violation::propertyPath, Violation::messageTemplate)
        .containsExactly(
            tuple("anyDivisionCode", "{" + PREFIX + "DivisionCode.INVALID_VILLAGE_SEGMENT}"),
            tuple("divisionCode", "{" + PREFIX + "DivisionCode.WRONG_LENGTH}"));
  }

  @Test
  void checksContainerElements() {
    assertThat(validate(new Household(List.of("13812345678", "1381234567"))))
        .extracting(Violation::propertyPath, Violation::messageTemplate)
        .containsExactly(tuple("phones[1].<list element>",
            "{" + PREFIX + "MobileNumber.WRONG_LENGTH}"));
  }

  @Test
  void rejectsALengthThatNoDivisionCodeHas() {
    assertThatExceptionOfType(ValidationException.class)
        .isThrownBy(() -> validate(new Misconfigured()))
        .havingRootCause()
        .isInstanceOf(IllegalArgumentException.class)
        .withMessageContaining("not 7");
  }

  /**
   * The reasons' texts are written once, as the reasons' labels; the bundle files hold only each
   * constraint's default message. (This test replaces one that compared the enum literals with a
   * copy of them in these files: issue 18 removed the copy.)
   */
  @Test
  void bundlesHoldEachConstraintsMessageInBothLanguagesAndNoReasonText() {
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE);
    ResourceBundle en = bundle(Locale.ENGLISH);
    ResourceBundle root = bundle(Locale.ROOT);
    List<String> constraints =
        List.of("CitizenIdNumber", "SocialCreditCode", "DivisionCode", "MobileNumber");
    for (String constraint : constraints) {
      String key = PREFIX + constraint + ".message";
      assertThat(zh.getString(key)).isNotEqualTo(en.getString(key));
      assertThat(root.getString(key)).isEqualTo(en.getString(key));
    }
    for (ResourceBundle bundle : List.of(zh, en, root)) {
      assertThat(bundle.keySet()).containsExactlyInAnyOrderElementsOf(
          constraints.stream().map(c -> PREFIX + c + ".message").toList());
    }
  }

  @Test
  void everyReasonOfEveryConstraintReadsAsItsLabelInBothLanguages() {
    expectLabels("CitizenIdNumber", CitizenIdNumbers.Reason.values());
    expectLabels("SocialCreditCode", SocialCreditCodes.Reason.values());
    expectLabels("DivisionCode", DivisionCodes.Reason.values());
    expectLabels("MobileNumber", MobileNumbers.Reason.values());
  }

  /** Loads the bundle of one locale, without falling back to the JVM's default locale. */
  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(PREFIX + "IdentifierMessages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Checks each reason through the message bundle Bean Validation reads: the key the validators
   * report resolves to the reason's label, in Chinese and in English, and the two differ.
   */
  private static <E extends Enum<E> & io.github.tongxin.governance.model.Labelled> void
      expectLabels(String constraint, E[] reasons) {
    for (E reason : reasons) {
      String key = Reporting.key(constraint, reason);
      assertThat(GovernanceValidation.standard().message(key, Locale.SIMPLIFIED_CHINESE))
          .as(key).contains(reason.zh());
      assertThat(GovernanceValidation.standard().message(key, Locale.ENGLISH))
          .as(key).contains(reason.en());
      assertThat(reason.zh()).as(key).isNotEqualTo(reason.en());
    }
  }
}
