package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.Texts;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Receives what the readers produce: hands each bound record, with its origin, on, and collects
 * the findings. Not thread-safe; one per read.
 */
final class ReadSink {

  private final List<Finding> findings = new ArrayList<>();
  private final Consumer<GovernanceRecord> each;
  private boolean unreadable;

  /**
   * Makes a sink that hands every record, with its origin, to {@code each} as soon as it is
   * bound (the division tables' units first, as the reader loads them first), and keeps none.
   */
  ReadSink(Consumer<GovernanceRecord> each) {
    this.each = Objects.requireNonNull(each, "each");
  }

  /** Keeps a finding; one of {@link ReadRules#UNREADABLE_FILE} marks the input unreadable. */
  private void add(Finding f) {
    findings.add(f);
    if (f.ruleId().equals(ReadRules.UNREADABLE_FILE)) {
      unreadable = true;
    }
  }

  /** The bundle of the read rules' texts: their titles, sources and finding messages. */
  private static final String BUNDLE = Texts.bundleOf(ReadRules.class);

  /**
   * Returns a finding builder of the read rule with its severity and source, and its message
   * rendered from the read rules' bundle in Chinese and English, keeping its key, arguments and
   * bundle as the rules' findings do.
   *
   * @param rule a read rule's id
   * @param message the message: a key relative to the rule's id and its arguments
   * @return the builder, without a location
   */
  static Finding.Builder newFinding(String rule, Message message) {
    RuleDescriptor read = ReadRules.descriptor(rule);
    return Finding.builder().ruleId(rule).severity(read.defaultSeverity()).source(read.source())
        .zh(Texts.render(BUNDLE, rule, message, Texts.CHINESE))
        .en(Texts.render(BUNDLE, rule, message, Locale.ENGLISH))
        .messageKey(message.keyFor(rule))
        .putAllArguments(message.absolute(rule).arguments())
        .bundle(BUNDLE);
  }

  /**
   * Returns the clause that ends a message with the nearest names ("; did you mean a or b?",
   * the common bundle's {@code did-you-mean.one}/{@code many}), or an empty one.
   *
   * @param near names from {@code NearestNames}, nearest first; may be empty
   * @return a message to pass as an argument
   */
  static Message didYouMean(List<String> near) {
    if (near.isEmpty()) {
      return Message.of("/read.no-hint");
    }
    int last = near.size() - 1;
    return last == 0 ? Message.of("/did-you-mean.one").with("name", near.get(0))
        : Message.of("/did-you-mean.many").with("names", near.subList(0, last))
            .with("last", near.get(last));
  }

  /**
   * Returns the clause that ends a message with the name the user may have meant ("; did you
   * mean 单位.csv?"), or an empty one.
   *
   * @param name the name, a file, sheet or column name as an export writes it
   * @return a message to pass as an argument
   */
  static Message maybeMeant(java.util.Optional<String> name) {
    return name.map(n -> Message.of("/read.maybe-meant").with("name", n))
        .orElse(Message.of("/read.no-hint"));
  }

  /**
   * Renders a message of the read rules' bundle whose key is absolute, e.g. a cell's reason.
   *
   * @param message the message, its key starting with {@code /}
   * @param locale the language
   * @return the text
   */
  static String render(Message message, Locale locale) {
    return Texts.render(BUNDLE, "", message, locale);
  }

  /** Adds a finding of the rule, at the origin, its text from the read rules' bundle. */
  void finding(String rule, Origin origin, String property, Message message) {
    finding(rule, origin, property, message, List.of());
  }

  /**
   * Adds a finding of the rule, at the origin, its text from the read rules' bundle, about a
   * record: the row that could not be kept, named by the id its cells hold, then the records its
   * cells name ({@link #unkept}), so that findings that follow or may follow from its absence
   * name this one as their cause ({@link ValidationReport#withCauses}).
   */
  void finding(String rule, Origin origin, String property, Message message,
      List<Identifier> subjects) {
    var b = newFinding(rule, message).location(origin);
    if (property != null) {
      b.property(property);
    }
    b.addAllSubjects(subjects);
    add(b.build());
  }

  /** Adds a finding that the file cannot be read, its text from the read rules' bundle. */
  void unreadable(Origin origin, Message message) {
    finding(ReadRules.UNREADABLE_FILE, origin, null, message);
  }

  /** Adds the result of loading division tables. */
  void divisions(DivisionTables.Result result) {
    result.units().forEach(this::accept);
    for (Finding f : result.report().findings()) {
      findings.add(f);
      if (f.ruleId().equals(ReadRules.UNREADABLE_FILE)) {
        unreadable = true;
      }
    }
  }

  /**
   * Why a tree could not be bound: the property at fault (null when none is) and the reason,
   * in words for people, Java package names dropped: a message of the read rules' bundle, to
   * pass as an argument.
   */
  record Failure(String property, Message why) {}

