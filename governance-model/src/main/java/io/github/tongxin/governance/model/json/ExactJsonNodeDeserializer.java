package io.github.tongxin.governance.model.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads free JSON (a record's {@code extensions}) so that every number keeps its value: a
 * floating-point number is a {@code double} when the double holds it exactly, as Jackson reads
 * it, and a {@code BigDecimal} when it does not: digits beyond a double's precision,
 * {@code 1e99999} (where Jackson would read infinity and write the string {@code "Infinity"}),
 * {@code 1e-400} (which a double reads as zero). A number beyond any decimal is a read error naming it.
 * Duplicate keys are rejected by the parser itself ({@code STRICT_DUPLICATE_DETECTION}).
 */
final class ExactJsonNodeDeserializer extends ValueDeserializer<JsonNode> {

  @Override
  public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) {
    return read(p, ctxt.getNodeFactory());
  }

  @Override
  public JsonNode getNullValue(DeserializationContext ctxt) {
    return ctxt.getNodeFactory().nullNode();
  }

  private static JsonNode read(JsonParser p, JsonNodeFactory f) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return f.missingNode();
    }
    switch (t) {
      case START_OBJECT:
        p.nextToken();
        return object(p, f);
      case PROPERTY_NAME:
        return object(p, f);
      case START_ARRAY: {
        ArrayNode a = f.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p, f));
        }
        return a;
      }
      default:
        return GovernanceJson.scalar(p, f);
    }
  }

  /** Reads an object's members from its first property name (or its end) to its end. */
  private static ObjectNode object(JsonParser p, JsonNodeFactory f) {
    ObjectNode o = f.objectNode();
    for (JsonToken t = p.currentToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      o.set(name, read(p, f));
    }
    return o;
  }

}
