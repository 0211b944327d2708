package io.github.tongxin.governance.model.json;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a hostile JSON file of a given size and reads it as a dataset with {@link
 * GovernanceJson}, printing what happened: {@code ERROR <description>} (exit 0) when reading
 * ends in a {@link JacksonException}, {@code READ} (exit 3) when the file was read, {@code OOM}
 * (exit 2) on an {@link OutOfMemoryError}. Run it in a JVM with {@code -Xmx512m} to check that a
 * 1 GB file ends in a clear error, not in an OutOfMemoryError:
 *
 * <pre>
 * mvn -o -q -pl governance-model test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp governance-model/target/test-classes:governance-model/target/classes:$(cat governance-model/cp.txt) \
 *   io.github.tongxin.governance.model.json.HostileJsonFiles HUGE_STRING /tmp/hostile.json 1073741824 -1 dense
 * </pre>
 *
 * <p>Arguments: the shape ({@code HUGE_STRING}: one string of the whole size; {@code
 * DEEP_NESTING}: arrays nested as deep as the size allows; {@code MANY_RECORDS}: a list of small
 * persons), the file, its size in bytes, the document length limit ({@code -1} for none) and
 * {@code dense} to write every byte, or {@code sparse} to write the first 24 MiB and leave the
 * rest of the file a hole of NUL bytes (fast; the reader never gets that far). An existing file
 * is overwritten.
 */
public final class HostileJsonFiles {

  /** The shapes of hostile files. */
  public enum Shape {
    /** One string value of the whole size. */
    HUGE_STRING,
    /** Arrays nested as deep as the size allows. */
    DEEP_NESTING,
    /** Many small person records. */
    MANY_RECORDS
  }

  /** The bytes written for real in a sparse file. */
  static final long DENSE_PREFIX = 24L << 20;

  private HostileJsonFiles() {}

  /**
   * Writes the file.
   *
   * @param shape the shape
   * @param file the file
   * @param size its size in bytes
   * @param dense whether to write every byte or only the first {@link #DENSE_PREFIX} bytes
   * @throws IOException if writing fails
   */
  static void write(Shape shape, Path file, long size, boolean dense) throws IOException {
    long limit = dense ? size : Math.min(size, DENSE_PREFIX);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      long written = 0;
      switch (shape) {
        case HUGE_STRING: {
          byte[] head = "{\"units\":[{\"id\":\"U1\",\"kind\":\"GRID\",\"name\":\""
              .getBytes(StandardCharsets.UTF_8);
          out.write(head);
          written += head.length;
          written += fill(out, (byte) 'a', limit - written);
          break;
        }
        case DEEP_NESTING: {
          byte[] head = "{\"units\":[{\"id\":\"U1\",\"kind\":\"GRID\",\"name\":\"n\",\"extensions\":{\"x\":"
              .getBytes(StandardCharsets.UTF_8);
          out.write(head);
          written += head.length;
          written += fill(out, (byte) '[', limit - written);
          break;
        }
        case MANY_RECORDS: {
          byte[] head = "{\"persons\":[".getBytes(StandardCharsets.UTF_8);
          out.write(head);
          written += head.length;
          StringBuilder record = new StringBuilder(64);
          for (long i = 0; written < limit - 64; i++) {
            record.setLength(0);
            record.append(i == 0 ? "" : ",").append("{\"id\":\"P").append(i)
                .append("\",\"name\":\"居民\"}");
            byte[] bytes = record.toString().getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written += bytes.length;
          }
          byte[] tail = "]}".getBytes(StandardCharsets.UTF_8);
          out.write(tail);
          written += tail.length;
          break;
        }
        default:
          throw new AssertionError(shape);
      }
    }
    if (Files.size(file) < size) {
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(size);
      }
    }
  }

  private static long fill(OutputStream out, byte b, long count) throws IOException {
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, b);
    long left = Math.max(0, count);
    while (left > 0) {
      int n = (int) Math.min(chunk.length, left);
      out.write(chunk, 0, n);
      left -= n;
    }
    return Math.max(0, count);
  }

  /**
   * Reads the file as a dataset and says what happened.
   *
   * @param file the file
   * @param maxDocumentLength the document length limit, or -1
   * @return {@code ERROR ...}, {@code READ n} or {@code OOM}
   */
  static String read(Path file, long maxDocumentLength) throws IOException {
    JsonMapper mapper = maxDocumentLength < 0 ? GovernanceJson.mapper()
        : GovernanceJson.mapper(maxDocumentLength);
    try (InputStream in = Files.newInputStream(file)) {
      GovernanceDataset d = mapper.readValue(in, GovernanceDataset.class);
      return "READ " + d.size();
    } catch (JacksonException e) {
      return "ERROR " + GovernanceJson.describe(e);
    } catch (OutOfMemoryError e) {
      return "OOM";
    }
  }

  /**
   * Writes and reads a hostile file; see the class description for the arguments.
   *
   * @param args shape, file, size, document length limit, dense or sparse
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Shape shape = Shape.valueOf(args[0]);
    Path file = Path.of(args[1]);
    long size = Long.parseLong(args[2]);
    long maxDocumentLength = Long.parseLong(args[3]);
    boolean dense = args.length > 4 && args[4].equals("dense");
    write(shape, file, size, dense);
    String outcome = read(file, maxDocumentLength);
    System.out.println(outcome);
    System.out.println("max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
    System.exit(outcome.startsWith("ERROR") ? 0 : outcome.equals("OOM") ? 2 : 3);
  }
}
