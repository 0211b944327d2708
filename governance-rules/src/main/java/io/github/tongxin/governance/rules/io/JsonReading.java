package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON: a dataset document record by record, and JSON Lines files line by line, with a
 * streaming parser under deliberate read constraints. Duplicate keys are findings, not
 * overwrites.
 */
final class JsonReading {

  /** A key met twice in one object: its name, where, and its JSON pointer. */
  record Duplicate(String name, int line, int column, String pointer) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;
  private final int maxLineLength;
  /** Whether JSON Lines records are bound from their tokens first (off: through trees only). */
  private final boolean straight;

  JsonReading(long maxDocumentLength, int maxLineLength) {
    this(maxDocumentLength, maxLineLength, true);
  }

  /**
   * Makes a reader; {@code straight} false reads every JSON Lines record through its tree, the
   * way a line with a defect is read, for tests that compare the two ways.
   */
  JsonReading(long maxDocumentLength, int maxLineLength, boolean straight) {
    this.straight = straight;
    StreamReadConstraints.Builder c = StreamReadConstraints.builder()
        .maxNestingDepth(GovernanceJson.MAX_NESTING_DEPTH)
        .maxStringLength(GovernanceJson.MAX_STRING_LENGTH)
        .maxNumberLength(GovernanceJson.MAX_NUMBER_LENGTH)
        .maxNameLength(GovernanceJson.MAX_NAME_LENGTH);
    if (maxDocumentLength > 0) {
      c.maxDocumentLength(maxDocumentLength);
    }
    // Duplicate keys are found by readTree below so that they become findings with a location.
    // buffers recycled per thread: a parser is made per line, and the default pool (a concurrent
    // deque shared by every thread) showed in the district profile (issue 19)
    this.factory = JsonFactory.builder().streamReadConstraints(c.build())
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.maxLineLength = maxLineLength;
  }

  /**
   * Reads a dataset document: straight from its tokens into the records' builders while every
   * record and collection is clean; from the first that is not, again from the start through
   * trees, passing over the records already handed on, so that the findings are those of the
   * tree's way alone. A document that is clean throughout is read once.
   */
  void readDocument(Input file, Charset charset, ReadSink sink) {
    long handedOn = straight ? readDocumentStraight(file, charset, sink) : 0;
    if (handedOn >= 0) {
      readDocument(file, charset, sink, new long[] {handedOn});
    }
  }

