package io.github.tongxin.governance.examples.apileak.api;

/** PublicApiTest's fixture: stands for a class Immutables generates. */
public final class ImmutableThing {}
