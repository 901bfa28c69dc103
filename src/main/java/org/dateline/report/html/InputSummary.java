package org.dateline.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The page's inputs: one row per folder (files, formats, records, problems), folders with
 * problems first, and the files themselves, those with problems first, with paths relative to the
 * folder all inputs share, which is what the user named or inside it. A run over thousands of files
 * embeds only the files with problems: the full list is in {@code manifest.json}.
 */
final class InputSummary {

  /** Files listed on the page at most; beyond it, only those with problems, up to the same number. */
  static final int FILES_LISTED = 200;

  record Input(String path, String format, long records, long problems, long bytes) {}

  private InputSummary() {}

  /** The manifest's inputs, in its order. */
  static List<Input> read(JsonFactory json, String manifestJson) throws IOException {
    List<Input> out = new ArrayList<>();
    try (JsonParser p = json.createParser(manifestJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"inputs".equals(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String path = "";
          String format = "";
          long records = 0;
          long problems = 0;
          long bytes = 0;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
              case "path" -> path = p.getValueAsString("");
              case "format" -> format = p.getValueAsString("");
              case "records" -> records = p.getValueAsLong();
              case "problems" -> problems = p.getValueAsLong();
              case "bytes" -> bytes = p.getValueAsLong();
              default -> p.skipChildren();
            }
          }
          out.add(new Input(path, format, records, problems, bytes));
        }
      }
    }
    return out;
  }

  /** The folder every input lies in, as the manifest writes paths; empty when they share none. */
  static String root(List<Input> inputs) {
    String root = null;
    for (Input i : inputs) {
      String parent = parent(i.path());
      root = root == null ? parent : common(root, parent);
    }
    return root == null ? "" : root;
  }

  /** {@code path} below {@code root}. */
  static String relative(String root, String path) {
    if (root.isEmpty()) {
      return path;
    }
    String prefix = root.endsWith("/") ? root : root + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  /** Writes {@code inputs_root}, {@code inputs_by_folder}, {@code input_files} and {@code input_files_listed}. */
  static void write(JsonGenerator g, List<Input> inputs) throws IOException {
    String root = root(inputs);
    g.writeStringField("inputs_root", root);
    g.writeNumberField("input_files", inputs.size());
    Map<String, long[]> byFolder = new TreeMap<>();
    Map<String, TreeSet<String>> formats = new TreeMap<>();
    for (Input i : inputs) {
      String folder = parent(relative(root, i.path()));
      long[] c = byFolder.computeIfAbsent(folder, f -> new long[4]);
      c[0]++;
      c[1] += i.records();
      c[2] += i.problems();
      c[3] += i.bytes();
      formats.computeIfAbsent(folder, f -> new TreeSet<>()).add(i.format());
    }
    List<String> folders = new ArrayList<>(byFolder.keySet());
    folders.sort(Comparator.comparing((String f) -> byFolder.get(f)[2] == 0).thenComparing(Comparator.naturalOrder()));
    g.writeArrayFieldStart("inputs_by_folder");
    for (String f : folders) {
      long[] c = byFolder.get(f);
      g.writeStartArray();
      g.writeString(f.isEmpty() ? "." : f);
      g.writeNumber(c[0]);
      g.writeString(String.join(", ", formats.get(f)));
      g.writeNumber(c[1]);
      g.writeNumber(c[2]);
      g.writeNumber(c[3]);
      g.writeEndArray();
    }
    g.writeEndArray();
    List<Input> listed = new ArrayList<>(inputs.stream().filter(i -> i.problems() > 0).toList());
    boolean all = inputs.size() <= FILES_LISTED;
    if (all) {
      listed.addAll(inputs.stream().filter(i -> i.problems() == 0).toList());
    }
    g.writeBooleanField("input_files_all_listed", all);
    g.writeArrayFieldStart("input_files_listed");
    for (Input i : listed.subList(0, Math.min(FILES_LISTED, listed.size()))) {
      g.writeStartArray();
      g.writeString(relative(root, i.path()));
      g.writeString(i.format());
      g.writeNumber(i.records());
      g.writeNumber(i.problems());
      g.writeNumber(i.bytes());
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The longest folder both name, whole names only. */
  private static String common(String a, String b) {
    if (a.equals(b)) {
      return a;
    }
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n])) {
      n++;
    }
    if (n == 0) {
      return "";
    }
    String joined = String.join("/", java.util.Arrays.asList(x).subList(0, n));
    return joined.isEmpty() ? "/" : joined;
  }
}
