package io.github.tongxin.governance.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report in a headless Chromium (Debian's {@code chromium}, installed by the CI
 * script) and checks that a non-blank PNG comes out. Skipped, with the reason, where no
 * Chromium is on the PATH.
 */
class HeadlessBrowserTest {

  private static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void chromiumRendersTheReportToAPng(@TempDir Path dir) throws Exception {
    Optional<Path> browser = chromium();
    if (browser.isEmpty()) {
      Assumptions.abort("no chromium or chromium-browser on the PATH: the headless rendering "
          + "test is skipped (install Debian's chromium: apt-get install -y chromium)");
    }
    Path html = dir.resolve("report.html");
    Files.writeString(html, ConcentricCircle.of(XunyangSample.bundled()).html(),
        StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    Process p = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1800",
        "--screenshot=" + png, html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    String log = Files.readString(dir.resolve("chromium.log"));
    assertThat(finished).as("chromium finished; log:\n" + log).isTrue();
    assertThat(p.exitValue()).as("exit status; log:\n" + log).isZero();
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    // the legend's band colours are drawn: the page is not blank
    assertThat(colours).contains(0x1a9850).hasSizeGreaterThan(5);
  }
}
