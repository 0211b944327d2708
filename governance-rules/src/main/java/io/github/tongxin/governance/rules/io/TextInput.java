package io.github.tongxin.governance.rules.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text files in their encoding: the one the caller chose, or, detected, UTF-8 (with or
 * without a byte-order mark) when the whole file is valid UTF-8, else GB18030 (a superset of GBK,
 * which Excel writes on Chinese Windows), unless the file holds more well-formed UTF-8 sequences
 * than malformed ones: then it is UTF-8 with a stray byte, and reading it strictly as UTF-8
 * reports the line. Decoding is strict: a byte sequence the encoding does not
 * allow is an error, never a replacement character. A leading byte-order mark is dropped.
 */
final class TextInput {

  /** GB18030, the detected alternative to UTF-8. */
  static final Charset GB18030 = Charset.forName("GB18030");

  private TextInput() {}

  /**
   * Returns the encoding of the file: the given one, or the detected one.
   *
   * @param file the file
   * @param chosen the caller's choice, or null to detect
   * @return the encoding
   * @throws IOException when the file cannot be read
   */
  static Charset charset(Input file, Charset chosen) throws IOException {
    if (chosen != null) {
      return chosen;
    }
    return isUtf8(file) || mostlyUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
  }

  /**
   * Whether a file that is not valid UTF-8 still holds more well-formed UTF-8 multi-byte
   * sequences than malformed ones: a UTF-8 file with a stray byte (a cp1252 {@code é}), which
   * GB18030 would decode without error into garbled names. Such a file is read as UTF-8, and
   * the strict decoding reports the line of the stray byte.
   */
  private static boolean mostlyUtf8(Input file) throws IOException {
    long good = 0;
    long bad = 0;
    try (InputStream in = new java.io.BufferedInputStream(file.open(), 1 << 16)) {
      int b;
      while ((b = in.read()) >= 0) {
        int more = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
            : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (more == 0) {
          continue;
        }
        if (more < 0) {
          bad++;
          continue;
        }
        boolean ok = true;
        for (int i = 0; i < more && ok; i++) {
          in.mark(1);
          int c = in.read();
          if (c < 0x80 || c > 0xBF) {
            ok = false;
            if (c >= 0) {
              in.reset();
            }
          }
        }
        if (ok) {
          good++;
        } else {
          bad++;
        }
      }
    }
    return good > bad;
  }

  /**
   * Opens a strict reader, the byte-order mark dropped.
   *
   * @param file the file
   * @param charset the encoding
   * @return a buffered reader
   * @throws IOException when the file cannot be opened
   */
  static Reader open(Input file, Charset charset) throws IOException {
    BufferedReader in = new BufferedReader(
        new StrictReader(file.open(), charset), 1 << 16);
    in.mark(1);
    int first = in.read();
    if (first != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  private static boolean isUtf8(Input file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = file.open()) {
      byte[] buf = new byte[1 << 15];
      int n;
      while ((n = in.read(buf)) > 0) {
        bytes.put(buf, 0, n);
        bytes.flip();
        CoderResult r = decoder.decode(bytes, chars, false);
        if (r.isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
      }
      bytes.flip();
      CoderResult r = decoder.decode(bytes, chars, true);
      if (r.isError()) {
        return false;
      }
      return !decoder.flush(chars).isError();
    }
  }
}
