package io.github.tongxin.governance.model.identifier;

/** Masks identifiers for display and logs without revealing more than a well-formed one would. */
final class Masking {

  private Masking() {}

  /**
   * Masks {@code value} so that of a value of the expected length the first {@code head} and
   * last {@code tail} code points stay visible and the rest become {@code *}. A value of another
   * length keeps at least as many code points hidden as a well-formed one and reveals at most
   * {@code head} leading and {@code tail} trailing code points.
   */
  static String mask(CharSequence value, int expectedLength, int head, int tail) {
    int[] codePoints = value.toString().codePoints().toArray();
    int length = codePoints.length;
    int hiddenAtLeast = expectedLength - head - tail;
    int revealable = Math.max(0, length - hiddenAtLeast);
    int shownHead = Math.min(head, revealable);
    int shownTail = Math.min(tail, revealable - shownHead);
    StringBuilder masked = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (i < shownHead || i >= length - shownTail) {
        masked.appendCodePoint(codePoints[i]);
      } else {
        masked.append('*');
      }
    }
    return masked.toString();
  }
}
