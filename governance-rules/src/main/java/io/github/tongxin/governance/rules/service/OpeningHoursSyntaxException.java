package io.github.tongxin.governance.rules.service;

/**
 * Opening hours that the OpenStreetMap syntax parser cannot read (营业时间格式错误): the parser's
 * message and where it stopped.
 */
public final class OpeningHoursSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final String parserMessage;
  private final int line;
  private final int column;

  OpeningHoursSyntaxException(String text, String parserMessage, int line, int column) {
    super("unparsable opening hours \"" + text + "\": " + parserMessage);
    this.text = text;
    this.parserMessage = parserMessage;
    this.line = line;
    this.column = column;
  }

  /** Returns the text that could not be parsed. */
  public String text() {
    return text;
  }

  /** Returns the parser's message (in English), on one line. */
  public String parserMessage() {
    return parserMessage;
  }

  /** Returns the line the parser stopped at, as it counts them. */
  public int line() {
    return line;
  }

  /** Returns the column the parser stopped at, as it counts them. */
  public int column() {
    return column;
  }
}
