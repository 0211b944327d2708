package io.github.tongxin.governance.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Person;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hostile JSON against the shared mapper: limits, duplicate keys, polymorphic typing. */
class GovernanceJsonSecurityTest {

  private static final JsonMapper MAPPER = GovernanceJson.mapper();

  @Test
  void readLimitsAreSetDeliberately() {
    StreamReadConstraints c = MAPPER.tokenStreamFactory().streamReadConstraints();
    assertThat(c.getMaxNestingDepth()).isEqualTo(GovernanceJson.MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(c.getMaxStringLength()).isEqualTo(GovernanceJson.MAX_STRING_LENGTH);
    assertThat(c.getMaxNumberLength()).isEqualTo(GovernanceJson.MAX_NUMBER_LENGTH);
    assertThat(c.getMaxNameLength()).isEqualTo(GovernanceJson.MAX_NAME_LENGTH);
    assertThat(c.getMaxDocumentLength()).isEqualTo(GovernanceJson.UNLIMITED_DOCUMENT_LENGTH);
    assertThat(MAPPER.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(GovernanceJson.mapper(4096).tokenStreamFactory().streamReadConstraints()
        .getMaxDocumentLength()).isEqualTo(4096);
  }

  @Test
  void rejectsANonsenseDocumentLength() {
    assertThatIllegalArgumentException().isThrownBy(() -> GovernanceJson.mapper(0));
    assertThatIllegalArgumentException().isThrownBy(() -> GovernanceJson.mapper(-2));
  }

  @Test
  void tooDeepNestingIsAClearError() {
    String deep = "{\"units\":[{\"id\":\"U\",\"kind\":\"GRID\",\"name\":\"n\",\"extensions\":{\"x\":"
        + "[".repeat(200) + "]".repeat(200) + "}}]}";
    StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
        () -> MAPPER.readValue(deep, GovernanceDataset.class));
    assertThat(GovernanceJson.describe(e)).contains("Document nesting depth").contains("64");
  }

  @Test
  void tooLongStringsNumbersAndNamesAreClearErrors() {
    String longString = "{\"units\":[{\"id\":\"" + "u".repeat(GovernanceJson.MAX_STRING_LENGTH + 1)
        + "\"}]}";
    assertThat(describeFailure(longString)).contains("String value length").contains("1000000");
    String longNumber = "{\"units\":[{\"extensions\":{\"n\":" + "9".repeat(101) + "}}]}";
    assertThat(describeFailure(longNumber)).contains("Number value length");
    String longName = "{\"units\":[{\"extensions\":{\"" + "k".repeat(1001) + "\":1}}]}";
    assertThat(describeFailure(longName)).contains("Name length");
  }

  @Test
  void documentLengthLimitOfTheCallerIsAClearError() {
    String json = "{\"units\":[" + "{\"id\":\"U\",\"kind\":\"GRID\",\"name\":\"n\"},".repeat(100)
        + "{\"id\":\"U\",\"kind\":\"GRID\",\"name\":\"n\"}]}";
    StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
        () -> GovernanceJson.mapper(1000).readValue(json.getBytes(), GovernanceDataset.class));
    assertThat(GovernanceJson.describe(e)).contains("Document length").contains("1000");
  }

  @Test
  void duplicateKeyIsAClearErrorWithLineAndPath() {
    String json = "{\"persons\":[{\"id\":\"P1\",\n\"name\":\"张三\",\n\"name\":\"李四\"}]}";
    String message = describeFailure(json);
    assertThat(message).startsWith("Duplicate Object property \"name\"")
        .contains("line 3").contains("persons[0]");
  }

  @Test
  void duplicateKeyInsideExtensionsIsAnErrorToo() {
    String json = "{\"units\":[{\"id\":\"U\",\"kind\":\"GRID\",\"name\":\"n\","
        + "\"extensions\":{\"a\":1,\"a\":2}}]}";
    assertThat(describeFailure(json)).startsWith("Duplicate Object property \"a\"");
  }

  @Test
  void classPayloadInARecordIsAnUnknownPropertyNotAType() {
    String json = "{\"persons\":[{\"@class\":\"java.net.URL\",\"id\":\"P1\",\"name\":\"n\"}]}";
    assertThat(describeFailure(json)).contains("\"@class\"");
  }

