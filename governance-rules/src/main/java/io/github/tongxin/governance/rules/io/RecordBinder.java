package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Binds a record straight into the record's Immutables builder, without databind (记录直接绑定),
 * from its tree or from the parser's token stream: per record class a table of property ->
 * setter, built once from the model by the same walk over a class's JSON properties that {@link
 * RecordColumns} uses. Both ways share the table and read every scalar as its tree node
 * ({@link GovernanceJson#scalar}), so they cannot differ in what a value means.
 *
 * <p>It takes the common, clean shapes only: a property it knows, holding a value of exactly the
 * JSON type the mapper reads without coercion (text for text, identifiers, enum names and ISO
 * dates; whole numbers within range; booleans; arrays of those; nested value objects of the
 * same kinds). For anything else (an unknown property, a null, a number where text is expected,
 * an identifier or date the model rejects, a missing required property, a value the model's
 * checks refuse) it answers {@code null}, and the caller binds the same tree through the mapper,
 * which gives the finding and its message exactly as before. So a record it binds is the record
 * the mapper would have bound (checked against the mapper record by record in {@code
 * RecordBinderTest}), and every refusal keeps the mapper's words.
 */
final class RecordBinder {

  /** A value read from a node, or {@link #NO} when this binder does not take the node. */
  private interface NodeReader {
    Object read(JsonNode node);
  }

  /** A value read from a node or from the parser's current token, or {@link #NO}. */
  private interface Reader extends NodeReader {
    /**
     * Reads the value at the parser's current token, leaving the parser on the value's last
     * token, or answers {@link #NO} (the parser is then anywhere inside the value).
     */
    Object read(JsonParser p);
  }

  /**
   * A scalar's reader: from the token stream, the scalar becomes the tree node the tree would
   * hold, and is read as that node; a number a double cannot hold or a text with an unpaired
   * surrogate is not taken (the tree's reading refuses them with a finding).
   */
  private static Reader scalarReader(NodeReader node) {
    return new Reader() {
      @Override
      public Object read(JsonNode n) {
        return node.read(n);
      }

      @Override
      public Object read(JsonParser p) {
        if (!p.currentToken().isScalarValue()) {
          return NO;
        }
        JsonNode n = GovernanceJson.scalar(p, NODES);
        if (ReadSink.beyondDouble(n) != null
            || n.isString() && ReadSink.loneSurrogate(n.stringValue()) != null) {
          return NO;
        }
        return node.read(n);
      }
    };
  }

  /** One property: its place in the table, the builder method that sets it, how it is read. */
  private record Setter(int index, Method method, Reader reader) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Object NO = new Object();

  private static final Map<RecordType, RecordBinder> BY_TYPE = new EnumMap<>(RecordType.class);
  private static final Map<Class<?>, RecordBinder> BY_CLASS = new ConcurrentHashMap<>();
  /** Classes whose table is being built (under the lock of {@link #BY_TYPE}): a cycle is left out. */
  private static final Set<Class<?>> BUILDING = new HashSet<>();

  private final Method builder;
  private final Method build;
  private final Map<String, Setter> setters;

  private RecordBinder(Method builder, Method build, Map<String, Setter> setters) {
    this.builder = builder;
    this.build = build;
    this.setters = setters;
  }

  /** The binders built, by record type's ordinal: read without the lock (once a record). */
  private static final AtomicReferenceArray<RecordBinder> READY =
      new AtomicReferenceArray<>(RecordType.values().length);

  /** Returns the binder of a record type, built on first use. */
  static RecordBinder of(RecordType type) {
    RecordBinder ready = READY.get(type.ordinal());
    if (ready != null) {
      return ready;
    }
    synchronized (BY_TYPE) {
      RecordBinder made = BY_TYPE.computeIfAbsent(type, t -> forClass(t.recordClass()));
      READY.set(type.ordinal(), made);
      return made;
    }
  }

  /**
   * Returns the binder of a value class, or null when the class is not an Immutables value the
   * mapper builds through {@code @JsonDeserialize(as = Immutable...)}.
   */
  private static RecordBinder forClass(Class<?> valueClass) {
    RecordBinder known = BY_CLASS.get(valueClass);
    if (known != null) {
      return known;
    }
    if (!BUILDING.add(valueClass)) {
      return null;
    }
    try {
      return build(valueClass);
    } finally {
      BUILDING.remove(valueClass);
    }
  }

  private static RecordBinder build(Class<?> valueClass) {
    JsonDeserialize d = valueClass.getAnnotation(JsonDeserialize.class);
    if (d == null || d.as() == Void.class) {
      return null;
    }
    try {
      Method builder = unchecked(valueClass.getMethod("builder"));
      if (!Modifier.isStatic(builder.getModifiers())) {
        return null;
      }
      Class<?> b = builder.getReturnType();
      Method build = unchecked(b.getMethod("build"));
      Map<String, Setter> setters = new HashMap<>();
      RecordColumns.properties(valueClass, (p, required) -> {
        Setter s = setter(setters.size(), b, p.getMember().getName(), p.getType());
        if (s != null) {
          setters.put(p.getName(), s);
        }
      });
      RecordBinder made = new RecordBinder(builder, build, Map.copyOf(setters));
      BY_CLASS.put(valueClass, made);
      return made;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Returns the setter of a property, or null when its kind is not taken here. */
  private static Setter setter(int index, Class<?> builder, String name, JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType() && raw == Optional.class) {
      JavaType content = type.getReferencedType();
      Reader r = reader(content);
      Class<?> c = content.getRawClass();
      Method m = method(builder, name, c);
      if (m == null && (c == Integer.class || c == Long.class || c == Boolean.class)) {
        // an Optional of a boxed value is set by the primitive
        m = method(builder, name, c == Integer.class ? int.class
            : c == Long.class ? long.class : boolean.class);
      }
      return r == null || m == null ? null : new Setter(index, m, r);
    }
    if (raw == OptionalInt.class || raw == OptionalLong.class) {
      Class<?> primitive = raw == OptionalInt.class ? int.class : long.class;
      Method m = method(builder, name, primitive);
      return m == null ? null : new Setter(index, m, scalar(primitive));
    }
    // the mapper reads a List into an ArrayList and a Set into a HashSet: the same here, so
    // that a set iterates in the same order
    boolean list = raw == List.class;
    if (type.isCollectionLikeType() && (list || raw == Set.class)) {
      Reader element = reader(type.getContentType());
      String addAll = "addAll" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Method m = method(builder, addAll, Iterable.class);
      if (element == null || m == null) {
        return null;
      }
      return new Setter(index, m, new Reader() {
        @Override
        public Object read(JsonNode node) {
          if (!node.isArray()) {
            return NO;
          }
          Collection<Object> values = list ? new ArrayList<>() : new HashSet<>();
          for (JsonNode e : node) {
            Object v = element.read(e);
            if (v == NO) {
              return NO;
            }
            values.add(v);
          }
          return values;
        }

        @Override
        public Object read(JsonParser p) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            return NO;
          }
          Collection<Object> values = list ? new ArrayList<>() : new HashSet<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            Object v = element.read(p);
            if (v == NO) {
              return NO;
            }
            values.add(v);
          }
          return values;
        }
      });
    }
    Reader r = reader(type);
    Method m = method(builder, name, raw);
    if (m == null && raw.isPrimitive()) {
      return null;
    }
    return r == null || m == null ? null : new Setter(index, m, r);
  }

  /**
   * Returns the public method with the access check of every call turned off: it is checked
   * once here instead of once a property (the check showed in the district profile of issue 19).
   * A method the module system does not let us open stays checked.
   */
  private static Method unchecked(Method m) {
    try {
      m.trySetAccessible();
    } catch (SecurityException e) {
      // stays checked
    }
    return m;
  }

  private static Method method(Class<?> builder, String name, Class<?> parameter) {
    try {
      return unchecked(builder.getMethod(name, parameter));
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Returns how a value of the type is read from a node, or null when it is not taken here. */
  private static Reader reader(JavaType type) {
    Class<?> raw = type.getRawClass();
    Reader scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (type.isContainerType() || type.isReferenceType()) {
      return null;
    }
    RecordBinder nested = forClass(raw);
    if (nested == null) {
      return null;
    }
    return new Reader() {
      @Override
      public Object read(JsonNode n) {
        Object v = n.isObject() ? nested.bindValue(n, false) : null;
        return v == null ? NO : v;
      }

      @Override
      public Object read(JsonParser p) {
        return p.currentToken() == JsonToken.START_OBJECT ? nested.bindValue(p, false) : NO;
      }
    };
  }

  /** Returns how a scalar of the class is read from a node, or null for any other class. */
  private static Reader scalar(Class<?> raw) {
    NodeReader node = scalarNode(raw);
    return node == null ? null : scalarReader(node);
  }

  /** Returns how a scalar of the class is read from its node, or null for any other class. */
  private static NodeReader scalarNode(Class<?> raw) {
    if (raw == String.class) {
      return n -> n.isString() ? n.stringValue() : NO;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return n -> n.isBoolean() ? n.booleanValue() : NO;
    }
    if (raw == int.class || raw == Integer.class) {
      return n -> n.isInt() ? n.intValue() : NO;
    }
    if (raw == long.class || raw == Long.class) {
      return n -> n.isInt() || n.isLong() ? n.longValue() : NO;
    }
    if (raw == BigDecimal.class) {
      // as the mapper reads a tree's number: a double node by its shortest decimal
      return n -> n.isBigDecimal() ? n.decimalValue()
          : n.isDouble() ? BigDecimal.valueOf(n.doubleValue())
          : n.isInt() || n.isLong() ? BigDecimal.valueOf(n.longValue()) : NO;
    }
    if (raw == Duration.class) {
      return n -> parsed(n, 0, Duration::parse);
    }
    if (raw == LocalDate.class) {
      return n -> parsed(n, 10, IsoTimes::localDate);
    }
    if (raw == LocalDateTime.class) {
      return n -> parsed(n, 0, IsoTimes::localDateTime);
    }
    if (raw == Instant.class) {
      return n -> parsed(n, 0, IsoTimes::instant);
    }
    if (raw.isEnum()) {
      return enumReader(raw);
    }
    if (Identifier.class.isAssignableFrom(raw)) {
      return identifierReader(raw);
    }
    return null;
  }

  private interface Parse {
    Object parse(String text);
  }

  /** Reads an ISO text of the exact length (0: any), or {@link #NO}. */
  private static Object parsed(JsonNode n, int length, Parse parse) {
    if (!n.isString() || length > 0 && n.stringValue().length() != length) {
      return NO;
    }
    try {
      return parse.parse(n.stringValue());
    } catch (DateTimeParseException | ArithmeticException e) {
      return NO;
    }
  }

  /**
   * Reads an enum by the name the mapper writes for each constant, keeping only the names the
   * mapper reads back to the same constant.
   */
  private static NodeReader enumReader(Class<?> enumClass) {
    Map<String, Object> byName = new HashMap<>();
    for (Object constant : enumClass.getEnumConstants()) {
      try {
        JsonNode written = GovernanceJson.mapper().valueToTree(constant);
        if (written.isString()
            && GovernanceJson.mapper().treeToValue(written, enumClass) == constant) {
          byName.put(written.stringValue(), constant);
        }
      } catch (RuntimeException e) {
        // a constant the mapper does not round-trip is left to the mapper
      }
    }
    return n -> n.isString() ? byName.getOrDefault(n.stringValue(), NO) : NO;
  }

  /** Reads an identifier through its {@code of(String)} factory, the mapper's creator. */
  private static NodeReader identifierReader(Class<?> idClass) {
    Method of;
    try {
      of = unchecked(idClass.getMethod("of", String.class));
    } catch (NoSuchMethodException e) {
      return null;
    }
    if (!Modifier.isStatic(of.getModifiers())) {
      return null;
    }
    return n -> {
      if (!n.isString()) {
        return NO;
      }
      try {
        return of.invoke(null, n.stringValue());
      } catch (IllegalAccessException | InvocationTargetException e) {
        return NO;
      }
    };
  }

  /**
   * Binds a record's tree, its {@code extensions} object left out (the caller sets it), or
   * returns null when the tree holds anything this binder does not take.
   *
   * @param tree an object tree
   * @return the record, or null for the mapper to bind
   */
  GovernanceRecord bind(JsonNode tree) {
    return (GovernanceRecord) bindValue(tree, true);
  }

  /**
   * Binds the record whose object starts at the parser's current token, straight from the token
   * stream, with its {@code extensions} object, or returns null when the record holds anything
   * the tree's way would not bind as it stands: the same shapes {@link #bind(JsonNode)} leaves
   * to the mapper, and every defect the tree's reading reports (a key twice at any depth, a
   * number a double cannot hold, a text with an unpaired surrogate). The caller then reads the
   * record again through its tree, which finds and words the defect as it always did; so a
   * record bound here is the record the tree's way would have bound (checked in {@code
   * RecordBinderTest} and {@code JsonStraightTest}).
   *
   * @param p a parser on the record's {@code START_OBJECT}; left on its {@code END_OBJECT} when
   *     a record is returned, anywhere inside it otherwise
   * @return the record, without origin, or null
   * @throws tools.jackson.core.JacksonException when the text is not JSON; the tree's reading
   *     reports it
   */
  GovernanceRecord bind(JsonParser p) {
    Object v;
    try {
      v = p.currentToken() == JsonToken.START_OBJECT ? bindValue(p, true) : NO;
    } catch (tools.jackson.core.JacksonException e) {
      throw e;
    } catch (RuntimeException e) {
      // a value a model's factory refuses with an exception of its own: the tree's way words it
      return null;
    }
    return v == NO ? null : (GovernanceRecord) v;
  }

  private Object bindValue(JsonParser p, boolean record) {
    try {
      Object b = builder.invoke(null);
      // a key twice is the tree's finding: note every property set (extensions last)
      long[] seen = new long[setters.size() / 64 + 1];
      JsonNode extensions = null;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (record && t == JsonToken.START_OBJECT && name.equals("extensions")) {
          if (!firstTime(seen, setters.size())) {
            return NO;
          }
          List<JsonReading.Duplicate> duplicates = new ArrayList<>();
          extensions = JsonReading.readTree(p, duplicates);
          if (!duplicates.isEmpty() || ReadSink.loneSurrogate("", extensions) != null) {
            return NO;
          }
          continue;
        }
        Setter s = setters.get(name);
        if (s == null || !firstTime(seen, s.index())) {
          return NO;
        }
        Object v = s.reader().read(p);
        if (v == NO) {
          return NO;
        }
        s.method().invoke(b, v);
      }
      Object value = build.invoke(b);
      if (extensions != null) {
        Map<String, JsonNode> ext = new LinkedHashMap<>();
        extensions.properties().forEach(e -> ext.put(e.getKey(), e.getValue()));
        value = GovernanceRecords.withExtensions((GovernanceRecord) value, ext);
      }
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      // a missing required property or a value the model refuses: the tree's way says why
      return NO;
    }
  }

  /** Marks a property as set; false when it was set before. */
  private static boolean firstTime(long[] seen, int index) {
    long bit = 1L << index;
    int word = index >>> 6;
    if ((seen[word] & bit) != 0) {
      return false;
    }
    seen[word] |= bit;
    return true;
  }

  private Object bindValue(JsonNode tree, boolean record) {
    try {
      Object b = builder.invoke(null);
      for (var e : tree.properties()) {
        JsonNode value = e.getValue();
        if (record && e.getKey().equals("extensions") && value.isObject()) {
          continue;
        }
        Setter s = setters.get(e.getKey());
        if (s == null) {
          return null;
        }
        Object v = s.reader().read(value);
        if (v == NO) {
          return null;
        }
        s.method().invoke(b, v);
      }
      return build.invoke(b);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // a missing required property or a value the model refuses: the mapper says why
      return null;
    }
  }
}
