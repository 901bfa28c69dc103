package org.dateline.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Tone;

/**
 * Reads NewsMTSC (Hamborg &amp; Donnay 2021) JSON Lines: per line a sentence
 * ({@code sentence_normalized}, {@code primary_gid}) and its {@code targets}, each with
 * character offsets {@code from} and {@code to} and a {@code polarity} of 2.0 (negative), 4.0
 * (neutral) or 6.0 (positive). Yields one item per target. Stateless and thread-safe.
 */
public final class NewsMtscReader {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private NewsMtscReader() {}

  private static final String EXPECTED = "targets (JSON Lines with a 'targets' list per sentence)";

  /**
   * @throws GoldFormatException as {@link #read(Reader, String)} does, or naming the line of
   *     the first bytes that are not UTF-8
   */
  public static List<TargetItem> read(Path file) throws IOException {
    return GoldLines.read(file, NewsMtscReader::readLine, EXPECTED);
  }

  /**
   * @param name the file name used in error messages
   * @throws GoldFormatException naming the line of a line that is not a JSON object, lacks a
   *     field, has a polarity other than 2, 4 or 6, or a span outside its sentence, and on a
   *     file without any target
   */
  public static List<TargetItem> read(Reader reader, String name) throws IOException {
    return GoldLines.read(reader, name, NewsMtscReader::readLine, EXPECTED);
  }

  private static void readLine(String line, long lineNumber, List<TargetItem> out) throws IOException {
    Object value;
    try (JsonParser p = FACTORY.createParser(line)) {
      p.nextToken();
      value = readValue(p);
    }
    if (!(value instanceof Map<?, ?> record)) {
      throw new IllegalArgumentException("expected a JSON object per line");
    }
    if (!(required(record, "sentence_normalized") instanceof String sentence)) {
      throw new IllegalArgumentException("field 'sentence_normalized' must be a string");
    }
    String sentenceId = record.get("primary_gid") instanceof String s ? s : "line" + lineNumber;
    if (!(required(record, "targets") instanceof List<?> targets)) {
      throw new IllegalArgumentException("field 'targets' must be a list of target objects");
    }
    for (int k = 0; k < targets.size(); k++) {
      if (!(targets.get(k) instanceof Map<?, ?> target)) {
        throw new IllegalArgumentException("target " + (k + 1) + " is not a JSON object");
      }
      String id = target.get("Input.gid") instanceof String s ? s : sentenceId + "#" + k;
      int from = (int) number(target, "from");
      int to = (int) number(target, "to");
      Tone gold = tone(number(target, "polarity"));
      out.add(new TargetItem(id, sentence, from, to, gold, lineNumber));
    }
  }

  private static Tone tone(double polarity) {
    if (polarity == 2.0) {
      return Tone.NEGATIVE;
    }
    if (polarity == 4.0) {
      return Tone.NEUTRAL;
    }
    if (polarity == 6.0) {
      return Tone.POSITIVE;
    }
    throw new IllegalArgumentException("polarity " + polarity
        + " is not a NewsMTSC label; expected 2.0 (negative), 4.0 (neutral) or 6.0 (positive)");
  }

  private static double number(Map<?, ?> object, String field) {
    if (!(required(object, field) instanceof Double value)) {
      throw new IllegalArgumentException("field '" + field + "' must be a number, was '" + object.get(field) + "'");
    }
    return value;
  }

  private static Object required(Map<?, ?> object, String field) {
    Object v = object.get(field);
    if (v == null) {
      throw new IllegalArgumentException("field '" + field + "' is missing or null");
    }
    return v;
  }

  /** The value at the current token: objects as maps, arrays as lists, numbers as Double. */
  private static Object readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("the line ends before a JSON value");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          map.put(field, readValue(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }
}
