package io.github.tongxin.governance.model.id.internal;

/**
 * Reads and writes the {@link IndexPosition} an identifier object
 * ({@code model.id.Identifier}) carries (the way
 * {@code String} carries its hash): a memo an index may keep in the identifiers it is asked
 * about, so that asking again with the same object skips the hashed lookup. Not API: the
 * package is exported only to the rules module.
 *
 * <p>The memo is not part of the identifier's value: equality, hash, order and JSON ignore it.
 * An identifier holds one memo at a time; an index that finds another index's stamp looks the
 * id up as before and writes its own.
 *
 * <p>The identifier is typed {@code Object} here so that this package does not depend on
 * {@code model.id} (which depends on it): passing anything else throws
 * {@link ClassCastException}.
 */
public final class IdentifierPositions {

  /** What the identifier base class installs from its static initialiser: its private field. */
  public interface Access {

    /**
     * Returns the memo the identifier carries.
     *
     * @param id the identifier, not null
     * @return the memo, or {@code null} when it carries none
     */
    IndexPosition get(Object id);

    /**
     * Replaces the memo the identifier carries.
     *
     * @param id the identifier, not null
     * @param position the new memo
     */
    void set(Object id, IndexPosition position);
  }

  /** The class that installs the access (named, not referred to, to keep the packages apart). */
  private static final String IDENTIFIER = "io.github.tongxin.governance.model.id.Identifier";

  private static Access installed;

  private IdentifierPositions() {}

  /**
   * Installs the access to the field; called once, by the identifier base class's static
   * initialiser.
   *
   * @param access the access
   * @throws IllegalStateException when an access is already installed
   */
  public static synchronized void install(Access access) {
    if (installed != null) {
      throw new IllegalStateException("identifier positions are installed already");
    }
    installed = access;
  }

  /**
   * Returns the memo the identifier carries.
   *
   * @param id the identifier, not null
   * @return the memo, or {@code null} when it carries none
   */
  public static IndexPosition get(Object id) {
    return Installed.ACCESS.get(id);
  }

  /**
   * Replaces the memo the identifier carries.
   *
   * @param id the identifier, not null
   * @param position the new memo
   */
  public static void set(Object id, IndexPosition position) {
    Installed.ACCESS.set(id, position);
  }

  /** The installed access as a constant, so that the compiler inlines a field load. */
  private static final class Installed {

    static final Access ACCESS = load();

    private static Access load() {
      try {
        // a caller holds an identifier, so the class is initialised and the access installed;
        // this only covers a call with null before any identifier was made
        Class.forName(IDENTIFIER, true, IdentifierPositions.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      synchronized (IdentifierPositions.class) {
        if (installed == null) {
          throw new IllegalStateException("identifier positions are not installed");
        }
        return installed;
      }
    }
  }
}
