package io.github.tongxin.governance.rules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * A reader that decodes strictly and, unlike {@link java.io.InputStreamReader}, hands out every
 * character before a malformed byte sequence before it reports it, so that a parser reading from
 * it knows the line where the encoding breaks.
 */
final class StrictReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  private CoderResult error;
  private boolean eof;

  StrictReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    chars.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (error != null) {
        error.throwException();
      }
      if (eof) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      error = r;
    } else if (eof) {
      r = decoder.flush(chars);
      if (r.isError()) {
        error = r;
      }
    }
    bytes.compact();
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
