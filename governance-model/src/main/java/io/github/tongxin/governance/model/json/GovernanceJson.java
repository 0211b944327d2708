package io.github.tongxin.governance.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tongxin.governance.model.identifier.PersonalData;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The preconfigured, safe Jackson 3 mapper for governance data.
 *
 * <ul>
 *   <li>Properties are written in declaration order, dates as ISO-8601 text, absent optional
 *       values left out.
 *   <li>Unknown properties and duplicate keys are errors, so nothing is silently dropped or
 *       overwritten; custom data belongs in a record's {@code extensions}.
 *   <li>Read limits, set deliberately rather than left to Jackson's defaults: nesting depth
 *       {@value #MAX_NESTING_DEPTH}, strings of at most {@value #MAX_STRING_LENGTH} characters,
 *       property names of at most {@value #MAX_NAME_LENGTH} characters, numbers of at most
 *       {@value #MAX_NUMBER_LENGTH} digits. The shared {@link #mapper()} reads documents of any
 *       length (a stream is read piece by piece, so only what is kept costs memory); a caller
 *       that reads untrusted files sets a document length limit with {@link #mapper(long)}.
 *       Breaking a limit ends reading with a {@link tools.jackson.core.exc.StreamConstraintsException}
 *       (a {@link JacksonException}) that names the limit, never with an
 *       {@link OutOfMemoryError} of a huge value.
 *   <li>No polymorphic default typing is enabled, and no model type carries {@code @JsonTypeInfo}:
 *       a payload such as {@code {"@class": "..."}} never chooses a Java class; in a record it
 *       is an unknown property, inside {@code extensions} it stays plain JSON data.
 * </ul>
 *
 * <p>The mappers are immutable and thread-safe. Error texts for people come from {@link
 * #describe(JacksonException)}, which masks citizen ID numbers and mobile numbers that Jackson
 * quotes from the input.
 */
public final class GovernanceJson {

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest property name read (an extension's key included), in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The document length meaning "no limit", as Jackson counts it. */
  public static final long UNLIMITED_DOCUMENT_LENGTH = -1L;

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
   * Returns a new mapper configured as {@link #mapper()} that also refuses documents longer than
   * {@code maxDocumentLength} bytes (characters for text input). Build it once and keep it.
   *
   * @param maxDocumentLength the longest document read, positive, or {@link
   *     #UNLIMITED_DOCUMENT_LENGTH}
   * @return the mapper
   * @throws IllegalArgumentException if the length is zero or below -1
   */
  public static JsonMapper mapper(long maxDocumentLength) {
    return builder(maxDocumentLength).build();
  }

  /**
   * Returns the read constraints of the mappers of this class, with a document length limit.
   *
   * @param maxDocumentLength the longest document read, positive, or {@link
   *     #UNLIMITED_DOCUMENT_LENGTH}
   * @return the constraints
   * @throws IllegalArgumentException if the length is zero or below -1
   */
  public static StreamReadConstraints readConstraints(long maxDocumentLength) {
    if (maxDocumentLength == 0 || maxDocumentLength < UNLIMITED_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be positive or -1 (no limit), not " + maxDocumentLength);
    }
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxDocumentLength(maxDocumentLength)
        .build();
  }

  /**
   * Returns a builder preset as {@link #mapper()} is, for callers who need to add to it.
   *
   * @return a new builder
   */
  public static JsonMapper.Builder builder() {
    return builder(UNLIMITED_DOCUMENT_LENGTH);
  }

  /**
   * Returns a builder preset as {@link #mapper(long)} is, for callers who need to add to it.
   *
   * @param maxDocumentLength the longest document read, positive, or {@link
   *     #UNLIMITED_DOCUMENT_LENGTH}
   * @return a new builder
   * @throws IllegalArgumentException if the length is zero or below -1
   */
  public static JsonMapper.Builder builder(long maxDocumentLength) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(readConstraints(maxDocumentLength))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new SimpleModule("tongxin-exact-numbers")
            .addDeserializer(JsonNode.class, new ExactJsonNodeDeserializer()))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // 120.5 for a whole-number property is an error, never silently 120
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }

  /**
   * Returns the tree node of the scalar at the parser's current token (string, number, boolean,
   * null) so that every number keeps its value: a floating-point number is a {@code double} when
   * the double holds it exactly with the same scale, and otherwise the decimal written (digits
   * beyond a double's precision, {@code 1e99999}, {@code 1e-400}, {@code 120.00}). For readers
   * that build their own trees, so that they and this mapper agree on every number.
   *
   * @param p the parser, on a scalar token
   * @param f the node factory
   * @return the node; a null node for any other token
   * @throws StreamReadException for a number beyond any decimal ({@code 8e88888888888})
   */
  public static JsonNode scalar(JsonParser p, JsonNodeFactory f) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return f.nullNode();
    }
    switch (t) {
      case VALUE_STRING:
        return f.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return f.numberNode(p.getIntValue());
          case LONG:
            return f.numberNode(p.getLongValue());
          default:
            return f.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT: {
        // a double when it holds the number exactly as written, scale included, else the decimal:
        // digits beyond a double's precision, 1e99999 (infinite as a double), 1e-400 (zero as a
        // double), and 120.00 (an area to two decimals, which a double would write as 120.0)
        BigDecimal exact;
        try {
          exact = p.getDecimalValue();
        } catch (NumberFormatException e) {
          // e.g. 8e88888888888: beyond any decimal Jackson will build (found by fuzzing)
          throw new StreamReadException(p, "number " + p.getString() + " is out of range");
        }
        double d = p.getDoubleValue();
        if (Double.isFinite(d) && BigDecimal.valueOf(d).equals(exact)) {
          return f.numberNode(d);
        }
        return f.numberNode(exact);
      }
      case VALUE_TRUE:
        return f.booleanNode(true);
      case VALUE_FALSE:
        return f.booleanNode(false);
      default:
        return f.nullNode();
    }
  }

  /**
   * Returns a one-line description of a Jackson error for people: what is wrong, at which line
   * and column, and at which property path, without the parser's internal source description.
   * Citizen ID numbers and mobile numbers that the error quotes from the input are masked
   * ({@link PersonalData#mask}); a duplicate key reads {@code Duplicate Object property "name"}.
   *
   * @param e the error
   * @return e.g. {@code Unexpected end-of-input (line 3, column 1, at units[2].name)}
   */
  public static String describe(JacksonException e) {
    StringBuilder sb = new StringBuilder(
        PersonalData.mask(String.valueOf(e.getOriginalMessage()).strip()));
    TokenStreamLocation location = e.getLocation();
    String path = path(e);
    boolean hasLine = location != null && location.getLineNr() > 0;
    boolean hasPath = path != null && !path.isEmpty();
    if (hasLine || hasPath) {
      sb.append(" (");
      if (hasLine) {
        sb.append("line ").append(location.getLineNr())
            .append(", column ").append(location.getColumnNr());
      }
      if (hasPath) {
        sb.append(hasLine ? ", " : "").append("at ").append(PersonalData.mask(path));
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /** Returns the property path as {@code units[2].name}, or empty when there is none. */
  private static String path(JacksonException e) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
