package io.github.tongxin.governance.rules.partition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A temporary directory of a run that holds personal data (临时目录): the partitions' records or
 * the findings. It is deleted by {@link #close()}, by a shutdown hook when the process is ended
 * (SIGTERM, Ctrl-C, {@code System.exit}) before that, and, when the process was killed outright
 * (SIGKILL, a power cut), by the next run that makes one in the same parent directory: each
 * directory holds an {@value #OWNER} file naming the process (its PID and start time), and a
 * directory whose process no longer runs is removed.
 */
final class TemporaryDirectory implements AutoCloseable {

  /** The prefix of every such directory's name. */
  static final String PREFIX = "tongxin-";

  /** The file naming the owning process: {@code pid start-instant}. */
  static final String OWNER = "owner.pid";

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean shuttingDown;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      shuttingDown = true;
      for (Path p : List.copyOf(LIVE)) {
        deleteQuietly(p);
      }
    }, "tongxin-temporary-files"));
  }

  private final Path directory;

  private TemporaryDirectory(Path directory) {
    this.directory = directory;
  }

  /**
   * Makes a directory {@code tongxin-<kind>-...} in the parent, after removing those of runs
   * whose process has ended.
   *
   * @param parent the directory; made when missing
   * @param kind e.g. {@code partitions}
   * @return the directory
   * @throws IOException when it cannot be made
   */
  static TemporaryDirectory create(Path parent, String kind) throws IOException {
    checkNotShuttingDown();
    Files.createDirectories(parent);
    removeStale(parent);
    Path dir = Files.createTempDirectory(parent, PREFIX + kind + "-");
    LIVE.add(dir);
    Files.writeString(dir.resolve(OWNER), ownerLine(), StandardCharsets.US_ASCII);
    return new TemporaryDirectory(dir);
  }

  /** Returns the directory. */
  Path path() {
    return directory;
  }

  /**
   * Throws when the process is shutting down, so that no file is made in a directory the
   * shutdown hook is deleting.
   */
  static void checkNotShuttingDown() throws IOException {
    if (shuttingDown) {
      throw new IOException("the process is shutting down; temporary files are being deleted");
    }
  }

  private static String ownerLine() {
    ProcessHandle self = ProcessHandle.current();
    return self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse("-");
  }

  /**
   * Removes every {@code tongxin-*} directory of the parent whose owner file names a process
   * that no longer runs (or a process of that PID started at another time). Directories without
   * an owner file (being made right now, or made by something else) are left alone.
   */
  static void removeStale(Path parent) {
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path p : dir) {
        Path owner = p.resolve(OWNER);
        if (Files.isDirectory(p) && Files.isRegularFile(owner) && !alive(owner)) {
          deleteQuietly(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // a parent we cannot list: making our own directory will say why
    }
  }

  private static boolean alive(Path owner) {
    String[] parts;
    try {
      parts = Files.readString(owner, StandardCharsets.US_ASCII).trim().split(" ");
    } catch (IOException e) {
      return true;
    }
    long pid;
    try {
      pid = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return true;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    String start = p.get().info().startInstant().map(Instant::toString).orElse("-");
    return parts.length < 2 || "-".equals(parts[1]) || "-".equals(start) || start.equals(parts[1]);
  }

  /** Deletes the directory and everything in it. */
  @Override
  public void close() {
    try {
      delete(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary files in " + directory, e);
    } finally {
      LIVE.remove(directory);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      delete(p);
    } catch (IOException | UncheckedIOException e) {
      // best effort: the next run removes what is left
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (NoSuchFileException e) {
      // already gone
    }
  }
}
