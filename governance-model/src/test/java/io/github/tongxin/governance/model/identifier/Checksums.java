package io.github.tongxin.governance.model.identifier;

/**
 * Check characters computed independently of the code under test, from the standards' own
 * derivation of the weights (powers of 2 modulo 11, powers of 3 modulo 31), to build valid
 * fixtures.
 */
final class Checksums {

  private static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private Checksums() {}

  /** Appends the GB 11643 check digit to 17 digits; weight of digit i is 2^(17-i) mod 11. */
  static String citizenId(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 16; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** Appends the GB 11714 check to 8 characters; weight of character i is 2^(8-i) mod 11. */
  static String organizationCode(String first8) {
    int sum = 0;
    int weight = 1;
    for (int i = 7; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += BASE36.indexOf(first8.charAt(i)) * weight;
    }
    int c = 11 - sum % 11;
    return first8 + (c == 10 ? "X" : c == 11 ? "0" : String.valueOf(c));
  }

  /** Appends the GB 32100 check to 17 characters; weight of character i is 3^i mod 31. */
  static String creditCode(String first17) {
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return first17 + USCC.charAt((31 - sum % 31) % 31);
  }

  /** Builds a full credit code: its 8-character prefix, 8 organisation characters, both checks. */
  static String creditCode(String prefix8, String organization8) {
    return creditCode(prefix8 + organizationCode(organization8));
  }
}
