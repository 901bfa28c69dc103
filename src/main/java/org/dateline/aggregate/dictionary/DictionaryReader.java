package org.dateline.aggregate.dictionary;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dateline.io.Sha256;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a dictionary file in the format its extension names (see {@link DictionaryFormat}) and
 * refuses, with the file, the line and what is wrong, anything it cannot count exactly: an
 * unknown extension, text that is not UTF-8, a malformed file, a category given twice, an empty
 * entry, a LIWC entry whose number no category of the header has. Stateless.
 */
public final class DictionaryReader {

  private DictionaryReader() {}

  /**
   * Reads {@code file}.
   *
   * @throws DictionaryException naming the file and line of what is wrong
   * @throws IOException when the file cannot be read
   */
  public static Dictionary read(Path file) throws IOException {
    String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    DictionaryFormat format = DictionaryFormat.of(fileName);
    if (format == null) {
      throw new DictionaryException(file, 0, "unknown dictionary format; name the file .yml or .yaml (quanteda's"
          + " YAML), .dic (LIWC), .csv or .tsv (two columns: category, entry)");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(file, 0, "is not UTF-8 text; save it as UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int dot = fileName.lastIndexOf('.');
    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
    Builder b = new Builder(file);
    switch (format) {
      case YAML -> readYaml(file, text, b);
      case LIWC -> readLiwc(file, text, b);
      case CSV -> readColumns(file, text, ',', b);
      case TSV -> readColumns(file, text, '\t', b);
      default -> throw new IllegalStateException(format.name());
    }
    if (b.categories.isEmpty()) {
      throw new DictionaryException(file, 0, "holds no category");
    }
    java.security.MessageDigest digest = Sha256.newDigest();
    digest.update(bytes);
    return b.build(name, format, Sha256.hex(digest));
  }

  /** Categories and entries as they are read, with the checks every format shares. */
  private static final class Builder {
    final Path file;
    final Map<String, Set<String>> categories = new LinkedHashMap<>();

    Builder(Path file) {
      this.file = file;
    }

    void category(String name, int line) {
      if (name.isBlank()) {
        throw new DictionaryException(file, line, "empty category name");
      }
      if (categories.putIfAbsent(name, new LinkedHashSet<>()) != null) {
        throw new DictionaryException(file, line, "duplicate category '" + name + "'");
      }
    }

    /** Adds an entry to a category, creating the category on its first entry. */
    void entry(String category, String raw, int line) {
      String entry = raw == null ? "" : Dictionary.normalize(raw);
      if (entry.isEmpty()) {
        throw new DictionaryException(file, line, "empty entry in category '" + category + "'");
      }
      categories.computeIfAbsent(category, c -> new LinkedHashSet<>()).add(entry);
    }

    Dictionary build(String name, DictionaryFormat format, String sha256) {
      List<String> names = new ArrayList<>(categories.keySet());
      List<List<String>> entries = new ArrayList<>();
      for (Set<String> e : categories.values()) {
        entries.add(new ArrayList<>(e));
      }
      return new Dictionary(name, format, sha256, names, entries);
    }
  }

  // ---- YAML, as quanteda's as.yaml() writes a dictionary ----

  private static void readYaml(Path file, String text, Builder b) {
    Optional<Node> root;
    try {
      root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeReader(new StringReader(text));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
      throw new DictionaryException(file, line, "not valid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new DictionaryException(file, 0, "not valid YAML: " + e.getMessage());
    }
    if (root.isEmpty()) {
      throw new DictionaryException(file, 0, "holds no category");
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw new DictionaryException(file, line(root.get()),
          "the top level must be a mapping of category names to lists of entries");
    }
    yamlMapping(file, mapping, "", b);
  }

  private static void yamlMapping(Path file, MappingNode mapping, String prefix, Builder b) {
    Set<String> keys = new java.util.HashSet<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        throw new DictionaryException(file, line(t.getKeyNode()), "a category name must be plain text");
      }
      int keyLine = line(key);
      if (key.getValue().isBlank()) {
        throw new DictionaryException(file, keyLine, "empty category name");
      }
      if (!keys.add(key.getValue())) {
        throw new DictionaryException(file, keyLine, "duplicate category '" + prefix + key.getValue() + "'");
      }
      String category = prefix + key.getValue();
      Node value = t.getValueNode();
      if (value instanceof MappingNode nested) {
        yamlMapping(file, nested, category + ".", b);
      } else if (value instanceof SequenceNode list) {
        b.category(category, keyLine);
        for (Node item : list.getValue()) {
          if (!(item instanceof ScalarNode s)) {
            throw new DictionaryException(file, line(item), "an entry of '" + category + "' must be plain text");
          }
          b.entry(category, s.getValue(), line(item));
        }
      } else if (value instanceof ScalarNode s) {
        b.category(category, keyLine);
        b.entry(category, s.getValue(), line(s));
      } else {
        throw new DictionaryException(file, line(value), "'" + category + "' must hold entries or categories");
      }
    }
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
  }

  // ---- LIWC .dic ----

  private static void readLiwc(Path file, String text, Builder b) {
    String[] lines = text.split("\r\n|\n|\r", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i == lines.length || !lines[i].strip().equals("%")) {
      throw new DictionaryException(file, Math.min(i + 1, lines.length),
          "a LIWC dictionary starts with a line holding only '%', then 'number<TAB>category' lines, then '%'");
    }
    i++;
    Map<String, String> byNumber = new HashMap<>();
    boolean closed = false;
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("%")) {
        closed = true;
        i++;
        break;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2 || !isNumber(parts[0])) {
        throw new DictionaryException(file, i + 1, "a header line must be 'number<TAB>category', was '" + line + "'");
      }
      String number = canonicalNumber(parts[0]);
      String name = parts[1].strip();
      if (byNumber.containsKey(number)) {
        throw new DictionaryException(file, i + 1, "category number " + parts[0] + " given twice in the header");
      }
      b.category(name, i + 1);
      byNumber.put(number, name);
    }
    if (!closed) {
      throw new DictionaryException(file, lines.length, "the header has no closing '%' line");
    }
    for (; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String entry;
      String[] numbers;
      int tab = line.indexOf('\t');
      if (tab >= 0) {
        entry = line.substring(0, tab);
        numbers = line.substring(tab + 1).strip().split("\\s+");
      } else {
        // Without a tab, the entry is everything before the trailing numbers.
        String[] words = line.split("\\s+");
        int n = words.length;
        while (n > 1 && isNumber(words[n - 1])) {
          n--;
        }
        entry = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
        numbers = java.util.Arrays.copyOfRange(words, n, words.length);
      }
      if (Dictionary.normalize(entry).isEmpty()) {
        throw new DictionaryException(file, i + 1, "empty entry");
      }
      if (numbers.length == 0 || (numbers.length == 1 && numbers[0].isEmpty())) {
        throw new DictionaryException(file, i + 1, "entry '" + entry.strip() + "' has no category number");
      }
      for (String number : numbers) {
        if (!isNumber(number)) {
          throw new DictionaryException(file, i + 1, "'" + number + "' is not a category number (entry '"
              + entry.strip() + "'); LIWC's conditional entries are not supported");
        }
        String category = byNumber.get(canonicalNumber(number));
        if (category == null) {
          throw new DictionaryException(file, i + 1, "category number " + number + " of entry '" + entry.strip()
              + "' is not in the header");
        }
        b.entry(category, entry, i + 1);
      }
    }
  }

  /** The 1-based lines of characters asked for in increasing positions. */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineAt(long target) {
      for (; position < target && position < text.length(); position++) {
        char c = text.charAt(position);
        if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code 02} and {@code 2} are one category number. */
  private static String canonicalNumber(String s) {
    return Integer.toString(Integer.parseInt(s));
  }

  // ---- two columns ----

  private static void readColumns(Path file, String text, char delimiter, Builder b) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
        .setQuote(delimiter == '\t' ? null : '"').get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      boolean first = true;
      LineCounter lines = new LineCounter(text);
      for (CSVRecord record : parser) {
        int line = lines.lineAt(record.getCharacterPosition());
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (first) {
          first = false;
          if (record.size() == 2 && record.get(0).strip().toLowerCase(Locale.ROOT).equals("category")
              && record.get(1).strip().toLowerCase(Locale.ROOT).equals("entry")) {
            continue;
          }
        }
        if (record.size() != 2) {
          throw new DictionaryException(file, line, "expected two columns (category" + (delimiter == '\t' ? "<TAB>" : ",")
              + "entry), found " + record.size());
        }
        String category = record.get(0).strip();
        if (category.isEmpty()) {
          throw new DictionaryException(file, line, "empty category name");
        }
        b.entry(category, record.get(1), line);
      }
    } catch (java.io.UncheckedIOException e) {
      throw new DictionaryException(file, 0, "not valid " + (delimiter == '\t' ? "TSV" : "CSV") + ": "
          + e.getCause().getMessage());
    }
  }
}
