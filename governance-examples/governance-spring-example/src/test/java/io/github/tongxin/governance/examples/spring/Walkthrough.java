package io.github.tongxin.governance.examples.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl walk-through of the root README, read from the Markdown: each request with the status
 * its comment promises ({@code (HTTP 200)}), so that a test sends the very requests a reader
 * would type.
 */
final class Walkthrough {

  /** A request of the walk-through. */
  record Request(String method, String url, Map<String, String> headers, String data,
      List<String> files, String bindsIdTo, int status) {}

  private static final Pattern STATUS = Pattern.compile("\\(HTTP (\\d{3})");
  private static final Pattern BINDING = Pattern.compile("^(\\w+)=\\$\\((curl .*?) \\| sed .*\\)$");

  private Walkthrough() {}

  /** Returns the repository's root, found from the module's folder. */
  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null
        && !(Files.exists(p.resolve("README.md")) && Files.isDirectory(p.resolve("governance-examples")))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /**
   * Reads the walk-through between the README's markers.
   *
   * @param readme the README
   * @return the requests in order
   * @throws IOException when the README cannot be read
   */
  static List<Request> read(Path readme) throws IOException {
    String text = Files.readString(readme);
    int start = text.indexOf("<!-- spring-walkthrough:start -->");
    int end = text.indexOf("<!-- spring-walkthrough:end -->");
    if (start < 0 || end < start) {
      throw new IllegalStateException(readme + " has no spring-walkthrough markers");
    }
    String block = text.substring(start, end).replace("\\\n", " ");
    List<Request> out = new ArrayList<>();
    Integer status = null;
    for (String raw : block.split("\n")) {
      String line = raw.strip().replaceAll(" +", " ");
      Matcher s = STATUS.matcher(line);
      if (line.startsWith("#")) {
        status = s.find() ? Integer.valueOf(s.group(1)) : status;
        continue;
      }
      String bind = null;
      Matcher b = BINDING.matcher(line);
      if (b.matches()) {
        bind = b.group(1);
        line = b.group(2);
      }
      if (!line.startsWith("curl ")) {
        continue;
      }
      if (status == null) {
        throw new IllegalStateException("no (HTTP nnn) comment before: " + line);
      }
      out.add(parse(words(line), bind, status));
    }
    return out;
  }

  private static Request parse(List<String> words, String bind, int status) {
    String method = null;
    String url = null;
    String data = null;
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      switch (w) {
        case "-s" -> { }
        case "-X" -> method = words.get(++i);
        case "-H" -> {
          String[] kv = words.get(++i).split(": ", 2);
          headers.put(kv[0], kv[1]);
        }
        case "-d", "--data" -> data = words.get(++i);
        case "-F" -> files.add(words.get(++i).replaceFirst("^files=@", ""));
        default -> {
          if (w.startsWith("-")) {
            throw new IllegalStateException("the walk-through test does not know " + w);
          }
          url = w;
        }
      }
    }
    if (method == null) {
      method = data != null || !files.isEmpty() ? "POST" : "GET";
    }
    return new Request(method, url, headers, data, files, bind, status);
  }

  /** Splits a command into words as a POSIX shell would, quotes removed. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          w.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          out.add(w.toString());
          w.setLength(0);
          inWord = false;
        }
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      out.add(w.toString());
    }
    return out;
  }
}
