package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user gets points outside the repository: no document and no main source or resource
 * file names the notes, background documents or folders that sit beside the clone on the
 * project's own machines, and every relative link of a document stays inside the repository and
 * leads to a file. Tests may still read the shared data beside the clone (they skip without it).
 */
class RepositoryBoundaryTest {

  /** Names of things outside the repository that a user does not have. */
  private static final List<String> OUTSIDE = List.of("../shared", "shared/RULES",
      "shared/DOMAIN", "shared/STYLE", "NOTES-", "ARCHITECTURE.md", "STYLE.md", "seed/");

  /** The text files scanned: documents, code and resources. */
  private static final Set<String> TEXT = Set.of("md", "java", "properties", "html", "xml",
      "yml", "yaml", "txt");

  /** A Markdown link or image target: {@code [text](target)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  private static final long LARGEST = 2L << 20;

  /**
   * Returns what a file names outside the repository: each name from {@link #OUTSIDE} it holds,
   * and, for a document, each relative link that leaves the repository or leads to no file.
   *
   * @param root the repository
   * @param file the file, inside the repository
   * @param text its text
   * @return one line per problem, empty when none
   */
  static List<String> outside(Path root, Path file, String text) {
    List<String> out = new ArrayList<>();
    String where = root.relativize(file).toString();
    for (String name : OUTSIDE) {
      if (text.contains(name)) {
        out.add(where + " names " + name);
      }
    }
    if (file.toString().endsWith(".md")) {
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1).replaceFirst("#.*", "");
        if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
          continue;
        }
        Path resolved = file.getParent().resolve(target).normalize();
        if (!resolved.startsWith(root)) {
          out.add(where + " links outside the repository: " + m.group(1));
        } else if (!Files.exists(resolved)) {
          out.add(where + " links to a file that does not exist: " + m.group(1));
        }
      }
    }
    return out;
  }

  private static boolean scanned(Path root, Path p) {
    String rel = root.relativize(p).toString().replace('\\', '/');
    String name = p.getFileName().toString();
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    if (rel.startsWith(".") || rel.contains("/target/") || rel.contains("/.")
        || rel.contains("/src/test/") || !TEXT.contains(ext)) {
      return false;
    }
    return ext.equals("md") || rel.contains("/src/main/");
  }

  @Test
  void noDocumentOrMainFileNamesAPathOutsideTheRepository() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    assumeTrue(Files.exists(root.resolve("governance-rules/RULES.md")),
        "the repository is not above this module");
    List<String> problems = new ArrayList<>();
    int files;
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = walk.filter(Files::isRegularFile).filter(p -> scanned(root, p)).toList();
      files = all.size();
      for (Path p : all) {
        if (Files.size(p) > LARGEST) {
          continue;
        }
        try {
          problems.addAll(outside(root, p, Files.readString(p)));
        } catch (MalformedInputException e) {
          // not UTF-8 text (a GBK sample): holds no path of ours
        }
      }
    }
    assertThat(files).as("files scanned").isGreaterThan(300);
    assertThat(problems).as("names and links outside the repository").isEmpty();
  }

  @Test
  void findsNamesAndLinksOutsideTheRepository(@org.junit.jupiter.api.io.TempDir Path root)
      throws IOException {
    // a README beside an existing doc/A.md: it cites the shared catalogue, a note file, links
    // two levels up and to a missing file; the link to doc/A.md, a web page and an anchor pass
    Files.createDirectories(root.resolve("doc"));
    Files.writeString(root.resolve("doc/A.md"), "a");
    Path readme = root.resolve("README.md");
    String text = "See ../shared/RULES.md and NOTES-BUILD.md. [a](doc/A.md) [b](../../b.md) "
        + "[c](doc/C.md) [web](https://example.org/x) [top](#top) [sec](doc/A.md#s)";
    assertThat(outside(root, readme, text)).containsExactly(
        "README.md names ../shared",
        "README.md names shared/RULES",
        "README.md names NOTES-",
        "README.md links outside the repository: ../../b.md",
        "README.md links to a file that does not exist: doc/C.md");
  }

  @Test
  void javaFilesAreCheckedForNamesNotForLinks(@org.junit.jupiter.api.io.TempDir Path root) {
    // Javadoc citing the style notes; a Markdown-like link in code is not a document's link
    Path code = root.resolve("A.java");
    assertThat(outside(root, code, "/** as STYLE.md says; [x](../../y) */"))
        .containsExactly("A.java names STYLE.md");
  }
}