  @Test
  void classPayloadInExtensionsStaysPlainData() {
    String json = "{\"units\":[{\"id\":\"U\",\"kind\":\"GRID\",\"name\":\"n\",\"extensions\":"
        + "{\"x\":{\"@class\":\"javax.naming.InitialContext\",\"@type\":\"java.net.URL\"},"
        + "\"y\":[\"java.net.URL\",\"http://example.invalid\"]}}]}";
    GovernanceDataset d = MAPPER.readValue(json, GovernanceDataset.class);
    Map<String, JsonNode> ext = d.units().get(0).extensions();
    assertThat(ext.get("x").isObject()).isTrue();
    assertThat(ext.get("x").get("@class").asString()).isEqualTo("javax.naming.InitialContext");
    assertThat(ext.get("y").isArray()).isTrue();
    Object untyped = MAPPER.readValue("[\"java.net.URL\",\"http://example.invalid\"]",
        Object.class);
    assertThat(untyped).isInstanceOf(List.class);
  }

  @Test
  void noDefaultTypingIsConfigured() {
    for (Class<?> type : List.of(Object.class, GovernanceDataset.class, Person.class,
        JsonNode.class)) {
      assertThat(MAPPER.deserializationConfig().getDefaultTyper(MAPPER.constructType(type)))
          .as(type.getName()).isNull();
      assertThat(MAPPER.serializationConfig().getDefaultTyper(MAPPER.constructType(type)))
          .as(type.getName()).isNull();
    }
  }

  @Test
  void noModelTypeCarriesPolymorphicTypeAnnotations() throws IOException, URISyntaxException {
    Path root = Path.of(GovernanceDataset.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.equals("module-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        scanned++;
        List<AnnotatedElement> elements = new ArrayList<>();
        elements.add(type);
        elements.addAll(List.of(type.getDeclaredFields()));
        for (Method m : type.getDeclaredMethods()) {
          elements.add(m);
        }
        for (AnnotatedElement e : elements) {
          if (e.isAnnotationPresent(JsonTypeInfo.class)
              || e.isAnnotationPresent(JsonSubTypes.class)) {
            offenders.add(e.toString());
          }
        }
      }
    }
    assertThat(scanned).as("classes scanned").isGreaterThan(100);
    assertThat(offenders).isEmpty();
  }

  @Test
  void describeMasksPersonalNumbersQuotedFromTheInput() {
    String json = "{\"persons\":[{\"id\":\"P1\",\"name\":\"n\",\"sex\":\"11010519491231002X\"}]}";
    String message = describeFailure(json);
    assertThat(message).contains("110105********002X").doesNotContain("11010519491231002X");
    String mobile = "{\"persons\":[{\"id\":\"P1\",\"name\":\"n\",\"sex\":\"13812341234\"}]}";
    assertThat(describeFailure(mobile)).contains("138****1234").doesNotContain("13812341234");
  }

  private static String describeFailure(String json) {
    JacksonException e = catchThrowableOfType(JacksonException.class,
        () -> MAPPER.readValue(json, GovernanceDataset.class));
    assertThat(e).as("reading should fail").isNotNull();
    return GovernanceJson.describe(e);
  }

  @Test
  void extensionNumbersBeyondADoubleComeBackAsWritten() {
    String json = "{\"units\":[{\"id\":\"D\",\"kind\":\"DISTRICT\",\"name\":\"浔阳区\","
        + "\"extensions\":{\"huge\":1e99999,\"tiny\":1e-400,\"plain\":2.5,"
        + "\"precise\":0.1000000000000000055511151231257827,\"nested\":"
        + "{\"list\":[1e99999,0.0,-0.0]}}}]}";
    GovernanceDataset d = GovernanceJson.mapper().readValue(json, GovernanceDataset.class);
    var ext = d.units().get(0).extensions();
    assertThat(ext.get("huge").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal("1e99999"));
    assertThat(ext.get("tiny").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal("1e-400"));
    assertThat(ext.get("plain").doubleValue()).isEqualTo(2.5);
    assertThat(ext.get("precise").decimalValue())
        .isEqualByComparingTo(new java.math.BigDecimal("0.1000000000000000055511151231257827"));
    String out = GovernanceJson.mapper().writeValueAsString(d);
    assertThat(out).doesNotContain("Infinity");
    assertThat(GovernanceJson.mapper().readValue(out, GovernanceDataset.class)).isEqualTo(d);
    assertThatThrownBy(() -> GovernanceJson.mapper().readValue(
        json.replace("1e-400", "8e88888888888"), GovernanceDataset.class))
        .isInstanceOf(JacksonException.class).hasMessageContaining("out of range");
  }
}