  /**
   * Reads a document straight from its tokens and hands its records on while everything is
   * clean; returns -1 when the whole document was, else how many records were handed on before
   * the first thing the tree's way must judge (a record the straight way does not take, a
   * collection that is unknown, twice or not an array, text that is not JSON or follows the
   * document). Nothing is found here.
   */
  long readDocumentStraight(Input file, Charset charset, ReadSink sink) {
    long kept = 0;
    try (Reader in = TextInput.open(file, charset);
        JsonParser p = factory.createParser(ObjectReadContext.empty(), in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return kept;
      }
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        RecordType type = byCollection(name);
        if (collectionProblem(seen, name, type, value) != null) {
          return kept;
        }
        if (value == JsonToken.START_ARRAY) {
          RecordBinder binder = RecordBinder.of(type);
          String pointer = "/" + escape(name) + "/";
          int index = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            TokenStreamLocation start = p.currentTokenLocation();
            GovernanceRecord record = binder.bind(p);
            if (record == null) {
              return kept;
            }
            sink.keep(record, at(file.name(), start, pointer + index++));
            kept++;
          }
        }
      }
      return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null ? -1 : kept;
    } catch (ReadSink.ConsumerFailure e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // not JSON, or not readable: the tree's way finds it
      return kept;
    }
  }

  /**
   * Judges a document's collection for both passes, noting its name as seen: the key of the
   * read rules' message saying what is wrong with it ({@code collection-twice}, {@code
   * unknown-collection}, {@code not-an-array}), or null for an array or a null of a known type
   * met once.
   */
  private static String collectionProblem(Set<String> seen, String name, RecordType type,
      JsonToken value) {
    if (!seen.add(name)) {
      return "collection-twice";
    }
    if (type == null) {
      return "unknown-collection";
    }
    return value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL ? null
        : "not-an-array";
  }

  /**
   * Reads a dataset document through a tree per record, passing over the first {@code skip[0]}
   * records (handed on already by the straight way, which took them because they are clean).
   */
  private void readDocument(Input file, Charset charset, ReadSink sink, long[] skip) {
    String source = file.name();
    JsonParser p = null;
    try (Reader in = TextInput.open(file, charset)) {
      p = factory.createParser(ObjectReadContext.empty(), in);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        TokenStreamLocation l = p.currentTokenLocation();
        sink.unreadable(at(source, l, null), Message.of("not-a-document"));
        return;
      }
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        TokenStreamLocation nameAt = p.currentTokenLocation();
        String pointer = "/" + escape(name);
        JsonToken value = p.nextToken();
        RecordType type = byCollection(name);
        String problem = collectionProblem(seen, name, type, value);
        if (problem != null) {
          sink.finding(ReadRules.BAD_RECORD, at(source, nameAt, pointer), name,
              Message.of(problem).with("name", name));
          p.skipChildren();
        } else if (value == JsonToken.START_ARRAY) {
          readArray(p, type, source, pointer, sink, skip);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        sink.unreadable(at(source, p.currentTokenLocation(), null),
            Message.of("malformed-document"));
      } else if (p.nextToken() != null) {
        sink.unreadable(at(source, p.currentTokenLocation(), null),
            Message.of("content-after-end"));
      }
    } catch (JacksonException e) {
      // an encoding error carries no location of its own: the parser knows how far it got
      TokenStreamLocation l = e.getLocation() != null && e.getLocation().getLineNr() > 0
          ? e.getLocation() : p == null ? null : p.currentLocation();
      Message why = cause(e);
      sink.unreadable(at(source, l, null),
          Message.of("bad-json").with("charset", charset.name()).with("why", why));
    } catch (IOException e) {
      TokenStreamLocation l = p == null ? null : p.currentLocation();
      sink.unreadable(at(source, l, null),
          Message.of("io-error").with("why", describe(e, charset)));
    }
  }

  private void readArray(JsonParser p, RecordType type, String source, String pointer,
      ReadSink sink, long[] skip) {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (skip[0] > 0) {
        skip[0]--;
        index++;
        p.skipChildren();
        continue;
      }
      TokenStreamLocation start = p.currentTokenLocation();
      String recordPointer = pointer + "/" + index++;
      List<Duplicate> duplicates = new ArrayList<>();
      JsonNode tree = readTree(p, duplicates);
      Origin origin = at(source, start, recordPointer);
      if (!duplicates.isEmpty()) {
        reportDuplicates(source, duplicates, recordPointer, null, sink);
        continue;
      }
      sink.bind(type, tree, origin, property -> origin
          .withPointer(recordPointer + "/" + escape(property)));
    }
  }

  /** Reads a JSON Lines file of one record type. */
  void readLines(Input file, Charset charset, RecordType type, ReadSink sink) {
    String source = file.name();
    int line = 0;
    try (Reader in = TextInput.open(file, charset)) {
      // the line's characters: a parser reads them where they are, a text is made of them only
      // for a line that is read through its tree
      char[] text = new char[Math.min(maxLineLength, 1024)];
      int length = 0;
      boolean tooLong = false;
      // read in blocks, each line's characters copied a run at a time (one read() per character
      // was a fifth of the reading time, and then one step of this loop per character a sixth of
      // a district's samples, issue 19); a reader that fails hands out every character before
      // the failure first, so lines end and are read in the same order as before
      char[] block = new char[8192];
      int n = 0;
      int at = 0;
      while (true) {
        if (at == n) {
          n = in.read(block, 0, block.length);
          at = 0;
          if (n < 0) {
            break;
          }
          continue;
        }
        int end = at;
        while (end < n && block[end] != '\n') {
          end++;
        }
        int count = end - at;
        if (tooLong) {
          // the rest of a line too long is passed over
        } else if (count > maxLineLength - length) {
          tooLong = true;
          length = 0;
        } else {
          if (length + count > text.length) {
            text = Arrays.copyOf(text,
                (int) Math.min(maxLineLength, Math.max(2L * text.length, length + count)));
          }
          System.arraycopy(block, at, text, length, count);
          length += count;
        }
        at = end;
        if (end < n) {
          at++;
          endLine(text, length, tooLong, source, ++line, type, sink);
          length = 0;
          tooLong = false;
        }
      }
      // the last line, ended by the end of the input
      endLine(text, length, tooLong, source, ++line, type, sink);
    } catch (IOException e) {
      sink.unreadable(Origin.ofLine(source, line + 1),
          Message.of("io-error").with("why", describe(e, charset)));
    }
  }

  /** A line has ended: its finding when it was too long, else its record unless it is blank. */
  private void endLine(char[] text, int length, boolean tooLong, String source, int line,
      RecordType type, ReadSink sink) {
    if (tooLong) {
      sink.finding(ReadRules.BAD_RECORD, Origin.ofLine(source, line), null,
          Message.of("line-too-long").with("max", maxLineLength));
    } else if (!blank(text, length)) {
      readLine(text, length, source, line, type, sink);
    }
  }

  /** Whether the characters are all white space, as {@link String#isBlank()} says. */
  private static boolean blank(char[] text, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a line: straight from its tokens into the record's builder ({@link
   * RecordBinder#bind(JsonParser)}) when the line holds one clean record, else again through its
   * tree, which words every defect; so the findings are those of the tree's way alone.
   */
  private void readLine(char[] text, int length, String source, int line, RecordType type,
      ReadSink sink) {
    Origin origin = Origin.ofLine(source, line);
    if (straight && readStraight(text, length, type, origin, sink)) {
      return;
    }
    readLine(new String(text, 0, length), source, line, type, sink);
  }

  /** Binds a clean line's record from its tokens and hands it on, or answers false. */
  private boolean readStraight(char[] text, int length, RecordType type, Origin origin,
      ReadSink sink) {
    GovernanceRecord record;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text, 0, length)) {
      p.nextToken();
      record = RecordBinder.of(type).bind(p);
      if (record == null || p.nextToken() != null) {
        return false;
      }
    } catch (RuntimeException e) {
      // not JSON: the tree's way says so
      return false;
    }
    sink.keep(record, origin);
    return true;
  }

  private void readLine(String text, String source, int line, RecordType type, ReadSink sink) {
    Origin origin = Origin.ofLine(source, line);
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      p.nextToken();
      List<Duplicate> duplicates = new ArrayList<>();
      JsonNode tree = readTree(p, duplicates);
      if (p.nextToken() != null) {
        sink.finding(ReadRules.BAD_RECORD, withColumn(origin, p.currentTokenLocation()), null,
            Message.of("two-records-on-line"));
        return;
      }
      if (!duplicates.isEmpty()) {
        reportDuplicates(source, duplicates, null, line, sink);
        return;
      }
      sink.bind(type, tree, origin, property -> origin);
    } catch (JacksonException e) {
      Message why = cause(e);
      sink.finding(ReadRules.BAD_RECORD, withColumn(origin, e.getLocation()), null,
          Message.of("line-not-json").with("why", why));
    }
  }

  private static void reportDuplicates(String source, List<Duplicate> duplicates, String base,
      Integer line, ReadSink sink) {
    for (Duplicate d : duplicates) {
      var o = Origin.builder().source(source).line(line == null ? d.line() : line)
          .column(d.column());
      if (base != null) {
        o.pointer(base + d.pointer());
      }
      sink.finding(ReadRules.BAD_RECORD, o.build(), d.name(),
          Message.of("key-twice").with("name", d.name()));
    }
  }

  /**
   * Reads the value at the parser's current token into a tree, noting duplicate keys (the first
   * value is kept). Leaves the parser on the value's last token.
   */
  static JsonNode readTree(JsonParser p, List<Duplicate> duplicates) {
    return readTree(p, duplicates, null);
  }

  /**
   * A step from the value read first down to a value inside it: a property's name or an array's
   * index; null for the value read first, and for a scalar, which holds no key. Its JSON pointer
   * is spelt only for a key met twice, not for every value read.
   */
  private record Step(Step parent, String name, int index) {
    static String pointer(Step step) {
      if (step == null) {
        return "";
      }
      return pointer(step.parent) + "/"
          + (step.name == null ? String.valueOf(step.index) : escape(step.name));
    }
  }

  private static JsonNode readTree(JsonParser p, List<Duplicate> duplicates, Step path) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return NODES.missingNode();
    }
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          // the first value of a key is kept; a later one is a duplicate, found where its key is
          TokenStreamLocation twice = o.has(name) ? p.currentTokenLocation() : null;
          JsonToken value = p.nextToken();
          JsonNode v = readTree(p, duplicates,
              value != null && value.isStructStart() ? new Step(path, name, 0) : null);
          if (twice != null) {
            duplicates.add(new Duplicate(name, twice.getLineNr(), twice.getColumnNr(),
                Step.pointer(new Step(path, name, 0))));
          } else {
            o.set(name, v);
          }
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        int i = 0;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
          a.add(readTree(p, duplicates,
              e != null && e.isStructStart() ? new Step(path, null, i) : null));
        }
        return a;
      }
      default:
        return GovernanceJson.scalar(p, NODES);
    }
  }

  /**
   * Parses the JSON text of a cell into a tree.
   *
   * @param text the cell
   * @param duplicates receives duplicate keys
   * @return the tree
   * @throws JacksonException when the text is not one JSON value
   */
  JsonNode parseCell(String text, List<Duplicate> duplicates) {
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      p.nextToken();
      JsonNode tree = readTree(p, duplicates);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value");
      }
      return tree;
    }
  }

  static RecordType byCollection(String name) {
    for (RecordType t : RecordType.values()) {
      if (t.collection().equals(name)) {
        return t;
      }
    }
    return null;
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static Origin at(String source, TokenStreamLocation l, String pointer) {
    var b = Origin.builder().source(source);
    if (l != null && l.getLineNr() > 0) {
      b.line(l.getLineNr());
      if (l.getColumnNr() > 0) {
        b.column(l.getColumnNr());
      }
    }
    if (pointer != null) {
      b.pointer(pointer);
    }
    return b.build();
  }

  private static Origin withColumn(Origin origin, TokenStreamLocation l) {
    if (l == null || l.getColumnNr() <= 0) {
      return origin;
    }
    return origin.withColumn(l.getColumnNr());
  }

  private static Message cause(JacksonException e) {
    Throwable c = e.getCause();
    if (c instanceof CharacterCodingException) {
      return Message.of("/read.bytes-not-valid").with("error", String.valueOf(c));
    }
    return Message.of("/read.reason").with("text", String.valueOf(GovernanceJson.describe(e)));
  }

  static String describe(IOException e, Charset charset) {
    if (e instanceof CharacterCodingException) {
      return "bytes not valid " + charset.name() + " (" + e + ")";
    }
    return String.valueOf(e);
  }

}