  /** A reason in the binder's own words (English, as Jackson or a model factory gives it). */
  private static Failure failure(String property, String why) {
    return new Failure(property, Message.of("/read.reason").with("text", why));
  }

  /**
   * Binds an object tree to a record of the type and hands it on, or returns why not, without a
   * finding.
   */
  Failure tryBind(RecordType type, JsonNode tree, Origin origin) {
    for (var e : tree.properties()) {
      String far = e.getKey().equals("extensions") ? null : beyondDouble(e.getValue());
      if (far != null) {
        return new Failure(e.getKey(), Message.of("/read.number-out-of-range").with("number", far));
      }
      String lone = loneSurrogate(e.getKey(), e.getValue());
      if (lone != null) {
        return new Failure(e.getKey(),
            Message.of("/read.unpaired-surrogate").with("unit", lone));
      }
    }
    GovernanceRecord value;
    try {
      // Extensions are set as the trees they are: binding them through the mapper would turn a
      // decimal beyond a double (1e309) into an error.
      JsonNode extensions = tree.get("extensions");
      if (extensions == null || !extensions.isObject() || !(tree instanceof ObjectNode)) {
        extensions = null;
      }
      // The clean common case goes straight into the builder; the mapper binds the rest, and
      // gives every refusal its words as before.
      value = RecordBinder.of(type).bind(tree);
      if (value == null) {
        JsonNode rest = tree;
        if (extensions != null) {
          ObjectNode copy = ((ObjectNode) tree).deepCopy();
          copy.remove("extensions");
          rest = copy;
        }
        value = (GovernanceRecord) GovernanceJson.mapper().treeToValue(rest, type.recordClass());
      }
      if (extensions != null) {
        Map<String, JsonNode> ext = new LinkedHashMap<>();
        extensions.properties().forEach(e -> ext.put(e.getKey(), e.getValue()));
        value = GovernanceRecords.withExtensions(value, ext);
      }
      value = GovernanceRecords.withOrigin(value, origin);
    } catch (JacksonException e) {
      String property = e.getPath().isEmpty() ? null : e.getPath().get(0).getPropertyName();
      // Jackson names types with their packages; people need the simple name only.
      String why = String.valueOf(e.getOriginalMessage()).strip()
          .replaceAll("`(?:[a-z0-9_]+\\.)+([A-Za-z0-9_$]+)`", "$1");
      return failure(property, why);
    } catch (RuntimeException e) {
      // A model factory may reject a value with an unchecked exception of its own.
      return failure(null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    // outside the catches above: the consumer's own exception is not the record's fault
    accept(value);
    return null;
  }

  /**
   * An exception of the consumer, carried out of the readers as it is: no reader's catch of a
   * parser's, a model's or a binder's exception may take it for one (a consumer that writes JSON
   * fails with a Jackson exception; one that fails was called again, or its failure reported as a
   * bad record, issue 19). {@link DatasetReader#readEach} throws the cause: an exception of the
   * consumer ends the read and propagates, as its contract says.
   */
  static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(cause);
    }

    /**
     * Throws the consumer's failure when it is the exception or one of its causes (a parser
     * that calls back, as a spreadsheet's XML parser does, may wrap it); returns otherwise.
     */
    static void rethrow(Throwable e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof ConsumerFailure f) {
          throw f;
        }
      }
    }

    /** Returns the consumer's exception. */
    RuntimeException consumers() {
      return (RuntimeException) getCause();
    }
  }

  /** Hands a bound record on with its origin; the consumer's exception as a {@link ConsumerFailure}. */
  void keep(GovernanceRecord value, Origin origin) {
    accept(GovernanceRecords.withOrigin(value, origin));
  }

  private void accept(GovernanceRecord kept) {
    try {
      each.accept(kept);
    } catch (RuntimeException e) {
      throw new ConsumerFailure(e);
    }
  }

  /**
   * Returns the first unpaired UTF-16 surrogate (U+D800 to U+DFFF) in a property name or a
   * string of the tree, spelt as a JSON escape, or null when every text is valid Unicode. JSON
   * can spell one as an escape; no export format can write it.
   */
  static String loneSurrogate(String name, JsonNode v) {
    String lone = loneSurrogate(name);
    if (lone != null) {
      return lone;
    }
    if (v.isString()) {
      return loneSurrogate(v.stringValue());
    }
    if (v.isObject()) {
      for (var e : v.properties()) {
        lone = loneSurrogate(e.getKey(), e.getValue());
        if (lone != null) {
          return lone;
        }
      }
    } else if (v.isArray()) {
      for (JsonNode child : v) {
        lone = loneSurrogate("", child);
        if (lone != null) {
          return lone;
        }
      }
    }
    return null;
  }

  static String loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("\\u%04X", (int) c);
      }
    }
    return null;
  }

  /**
   * Returns the subjects of the finding about a record that cannot be kept: the id its id cell
   * holds, then the distinct ids its readable reference properties name
   * ({@link RecordColumns#references}: {@code parentId}, {@code personId}, {@code branchId},
   * {@code households}, ...) in the tree's order, which is the row's column order. A later
   * finding about one of those records may follow from the row's absence
   * ({@link ValidationReport#withCauses}). Empty when the id is unreadable, so that the first
   * subject of such a finding is always the unkept record itself; a reference that is no
   * identifier is left out.
   *
   * @param type the record type
   * @param id the id cell's text, null or blank when none
   * @param tree the record's readable properties, as bound; null when none was read
   * @return the subjects, empty when the id is unreadable
   */
  static List<Identifier> unkept(RecordType type, String id, JsonNode tree) {
    Class<?> idClass;
    try {
      idClass = type.recordClass().getMethod("id").getReturnType();
    } catch (NoSuchMethodException e) {
      return List.of();
    }
    Identifier own = idOf(idClass, id);
    if (own == null) {
      return List.of();
    }
    java.util.Set<Identifier> subjects = new java.util.LinkedHashSet<>();
    subjects.add(own);
    Map<String, Class<? extends Identifier>> references = RecordColumns.references(type);
    if (tree != null) {
      for (var e : tree.properties()) {
        Class<? extends Identifier> named = references.get(e.getKey());
        if (named == null) {
          continue;
        }
        JsonNode v = e.getValue();
        Iterable<JsonNode> values = v.isArray() ? v : List.of(v);
        for (JsonNode n : values) {
          Identifier ref = n.isString() ? idOf(named, n.stringValue()) : null;
          if (ref != null) {
            subjects.add(ref);
          }
        }
      }
    }
    return List.copyOf(subjects);
  }

  /** Returns the identifier of the class the text is, or null when it is none. */
  private static Identifier idOf(Class<?> idClass, String text) {
    if (text == null || Identifier.problem(text.strip()) != null) {
      return null;
    }
    try {
      Object id = GovernanceJson.mapper().treeToValue(
          tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(text.strip()), idClass);
      return id instanceof Identifier i ? i : null;
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns a number in the tree a double cannot hold (1e-999999, 1e309), or null. */
  static String beyondDouble(JsonNode v) {
    if (v.isBigDecimal()) {
      java.math.BigDecimal d = v.decimalValue();
      double x = d.doubleValue();
      if (Double.isInfinite(x) || x == 0 && d.signum() != 0) {
        String s = d.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
      }
    }
    for (JsonNode child : v) {
      String far = beyondDouble(child);
      if (far != null) {
        return far;
      }
    }
    return null;
  }

  /**
   * Binds a tree to a record of the type and keeps it with its origin, or adds a finding of
   * {@link ReadRules#BAD_RECORD} at the offending property's origin.
   *
   * @param type the record type
   * @param tree the record's tree
   * @param origin where the record starts
   * @param locate the origin of a property, e.g. its cell or JSON pointer
   */
  void bind(RecordType type, JsonNode tree, Origin origin, Function<String, Origin> locate) {
    if (!tree.isObject()) {
      finding(ReadRules.BAD_RECORD, origin, null,
          Message.of("not-an-object").with("type", String.valueOf(tree.getNodeType())));
      return;
    }
    Failure f = tryBind(type, tree, origin);
    if (f != null) {
      Origin at = f.property() == null ? origin : locate.apply(f.property());
      Message why = f.property() == null ? Message.of("record").with("why", f.why())
          : Message.of("record-property").with("why", f.why()).with("property", f.property());
      JsonNode id = tree.get("id");
      finding(ReadRules.BAD_RECORD, at, f.property(), why,
          id != null && id.isString() ? unkept(type, id.asString(), tree) : List.of());
    }
  }

  /** The rows of one table (a CSV file or a sheet), counted as they are read. */
  static final class TableCount {
    final String source;
    final String sheet;
    final RecordType type;
    long read;
    long kept;
    long skipped;
    final List<String> unmapped = new ArrayList<>();

    TableCount(String source, String sheet, RecordType type) {
      this.source = source;
      this.sheet = sheet;
      this.type = type;
    }

    DatasetReader.TableAccount account() {
      return new DatasetReader.TableAccount(source, java.util.Optional.ofNullable(sheet), type,
          read, kept, skipped, unmapped);
    }
  }

  private final List<TableCount> tables = new ArrayList<>();

  /** Starts counting the rows of a table. */
  TableCount table(String source, String sheet, RecordType type) {
    TableCount c = new TableCount(source, sheet, type);
    tables.add(c);
    return c;
  }

  /** Returns the accounts of every table read, in reading order. */
  List<DatasetReader.TableAccount> tables() {
    return tables.stream().map(TableCount::account).toList();
  }

  /** Returns whether a file could not be read. */
  boolean unreadable() {
    return unreadable;
  }

  /** Returns the report of every finding, with the read rules. */
  ValidationReport report() {
    return ValidationReport.of(findings, ReadRules.descriptors());
  }
}
