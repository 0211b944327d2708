package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.Labelled;

/**
 * How much personal information (个人信息, 个人信息保护法) the messages of a validation report
 * show: citizen ID numbers and mobile numbers masked, or in full.
 *
 * <p>The default everywhere is {@link #MASKED}. {@link #FULL} is for a caller who is allowed to
 * see the numbers (for example the registry clerk correcting a mistyped ID number) and says so
 * explicitly, with {@link DatasetValidator#withDisclosure(Disclosure)} or {@link
 * DatasetValidator.Builder#disclosure(Disclosure)}.
 */
public enum Disclosure implements Labelled {

  /** 掩码显示: numbers in messages read {@code 110105********002X} and {@code 138****1234}. */
  MASKED,

  /** 完整显示: numbers in messages are shown as written; only for callers allowed to see them. */
  FULL;
}
