package io.github.tongxin.governance.examples.apileak.api;

import io.github.tongxin.governance.examples.apileak.internal.Hidden;
import io.github.tongxin.governance.examples.apileak.internal.HiddenException;
import java.util.List;

/**
 * PublicApiTest's fixture, what is wrong with it: an exported type whose public and protected
 * signatures name a type of a package that is not exported (as a generic argument of a
 * supertype, a field, a return type's argument, a thrown exception) and a generated
 * {@code Immutable*} type (a protected method's parameter). Its private and package-private
 * members may name anything.
 */
public class Leaky implements Comparable<Hidden> {

  /** A field naming the internal type. */
  public Hidden hidden;

  private Hidden kept;

  /** Compares with the internal type (the supertype's method). */
  @Override
  public int compareTo(Hidden other) {
    return 0;
  }

  /** A return type whose argument is the internal type. */
  public List<Hidden> hiddenList() {
    return List.of();
  }

  /** A parameter of a generated type. */
  protected void take(ImmutableThing thing) {}

  /** Throws the internal exception. */
  public void risky() throws HiddenException {}

  /** Names only exported and JDK types. */
  public String fine(Leaky other, List<String> words) {
    return String.join(" ", words);
  }

  Hidden packagePrivate() {
    return kept;
  }

  /** A nested type that is not public: its members are not API. */
  static class Quiet {
    /** Not API: the type is package-private. */
    public Hidden hidden() {
      return new Hidden();
    }
  }
}
