package io.github.tongxin.governance.examples.apileak.internal;

/** PublicApiTest's fixture: an exception of a package that is not exported. */
public class HiddenException extends Exception {
  private static final long serialVersionUID = 1L;
}
