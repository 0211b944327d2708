package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** A person's sex (性别), as recorded. */
public enum Sex implements Labelled {
  /** 男: male */
  MALE,
  /** 女: female */
  FEMALE;
}
