package io.github.tongxin.governance.rules.service.open311;

/**
 * Thrown when an Open311 document cannot be read at all (Open311 格式错误): a required field is
 * missing or of the wrong kind. The message names the JSON pointer.
 */
public final class Open311FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String pointer;

  /**
   * Returns an exception.
   *
   * @param pointer the JSON pointer of the offending value, e.g. {@code /3/service_code}
   * @param message what is wrong
   */
  public Open311FormatException(String pointer, String message) {
    super(pointer + ": " + message);
    this.pointer = pointer;
  }

  /**
   * Returns an exception with a cause.
   *
   * @param pointer the JSON pointer of the offending value
   * @param message what is wrong
   * @param cause the underlying error
   */
  public Open311FormatException(String pointer, String message, Throwable cause) {
    super(pointer + ": " + message, cause);
    this.pointer = pointer;
  }

  /** Returns the JSON pointer of the offending value. */
  public String pointer() {
    return pointer;
  }
}
