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
 * which Excel writes on Chinese Windows). Decoding is strict: a byte sequence the encoding does not
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
  static Charset charset(Path file, Charset chosen) throws IOException {
    if (chosen != null) {
      return chosen;
    }
    return isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
  }

  /**
   * Opens a strict reader, the byte-order mark dropped.
   *
   * @param file the file
   * @param charset the encoding
   * @return a buffered reader
   * @throws IOException when the file cannot be opened
   */
  static Reader open(Path file, Charset charset) throws IOException {
    BufferedReader in = new BufferedReader(
        new StrictReader(Files.newInputStream(file), charset), 1 << 16);
    in.mark(1);
    int first = in.read();
    if (first != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    try (InputStream in = Files.newInputStream(file)) {
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
