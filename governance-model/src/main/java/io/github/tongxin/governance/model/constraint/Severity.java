package io.github.tongxin.governance.model.constraint;

import io.github.tongxin.governance.model.Labelled;
import jakarta.validation.Payload;
import java.util.Set;

/**
 * How serious a finding is (严重程度).
 *
 * <p>Rules whose source is a secondary summary, one locality's practice or common usage
 * (RULES.md marks [S], [L], [U]) default to {@link #WARNING}. On a Bean Validation constraint the
 * severity is given as payload: {@code payload = Severity.Warning.class}; a constraint without
 * such payload is an {@link #ERROR}.
 */
public enum Severity implements Labelled {
  /** 错误: the data breaks a rule with a firm legal source; the dataset is not valid. */
  ERROR,
  /** 警告: the data departs from a soft rule or common practice; worth a look. */
  WARNING,
  /** 提示: information only. */
  INFO;

  /** Payload marking a constraint as an error (the default when no severity payload is given). */
  public interface Error extends Payload {}

  /** Payload marking a constraint as a warning. */
  public interface Warning extends Payload {}

  /** Payload marking a constraint as information. */
  public interface Info extends Payload {}

  /**
   * Returns the severity named by a constraint's payload; {@link #ERROR} when none is named.
   *
   * @param payload the constraint's payload classes, may be empty
   * @return the most lenient severity named, or {@link #ERROR}
   */
  public static Severity ofPayload(Set<Class<? extends Payload>> payload) {
    if (payload.contains(Info.class)) {
      return INFO;
    }
    if (payload.contains(Warning.class)) {
      return WARNING;
    }
    return ERROR;
  }
}
