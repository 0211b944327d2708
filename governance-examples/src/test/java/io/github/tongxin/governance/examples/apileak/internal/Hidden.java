package io.github.tongxin.governance.examples.apileak.internal;

/** PublicApiTest's fixture: a public type of a package that is not exported. */
public class Hidden {}
