package org.dateline.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads records from JSON with Jackson's streaming parser, finding them by structure.
 *
 * <p>A record is an object that has a text field ({@link FieldMapping.Role#TEXT}); its text may
 * be a string, a list of paragraphs (joined with {@code \n}) or an object of languages ({@code
 * {"en": ..., "ko": ...}}: English, else the first). Lists of objects inside a record (images,
 * comments) belong to it and are not records: the record's own text wins. An object without a
 * text field is a container: the lists in it, at any depth, whose objects carry a text field
 * hold its records, and its plain fields (such as {@code date}) apply to every record inside
 * that names none, whether they come before or after the list; the nearest container wins. So
 * arrays of records, arrays of arrays, arrays of day objects each holding {@code articles},
 * and {@code {"meta": {...}, "data": {"articles": [...]}}} all load, and {@link
 * RecordSink#recordPath} is told where the records were ({@code $[*]}, {@code
 * $.data.articles[*]}). A root array is always a list of records; a root object that is
 * neither a record nor holds one is reported as having no text field, unless its lists are
 * empty (a day without articles).
 *
 * <p>Records of a root array are passed on as they are read; records inside an object are held
 * until that object ends. Records are numbered from 1 in file order ({@link Origin#record}).
 *
 * <p>In {@link Mode#LINES} mode (JSON Lines) every non-blank line is one JSON value, read the
 * same way, its records numbered by the line ({@link Origin#line}); a line that does not parse
 * is reported and the next line is read. A file whose first line is just {@code [} or <code>{
 * </code> is a pretty-printed JSON document saved as JSON Lines, and is read as a document.
 *
 * <p>A JSON document that breaks off (truncated download) keeps the records read before the
 * break and reports a {@link ProblemKind#MALFORMED_RECORD} naming the line and column.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonLoader implements Loader {

  /** How a file is laid out. */
  public enum Mode {
    /** One JSON document (or several root values) per file. */
    DOCUMENT,
    /** One JSON value per line: {@code .jsonl}, {@code .ndjson}. */
    LINES
  }

  // JsonFactory is thread-safe once configured.
  /** Factories whose parsers refuse a string longer than the record limit, by limit. */
  private static final java.util.concurrent.ConcurrentMap<Long, JsonFactory> BOUNDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A factory whose parsers stop at a string longer than {@code maxChars}, before holding it. */
  private static JsonFactory factory(long maxChars) {
    return BOUNDED.computeIfAbsent(maxChars, max -> JsonFactory.builder()
        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(max, Integer.MAX_VALUE - 16)).build())
        .build());
  }

  private final Mode mode;
  private final RecordMapper mapper;

  /** A document-mode loader with a default {@link DateParser}. */
  public JsonLoader() {
    this(Mode.DOCUMENT, new DateParser());
  }

  public JsonLoader(Mode mode, DateParser dates) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.mapper = new RecordMapper(Objects.requireNonNull(dates, "dates"));
  }

  @Override
  public String format() {
    return mode == Mode.LINES ? "jsonl" : "json";
  }

  @Override
  public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(input, options, sink);
    if (mode == Mode.LINES && !prettyPrinted(input)) {
      loadLines(run);
    } else {
      loadDocument(run);
    }
  }

  private static boolean prettyPrinted(TextInput input) throws IOException {
    try (BoundedLines r = new BoundedLines(input.openText(), input.maxChars())) {
      while (true) {
        String line;
        try {
          line = r.readLine();
        } catch (TooLargeException e) {
          return false;
        }
        if (line == null) {
          return false;
        }
        if (!line.isBlank()) {
          String s = line.strip();
          return s.equals("[") || s.equals("{");
        }
      }
    }
  }

  private void loadLines(Run run) throws IOException {
    // One line longer than the record limit is passed over, not held: the others are read.
    try (BoundedLines r = new BoundedLines(run.input.openText(), run.input.maxChars())) {
      String line;
      long lineNo = 0;
      boolean any = false;
      while (true) {
        lineNo++;
        try {
          line = r.readLine();
        } catch (TooLargeException e) {
          any = true;
          run.sink.problem(RecordLimit.problem(Origin.line(run.input.displayName(), lineNo), e, "line skipped"));
          continue;
        }
        if (line == null) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        any = true;
        Origin origin = Origin.line(run.input.displayName(), lineNo);
        List<Found> found = new ArrayList<>();
        try (JsonParser p = factory(run.input.maxChars()).createParser(line)) {
          JsonToken t = p.nextToken();
          readRoot(p, t, run, found::add);
          if (p.nextToken() != null) {
            run.sink.problem(new Problem(origin, ProblemKind.MALFORMED_RECORD,
                "more than one JSON value on the line; JSON Lines wants one record per line; line skipped"));
            continue;
          }
        } catch (JsonProcessingException | Broken broken) {
          JsonProcessingException e = broken instanceof Broken b ? b.cause : (JsonProcessingException) broken;
          run.sink.problem(new Problem(origin, ProblemKind.MALFORMED_RECORD,
              "not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                  + plain(e.getOriginalMessage()) + "; line skipped"));
          continue;
        }
        String lineId = run.input.idName() + ":" + lineNo;
        for (int i = 0; i < found.size(); i++) {
          String id = found.size() == 1 ? lineId : lineId + "#" + (i + 1);
          run.emit(mapper, found.get(i), origin, id);
        }
      }
      if (!any) {
        run.sink.problem(PageTextLoader.emptyFile(run.input.displayName()));
      }
    }
  }

  private void loadDocument(Run run) throws IOException {
    try (Reader r = run.input.openText();
        JsonParser p = factory(run.input.maxChars()).createParser(r)) {
      Consumer<Found> emit = f -> {
        Origin origin = Origin.record(run.input.displayName(), ++run.records);
        run.emit(mapper, f, origin, run.input.idName() + "#" + origin.position());
      };
      try {
        JsonToken t;
        boolean any = false;
        while ((t = p.nextToken()) != null) {
          any = true;
          readRoot(p, t, run, emit);
        }
        if (!any) {
          run.sink.problem(PageTextLoader.emptyFile(run.input.displayName()));
        }
      } catch (JsonProcessingException | Broken broken) {
        JsonProcessingException e;
        if (broken instanceof Broken b) {
          b.kept.forEach(emit);
          e = b.cause;
        } else {
          e = (JsonProcessingException) broken;
        }
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? -1 : at.getColumnNr();
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
          run.sink.problem(RecordLimit.problem(Origin.line(run.input.displayName(), line),
              new TooLargeException("a string at line " + line, run.input.maxChars() + 1, run.input.maxChars()),
              "kept the " + run.accepted + " records before it, skipped the rest of the file"));
          return;
        }
        run.sink.problem(
            new Problem(
                Origin.line(run.input.displayName(), line),
                ProblemKind.MALFORMED_RECORD,
                "JSON breaks off or is broken at line " + line + ", column " + column + ": "
                    + plain(e.getOriginalMessage()) + "; kept the " + run.accepted
                    + " records before it, skipped the rest of the file"));
      }
    }
  }

  /** Reads one root value and passes on the records in it. */
  private static void readRoot(JsonParser p, JsonToken t, Run run, Consumer<Found> out) throws IOException {
    switch (t) {
      case START_ARRAY -> readArray(p, "$", run, true, out);
      case START_OBJECT -> {
        Node node = readObject(p, "$", run);
        if (node.record() != null) {
          out.accept(node.record());
        } else if (!node.children().isEmpty()) {
          node.children().forEach(out);
        } else if (!node.emptyList()) {
          // Neither a record nor a container: report it as a record without text.
          out.accept(new Found(node.values(), List.of(), "$", null));
        }
      }
      case VALUE_NULL -> out.accept(new Found(null, List.of(), "$", t));
      default -> out.accept(new Found(null, List.of(), "$", t));
    }
  }

  /**
   * Reads an array. In a record list (the root array, or a nested list where some object
   * carries text) every object and null is a record, reported if it has no text; elsewhere only
   * records found deeper are passed on. Returns whether the array was empty, and passes on
   * records as they complete.
   */
  private static ArrayResult readArray(JsonParser p, String path, Run run, boolean recordList, Consumer<Found> out)
      throws IOException {
    String elements = path + "[*]";
    List<Found> textless = new ArrayList<>();
    boolean list = recordList;
    boolean empty = true;
    List<String> strings = new ArrayList<>();
    List<String> scalars = new ArrayList<>();
    int count = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw eof(p);
      }
      empty = false;
      count++;
      if (t == JsonToken.START_OBJECT) {
        Node node = readObject(p, elements, run);
        if (node.record() != null) {
          if (!list) {
            // The first object with text makes this a record list: earlier objects without
            // text are records too, in order.
            list = true;
            textless.forEach(out);
            textless.clear();
          }
          out.accept(node.record());
        } else if (!node.children().isEmpty()) {
          node.children().forEach(out);
        } else if (!node.emptyList()) {
          Found bare = new Found(node.values(), List.of(), elements, null);
          if (list) {
            out.accept(bare);
          } else {
            textless.add(bare);
          }
        }
      } else if (t == JsonToken.START_ARRAY) {
        readArray(p, elements, run, list, out);
      } else if (t == JsonToken.VALUE_NULL) {
        Found nothing = new Found(null, List.of(), elements, t);
        if (list) {
          out.accept(nothing);
        } else {
          textless.add(nothing);
        }
      } else {
        if (recordList) {
          out.accept(new Found(null, List.of(), elements, t));
        } else {
          if (t == JsonToken.VALUE_STRING) {
            strings.add(p.getText());
          }
          if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            scalars.add(p.getText());
          }
        }
      }
    }
    return new ArrayResult(empty, strings, list ? List.of() : textless, count == 1 && scalars.size() == 1 ? scalars.get(0) : null);
  }

  /**
   * @param textless objects of a list where none carries text: an object's images, or its
   *     records when the text field has a name that is not looked for
   * @param only the list's one element when it has exactly one and that is a string or a
   *     number ({@code "date": ["2024-03-01"]}), else null
   */
  private record ArrayResult(boolean empty, List<String> strings, List<Found> textless, String only) {}

  /**
   * Objects that name a title, id, author or date look like records, not like images or tags;
   * so does a null, which a scraper leaves where it lost a record.
   */
  private static boolean recordLike(List<Found> found) {
    for (Found f : found) {
      FieldValues v = f.values();
      if (v == null || (v.has(FieldMapping.Role.TITLE) || v.has(FieldMapping.Role.ID)
          || v.has(FieldMapping.Role.AUTHOR) || v.has(FieldMapping.Role.DATE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the object the parser is in. When it has a text field it is a record and whatever
   * lists it holds are its own; otherwise the records found inside are its children and take
   * its plain fields as their outer fields.
   */
  private static Node readObject(JsonParser p, String path, Run run) throws IOException {
    ObjectFields object = new ObjectFields(path, run);
    try {
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
        if (t == null) {
          throw eof(p);
        }
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == null) {
          throw eof(p);
        }
        object.field(p, name, value);
      }
    } catch (JsonProcessingException | Broken e) {
      throw object.brokenOff(e);
    }
    return object.node();
  }

  /** What the fields of one object held, collected as they stream past. */
  private static final class ObjectFields {
    private final String path;
    private final Run run;
    private final FieldMapping mapping;
    private final FieldValues values;
    private final List<Found> children = new ArrayList<>();
    private final List<Found> textless = new ArrayList<>();
    private boolean emptyList;
    private String firstString;
    private String english;
    /** The value of a MongoDB date, {@code {"$date": ...}}, when this object is one. */
    private String mongoDate;
    private String numberLong;

    ObjectFields(String path, Run run) {
      this.path = path;
      this.run = run;
      this.mapping = run.options.fields();
      this.values = new FieldValues(mapping);
    }

    /** Reads the value of field {@code name}, whose first token is {@code value}. */
    void field(JsonParser p, String name, JsonToken value) throws IOException {
      boolean textField = mapping.rank(FieldMapping.Role.TEXT, name) >= 0;
      String inner = path + "." + name;
      if (value == JsonToken.START_ARRAY) {
        values.key(name);
        list(readArray(p, inner, run, false, children::add), name, textField);
      } else if (value == JsonToken.START_OBJECT) {
        values.key(name);
        object(readObject(p, inner, run), name, textField);
      } else if (value != JsonToken.VALUE_NULL) {
        values.offer(name, p.getText());
        if (name.equals("$date")) {
          mongoDate = p.getText();
        } else if (name.equals("$numberLong")) {
          numberLong = p.getText();
        }
        if (value == JsonToken.VALUE_STRING) {
          firstString = firstString == null ? p.getText() : firstString;
          english = name.equalsIgnoreCase("en") ? p.getText() : english;
        }
      } else {
        values.key(name);
      }
    }

    /** A list field: its records are children already; its strings may be the text's paragraphs. */
    private void list(ArrayResult a, String name, boolean textField) {
      emptyList |= a.empty();
      if (recordLike(a.textless())) {
        textless.addAll(a.textless());
      }
      if (textField && !a.strings().isEmpty()) {
        values.offer(name, String.join("\n", a.strings()));
      } else if (a.only() != null) {
        // A one-element list of dates is that date. A longer list does not say which of its
        // dates is the publication date, so it gives none and the record stays undated.
        if (mapping.rank(FieldMapping.Role.DATE, name) >= 0) {
          values.offer(name, a.only());
        } else {
          values.scalar(name, a.only());
        }
      }
    }

    /** An object field: a record, a container of records, or the text in several languages. */
    private void object(Node node, String name, boolean textField) {
      if (node.mongoDate() != null) {
        // MongoDB's extended JSON: {"$date": "2024-03-01T00:00:00Z"}, {"$date": 1709251200000}
        // or {"$date": {"$numberLong": "1709251200000"}}.
        if (name.equals("$date")) {
          mongoDate = node.mongoDate();
        } else {
          values.offer(name, node.mongoDate());
        }
      } else if (name.equals("$date") && node.numberLong() != null) {
        mongoDate = node.numberLong();
      } else if (node.record() != null) {
        children.add(node.record());
      } else if (!node.children().isEmpty()) {
        children.addAll(node.children());
      } else {
        emptyList |= node.emptyList();
        String translated = textField ? node.translation() : null;
        if (translated != null) {
          values.offer(name, translated);
        }
      }
    }

    /** The object broke off: records inside it are kept, as those of a root array are. */
    Broken brokenOff(IOException e) {
      Broken broken = e instanceof Broken b ? b : new Broken((JsonProcessingException) e, List.of());
      List<Found> kept = new ArrayList<>();
      if (!values.has(FieldMapping.Role.TEXT)) {
        children.addAll(broken.kept);
        for (Found child : children) {
          kept.add(child.withOuter(values));
        }
      }
      return new Broken(broken.cause, kept);
    }

    /** What the object turned out to be, once it is read to its end. */
    Node node() {
      String translation = english != null ? english : firstString;
      if (values.has(FieldMapping.Role.TEXT)) {
        return new Node(values, new Found(values, List.of(), path, null), List.of(), false, translation, null, null);
      }
      // A container whose records all lack a text field under a name looked for: report each of
      // them, with its own keys, rather than the container once.
      List<Found> held = children.isEmpty() ? textless : children;
      List<Found> withOuter = new ArrayList<>(held.size());
      for (Found child : held) {
        withOuter.add(child.withOuter(values));
      }
      return new Node(values, null, withOuter, emptyList, translation, mongoDate, numberLong);
    }
  }

  /** A document that breaks off inside an object, with the records that object held so far. */
  private static final class Broken extends IOException {
    final JsonProcessingException cause;
    final transient List<Found> kept;

    Broken(JsonProcessingException cause, List<Found> kept) {
      super(cause);
      this.cause = cause;
      this.kept = kept;
    }
  }

  /**
   * What an object turned out to be.
   *
   * @param record the object as a record, when it has a text field
   * @param children the records it holds, when it is a container
   * @param emptyList true when it holds an empty list (a day without articles) and nothing else
   * @param translation for an object of languages, the English value, else the first string
   *     value; null if it has none
   * @param mongoDate the date, when the object is a MongoDB date ({@code $date}), else null
   * @param numberLong the number, when the object is a MongoDB long ({@code $numberLong}), else null
   */
  private record Node(FieldValues values, Found record, List<Found> children, boolean emptyList, String translation,
      String mongoDate, String numberLong) {}

  /**
   * A record found, or a value where a record was expected.
   *
   * @param values its fields, or null for a null or a value that is not an object
   * @param outers the fields of the containers it sits in, nearest first
   * @param token what was found instead of an object, or null
   */
  private record Found(FieldValues values, List<FieldValues> outers, String path, JsonToken token) {
    Found withOuter(FieldValues outer) {
      List<FieldValues> all = new ArrayList<>(outers.size() + 1);
      all.addAll(outers);
      all.add(outer);
      return new Found(values, all, path, token);
    }
  }

  private static JsonProcessingException eof(JsonParser p) {
    return new com.fasterxml.jackson.core.io.JsonEOFException(
        p, null, "unexpected end of input inside a JSON array or object");
  }

  private static Problem nullRecord(Origin origin) {
    return new Problem(origin, ProblemKind.NULL_RECORD, "null where a record was expected; skipped");
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  /**
   * The parser's message in words: its first line, without the advice to switch on parser
   * features, which a user of this program cannot do.
   */
  static String plain(String message) {
    if (message == null) {
      return "unknown parse error";
    }
    int nl = message.indexOf('\n');
    String s = nl < 0 ? message : message.substring(0, nl);
    s = s.replaceAll("\\s*[(;:]?\\s*(?:for|enable|to allow)[^()]*Feature\\.[A-Z_]+`?[^()]*\\)?", "");
    return s.strip();
  }

  /** State of loading one input. */
  private static final class Run {
    final TextInput input;
    final LoadOptions options;
    final RecordSink sink;
    final Set<String> paths = new HashSet<>();
    long records;
    long accepted;

    Run(TextInput input, LoadOptions options, RecordSink sink) {
      this.input = input;
      this.options = options;
      this.sink = sink;
    }

    void emit(RecordMapper mapper, Found found, Origin origin, String id) {
      if (found.values() != null && paths.add(found.path())) {
        sink.recordPath(found.path());
      }
      if (found.values() != null) {
        if (mapper.map(found.values(), found.outers(), origin, id, input.fileName(), options, sink)) {
          accepted++;
        }
      } else if (found.token() == JsonToken.VALUE_NULL) {
        sink.problem(nullRecord(origin));
      } else {
        sink.problem(new Problem(origin, ProblemKind.MALFORMED_RECORD,
            "expected a JSON object as record, found " + describe(found.token()) + "; skipped"));
      }
    }
  }
}
