package org.dateline.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads records from JSON with Jackson's streaming parser.
 *
 * <p>In {@link Mode#DOCUMENT} mode a file may hold an array of record objects, several root
 * values one after another, or objects that hold a list of records next to shared fields (a
 * scraper's day file: {@code {"date": "2015-03-14", "articles": [{...}, null, ...]}}); shared
 * fields such as the date apply to every record of the list, whether they come before or after
 * it. Records of a root array are passed on as they are read; records of a list inside an
 * object are held until that object ends, because a shared field may follow the list. Records
 * are numbered from 1 in file order ({@link Origin#record}).
 *
 * <p>In {@link Mode#LINES} mode (JSON Lines) every non-blank line is one record, numbered by
 * its line ({@link Origin#line}); a line that does not parse is reported and the next line is
 * read.
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
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Mode mode;
  private final DateParser dates;
  private final RecordMapper mapper;

  /** A document-mode loader with a default {@link DateParser}. */
  public JsonLoader() {
    this(Mode.DOCUMENT, new DateParser());
  }

  public JsonLoader(Mode mode, DateParser dates) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.mapper = new RecordMapper(dates);
  }

  /** A JSON Lines loader with a default {@link DateParser}. */
  public static JsonLoader lines() {
    return new JsonLoader(Mode.LINES, new DateParser());
  }

  public Mode mode() {
    return mode;
  }

  @Override
  public String format() {
    return mode == Mode.LINES ? "jsonl" : "json";
  }

  @Override
  public void load(Path file, String displayName, LoadOptions options, RecordSink sink)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(file, displayName, options, sink);
    if (mode == Mode.LINES) {
      loadLines(run);
    } else {
      loadDocument(run);
    }
  }

  private void loadLines(Run run) throws IOException {
    try (BufferedReader r = TextDecoding.open(run.file)) {
      String line;
      long lineNo = 0;
      boolean any = false;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        any = true;
        Origin origin = Origin.line(run.displayName, lineNo);
        try (JsonParser p = FACTORY.createParser(line)) {
          JsonToken t = p.nextToken();
          FieldValues values = null;
          if (t == JsonToken.START_OBJECT) {
            values = readFields(p, run.options.fields());
          } else if (t != JsonToken.VALUE_NULL) {
            p.skipChildren();
          }
          if (p.nextToken() != null) {
            run.sink.problem(
                new Problem(
                    origin,
                    ProblemKind.MALFORMED_RECORD,
                    "more than one JSON value on the line; JSON Lines wants one record per line;"
                        + " line skipped"));
          } else if (t == JsonToken.VALUE_NULL) {
            run.sink.problem(nullRecord(origin));
          } else if (values == null) {
            run.sink.problem(notAnObject(origin, t));
          } else {
            mapper.map(values, null, origin, run.fileName + ":" + lineNo, run.file, run.options, run.sink);
          }
        } catch (JsonProcessingException e) {
          run.sink.problem(
              new Problem(
                  origin,
                  ProblemKind.MALFORMED_RECORD,
                  "not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                      + firstLine(e.getOriginalMessage()) + "; line skipped"));
        }
      }
      if (!any) {
        run.sink.problem(PageTextLoader.emptyFile(run.displayName));
      }
    }
  }

  private void loadDocument(Run run) throws IOException {
    try (Reader r = TextDecoding.open(run.file);
        JsonParser p = FACTORY.createParser(r)) {
      try {
        JsonToken t;
        boolean any = false;
        while ((t = p.nextToken()) != null) {
          any = true;
          switch (t) {
            case START_ARRAY -> readRootArray(p, run);
            case START_OBJECT -> readRootObject(p, run);
            case VALUE_NULL -> run.sink.problem(nullRecord(run.nextRecord()));
            default -> run.sink.problem(notAnObject(run.nextRecord(), t));
          }
        }
        if (!any) {
          run.sink.problem(PageTextLoader.emptyFile(run.displayName));
        }
      } catch (JsonProcessingException e) {
        run.flush(mapper);
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? -1 : at.getColumnNr();
        run.sink.problem(
            new Problem(
                Origin.line(run.displayName, line),
                ProblemKind.MALFORMED_RECORD,
                "JSON breaks off or is broken at line " + line + ", column " + column + ": "
                    + firstLine(e.getOriginalMessage()) + "; kept the " + run.accepted
                    + " records before it, skipped the rest of the file"));
      }
    }
  }

  private void readRootArray(JsonParser p, Run run) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw eof(p);
      }
      Origin origin = run.nextRecord();
      if (t == JsonToken.START_OBJECT) {
        FieldValues values = readFields(p, run.options.fields());
        run.map(mapper, values, null, origin);
      } else if (t == JsonToken.VALUE_NULL) {
        run.sink.problem(nullRecord(origin));
      } else {
        p.skipChildren();
        run.sink.problem(notAnObject(origin, t));
      }
    }
  }

  /**
   * Reads a root object that is either a record itself or holds lists of records next to
   * shared fields. It holds records if any of its arrays holds objects or nulls; an object with
   * only empty or plain-value arrays and no text field is an empty container.
   */
  private void readRootObject(JsonParser p, Run run) throws IOException {
    FieldValues outer = new FieldValues(run.options.fields());
    run.outer = outer;
    boolean holdsRecords = false;
    boolean hasArray = false;
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
      if (value == JsonToken.START_ARRAY) {
        hasArray = true;
        holdsRecords |= readNestedArray(p, run);
      } else if (value == JsonToken.START_OBJECT) {
        p.skipChildren();
      } else if (value != JsonToken.VALUE_NULL) {
        outer.offer(name, p.getText());
      }
    }
    if (holdsRecords) {
      run.flush(mapper);
    } else if (hasArray && outer.all(FieldMapping.Role.TEXT).isEmpty()) {
      // A day file whose list of articles is empty: nothing to load, nothing wrong.
    } else {
      run.map(mapper, outer, null, run.nextRecord());
    }
    run.outer = null;
  }

  /** Buffers the records of an array inside a root object; true if it held any. */
  private static boolean readNestedArray(JsonParser p, Run run) throws IOException {
    boolean any = false;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw eof(p);
      }
      if (t == JsonToken.START_OBJECT) {
        run.pending.add(new Pending(readFields(p, run.options.fields()), run.nextRecord()));
        any = true;
      } else if (t == JsonToken.VALUE_NULL) {
        run.pending.add(new Pending(null, run.nextRecord()));
        any = true;
      } else {
        // Lists of plain values (tags, keywords) are not records.
        p.skipChildren();
      }
    }
    return any;
  }

  /** Reads the object the parser is at; nested objects and arrays play no role and are skipped. */
  private static FieldValues readFields(JsonParser p, FieldMapping mapping) throws IOException {
    FieldValues values = new FieldValues(mapping);
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
      if (value.isStructStart()) {
        p.skipChildren();
      } else if (value != JsonToken.VALUE_NULL) {
        values.offer(name, p.getText());
      }
    }
    return values;
  }

  private static JsonProcessingException eof(JsonParser p) {
    return new com.fasterxml.jackson.core.io.JsonEOFException(
        p, null, "unexpected end of input inside a JSON array or object");
  }

  private static Problem nullRecord(Origin origin) {
    return new Problem(origin, ProblemKind.NULL_RECORD, "null where a record was expected; skipped");
  }

  private static Problem notAnObject(Origin origin, JsonToken t) {
    return new Problem(
        origin,
        ProblemKind.MALFORMED_RECORD,
        "expected a JSON object as record, found " + describe(t) + "; skipped");
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown parse error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private record Pending(FieldValues values, Origin origin) {}

  /** State of loading one file. */
  private static final class Run {
    final Path file;
    final String displayName;
    final String fileName;
    final LoadOptions options;
    final RecordSink sink;
    final List<Pending> pending = new ArrayList<>();
    FieldValues outer;
    long records;
    long accepted;

    Run(Path file, String displayName, LoadOptions options, RecordSink sink) {
      this.file = file;
      this.displayName = displayName;
      this.fileName = TextDecoding.fileName(file);
      this.options = options;
      this.sink = sink;
    }

    Origin nextRecord() {
      return Origin.record(displayName, ++records);
    }

    void map(RecordMapper mapper, FieldValues values, FieldValues outerValues, Origin origin) {
      String id = fileName + "#" + origin.position();
      if (mapper.map(values, outerValues, origin, id, file, options, sink)) {
        accepted++;
      }
    }

    void flush(RecordMapper mapper) {
      for (Pending each : pending) {
        if (each.values() == null) {
          sink.problem(nullRecord(each.origin()));
        } else {
          map(mapper, each.values(), outer, each.origin());
        }
      }
      pending.clear();
    }
  }
}
