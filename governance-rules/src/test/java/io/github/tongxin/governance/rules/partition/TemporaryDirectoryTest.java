package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryDirectoryTest {

  @TempDir Path dir;

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-version").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.pid();
  }

  private Path leftBehind(String name, String owner) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    // the records of a run, personal data included
    Files.writeString(d.resolve("partition-0.jsonl"), "{\"name\":\"测试\"}\n");
    if (owner != null) {
      Files.writeString(d.resolve(TemporaryDirectory.OWNER), owner, StandardCharsets.US_ASCII);
    }
    return d;
  }

  @Test
  void aNewDirectoryRemovesThoseOfDeadRunsAndKeepsTheOthers() throws Exception {
    ProcessHandle self = ProcessHandle.current();
    Path dead = leftBehind("tongxin-partitions-1", deadPid() + " 2026-01-01T00:00:00Z");
    // a live PID whose process started at another time: the PID was reused, the run is dead
    Path reused = leftBehind("tongxin-findings-2", self.pid() + " 2001-01-01T00:00:00Z");
    Path alive = leftBehind("tongxin-partitions-3", self.pid() + " "
        + self.info().startInstant().orElseThrow());
    Path unowned = leftBehind("tongxin-partitions-4", null);
    Path other = leftBehind("someone-else-5", deadPid() + " -");

    try (TemporaryDirectory made = TemporaryDirectory.create(dir, "partitions")) {
      assertThat(dead).doesNotExist();
      assertThat(reused).doesNotExist();
      assertThat(alive).exists();
      assertThat(unowned).exists();
      assertThat(other).exists();
      assertThat(Files.readString(made.path().resolve(TemporaryDirectory.OWNER)))
          .startsWith(self.pid() + " ");
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("someone-else-5", "tongxin-partitions-3", "tongxin-partitions-4");
    }
  }
}
