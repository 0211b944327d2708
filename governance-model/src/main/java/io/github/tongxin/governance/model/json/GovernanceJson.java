package io.github.tongxin.governance.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preconfigured, safe Jackson 3 mapper for governance data.
 *
 * <ul>
 *   <li>Properties are written in declaration order, dates as ISO-8601 text, absent optional
 *       values left out.
 *   <li>Unknown properties and duplicate keys are errors, so nothing is silently dropped or
 *       overwritten; custom data belongs in a record's {@code extensions}.
 *   <li>Read limits: nesting depth {@value #MAX_NESTING_DEPTH}, strings of at most
 *       {@value #MAX_STRING_LENGTH} characters, numbers of at most {@value #MAX_NUMBER_LENGTH}
 *       digits. No polymorphic default typing is enabled.
 * </ul>
 *
 * <p>The mapper is immutable and thread-safe.
 */
public final class GovernanceJson {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final JsonMapper MAPPER = builder().build();

  private GovernanceJson() {}

  /**
   * Returns the shared mapper.
   *
   * @return the mapper
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns a builder preset as {@link #mapper()} is, for callers who need to add to it (for
   * example a smaller document length limit through their own {@link JsonFactory}).
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }

  /**
   * Returns a one-line description of a Jackson error for people: what is wrong, at which line
   * and column, and at which property path, without the parser's internal source description.
   *
   * @param e the error
   * @return e.g. {@code Unexpected end-of-input (line 3, column 1, at units[2].name)}
   */
  public static String describe(JacksonException e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getOriginalMessage()).strip());
    TokenStreamLocation location = e.getLocation();
    String path = e.getPathReference();
    boolean hasLine = location != null && location.getLineNr() > 0;
    boolean hasPath = path != null && !path.isEmpty();
    if (hasLine || hasPath) {
      sb.append(" (");
      if (hasLine) {
        sb.append("line ").append(location.getLineNr())
            .append(", column ").append(location.getColumnNr());
      }
      if (hasPath) {
        sb.append(hasLine ? ", " : "").append("at ").append(path);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
