package io.github.tongxin.governance.rules.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or named bytes (a web upload), opened as often as a reader needs
 * (encoding detection reads text twice).
 *
 * @param name the name findings use as their source: the path, or the stream's name
 * @param path the file, or null for bytes
 * @param bytes the bytes, or null for a file
 */
record Input(String name, Path path, byte[] bytes) {

  Input {
    Objects.requireNonNull(name, "name");
  }

  static Input of(Path path) {
    return new Input(path.toString(), path, null);
  }

  static Input of(String name, byte[] bytes) {
    return new Input(name, null, bytes);
  }

  /** Returns the last part of the name, e.g. {@code 人员.csv}. */
  String fileName() {
    if (path != null) {
      Path n = path.getFileName();
      return n == null ? path.toString() : n.toString();
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  /** Opens the content from its start. */
  InputStream open() throws IOException {
    return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
  }
}
