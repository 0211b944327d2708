package io.github.tongxin.governance.model.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads free JSON (a record's {@code extensions}) so that every number comes back as written: a
 * floating-point number is a {@code double} when it fits one, as Jackson reads it, and a
 * {@code BigDecimal} when it does not ({@code 1e99999}, where Jackson would read infinity and
 * write the string {@code "Infinity"}; {@code 1e-400}, which a double reads as zero). Digits
 * beyond a double's precision are not kept (a documented limit). A number beyond any decimal is a read error naming it.
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
        double d = p.getDoubleValue();
        if (Double.isFinite(d) && (d != 0.0 || !nonZero(p))) {
          return f.numberNode(d);
        }
        // beyond a double: infinite (1e99999) or underflowing to zero (1e-400)
        try {
          return f.numberNode(p.getDecimalValue());
        } catch (NumberFormatException e) {
          throw new StreamReadException(p, "number " + p.getString() + " is out of range");
        }
      }
      case VALUE_TRUE:
        return f.booleanNode(true);
      case VALUE_FALSE:
        return f.booleanNode(false);
      default:
        return f.nullNode();
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

  /** Returns true when the number's text is not a zero (a double read it as 0 by underflow). */
  private static boolean nonZero(JsonParser p) {
    String text = p.getString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
