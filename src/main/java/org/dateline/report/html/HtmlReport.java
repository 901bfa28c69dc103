package org.dateline.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.model.Period;
import org.dateline.model.ProblemEffect;
import org.dateline.report.AtomicFiles;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.DictionaryReportWriter;
import org.dateline.report.ManifestWriter;
import org.dateline.report.ResearchReportWriter;
import org.dateline.report.TopicReports;

/**
 * Writes {@value #FILE_NAME}: one self-contained page that charts the tables of an output
 * folder. It is built from the CSV files and {@code manifest.json} as written: from the cells a
 * run kept while printing them, or read back from the folder, which rebuilds the page of an
 * existing folder; both give the same bytes, so the page shows exactly what the files hold. uPlot's
 * script and style are inlined; the page loads nothing from anywhere. The same folder gives the
 * same bytes: the only time on the page is the manifest's.
 */
public final class HtmlReport {

  public static final String FILE_NAME = "report.html";

  private static final String UPLOT_JAR = "META-INF/resources/webjars/uplot/1.6.30/";
  private static final String UPLOT = UPLOT_JAR + "dist/";
  private static final JsonFactory JSON = new JsonFactory();

  private HtmlReport() {}

  /** Where the page's tables come from: the files of a folder, or the cells a run kept. */
  @FunctionalInterface
  private interface Tables {
    /** The table of that file name; empty when the run did not write it. */
    Optional<CsvTable> get(String file) throws IOException;
  }

  /** Writes {@code dir/report.html} from the tables in {@code dir}; returns its path. */
  public static Path write(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    String page = page(dir);
    return AtomicFiles.write(dir.resolve(FILE_NAME), out -> out.write(page));
  }

  /**
   * Writes {@code dir/report.html} from {@code manifestJson}, the text of the {@code
   * manifest.json} written beside it, and {@code tables}, the cells of the CSV files written
   * beside it by file name (as {@link CsvTable#read} would read them back); returns its path.
   * The same bytes as {@link #write(Path)} on that folder, without reading the files again.
   */
  public static Path write(Path dir, String manifestJson, Map<String, CsvTable> tables) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(manifestJson, "manifestJson");
    Objects.requireNonNull(tables, "tables");
    String page = page(manifestJson, file -> Optional.ofNullable(tables.get(file)));
    return AtomicFiles.write(dir.resolve(FILE_NAME), out -> out.write(page));
  }

  /** The page for the tables in {@code dir}. */
  public static String page(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path manifest = dir.resolve(ManifestWriter.FILE_NAME);
    if (!Files.isRegularFile(manifest)) {
      throw new IOException("no " + ManifestWriter.FILE_NAME + " in " + dir
          + "; give the output folder of a finished 'dateline run'");
    }
    return page(Files.readString(manifest, StandardCharsets.UTF_8), file -> CsvTable.read(dir, file));
  }

  private static String page(String manifestJson, Tables tables) throws IOException {
    String data = data(manifestJson, tables);
    String template = resource("org/dateline/report/html/report.html");
    return template
        .replace("/*UPLOT_CSS*/", resource(UPLOT + "uPlot.min.css"))
        .replace("/*REPORT_CSS*/", resource("org/dateline/report/html/report.css"))
        .replace("/*UPLOT_JS*/", uplotScript())
        .replace("/*REPORT_JS*/", resource("org/dateline/report/html/report.js"))
        .replace("/*DATA*/", data);
  }

  private static String data(String manifestJson, Tables tables) throws IOException {
    Period period = period(manifestJson);
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setCharacterEscapes(new HtmlSafe());
      g.writeStartObject();
      List<InputSummary.Input> inputs = InputSummary.read(JSON, manifestJson);
      g.writeFieldName("manifest");
      writeManifest(g, manifestJson, inputs.size() > InputSummary.FILES_LISTED);
      InputSummary.write(g, inputs);
      g.writeStringField("period", period.label());
      Optional<CsvTable> documents = tables.get(CsvReportWriter.DOCUMENTS_FILE);
      if (documents.isPresent()) {
        writeDocumentsByPeriod(g, documents.get(), period);
      }
      Optional<CsvTable> problems = tables.get(CsvReportWriter.PROBLEMS_FILE);
      if (problems.isPresent()) {
        writeProblemsByKind(g, problems.get());
      }
      Optional<CsvTable> near = tables.get(CsvReportWriter.NEAR_DUPLICATES_FILE);
      if (near.isPresent()) {
        writeNearDuplicatesByPeriod(g, near.get(), period);
      }
      g.writeObjectFieldStart("tables");
      for (Optional<EmbeddedTables.Embedded> e : embedded(tables)) {
        if (e.isPresent()) {
          writeTable(g, e.get());
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    return w.toString();
  }

  /**
   * The manifest as written, but for its list of inputs when that is long: the page shows them
   * by folder (see {@link InputSummary}) and {@code manifest.json} beside it holds them all.
   */
  private static void writeManifest(JsonGenerator g, String manifestJson, boolean withoutInputs) throws IOException {
    try (JsonParser p = JSON.createParser(manifestJson)) {
      p.nextToken();
      if (!withoutInputs || p.currentToken() != JsonToken.START_OBJECT) {
        g.copyCurrentStructure(p);
        return;
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("inputs".equals(field)) {
          p.skipChildren();
          continue;
        }
        g.writeFieldName(field);
        g.copyCurrentStructure(p);
      }
      g.writeEndObject();
    }
  }

  /** The tables drawn on the page, cut to what the page can show. */
  private static List<Optional<EmbeddedTables.Embedded>> embedded(Tables tables) throws IOException {
    List<Optional<EmbeddedTables.Embedded>> out = new ArrayList<>();
    Optional<CsvTable> entities = tables.get(CsvReportWriter.ENTITIES_FILE);
    out.add(tables.get(CsvReportWriter.TERMS_FILE)
        .map(t -> EmbeddedTables.topSeries(t, "term", "count", EmbeddedTables.TOP_TERMS, "terms")));
    out.add(entities
        .map(t -> EmbeddedTables.topSeries(t, "entity", "count", EmbeddedTables.TOP_ENTITIES, "entities")));
    out.add(tables.get(CsvReportWriter.SENTIMENT_FILE).map(EmbeddedTables::all));
    out.add(tables.get(CsvReportWriter.ENTITY_SENTIMENT_FILE).map(t -> entitySentiment(t, entities)));
    out.add(tables.get(ResearchReportWriter.KEYNESS_FILE).map(HtmlReport::keyness));
    out.add(tables.get(ResearchReportWriter.BURSTS_FILE)
        .map(t -> EmbeddedTables.top(t, "weight", EmbeddedTables.TOP_BURSTS,
            "the " + EmbeddedTables.TOP_BURSTS + " heaviest bursts")));
    out.add(tables.get(ResearchReportWriter.COOCCURRENCE_FILE)
        .map(t -> EmbeddedTables.extremesPerGroup(t, List.of("period"), "npmi", EmbeddedTables.PAIRS_PER_PERIOD, false,
            "per period, the " + EmbeddedTables.PAIRS_PER_PERIOD + " pairs with the highest NPMI")));
    out.add(tables.get(ResearchReportWriter.COLLOCATIONS_FILE)
        .map(t -> EmbeddedTables.head(t, EmbeddedTables.TOP_COLLOCATIONS,
            "the first " + EmbeddedTables.TOP_COLLOCATIONS + " rows")));
    addTopics(out, tables);
    out.addAll(dictionaryTables(tables));
    return out;
  }

  /** The topic tables of a run with {@code --topics}, whole: K rows and K rows per period. */
  private static void addTopics(List<Optional<EmbeddedTables.Embedded>> out, Tables tables) throws IOException {
    out.add(tables.get(TopicReports.TOPICS_FILE).map(EmbeddedTables::all));
    out.add(tables.get(TopicReports.TOPICS_BY_DATE_FILE).map(EmbeddedTables::all));
  }

  /** Rows of a dictionary's entities kept per period: the first (most sentences) this many. */
  static final int DICTIONARY_ENTITIES_PER_PERIOD = 15;
  /** The most rows of dictionary_by_date.csv the page embeds. */
  static final int DICTIONARY_DATE_ROWS = 20_000;

  /** The dictionary tables ({@code --dictionary}), when the run wrote them. */
  private static List<Optional<EmbeddedTables.Embedded>> dictionaryTables(Tables tables) throws IOException {
    List<Optional<EmbeddedTables.Embedded>> out = new ArrayList<>();
    out.add(tables.get(DictionaryReportWriter.BY_DATE_FILE).map(t -> EmbeddedTables.head(t, DICTIONARY_DATE_ROWS,
        "the first " + DICTIONARY_DATE_ROWS + " rows")));
    out.add(tables.get(DictionaryReportWriter.BY_ENTITY_FILE).map(HtmlReport::dictionaryEntities));
    return out;
  }

  /** Per period, the rows of the first entities of the file, which lists the most mentioned first. */
  private static EmbeddedTables.Embedded dictionaryEntities(CsvTable t) {
    if (!t.has("period") || !t.has("entity") || !t.has("type")) {
      return EmbeddedTables.all(t);
    }
    int period = t.column("period");
    int entity = t.column("entity");
    int type = t.column("type");
    Map<String, java.util.Set<String>> seen = new java.util.HashMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : t.rows()) {
      java.util.Set<String> entities = seen.computeIfAbsent(r.get(period), p -> new java.util.HashSet<>());
      String key = r.get(entity) + "\t" + r.get(type);
      if (entities.contains(key) || entities.size() < DICTIONARY_ENTITIES_PER_PERIOD) {
        entities.add(key);
        rows.add(r);
      }
    }
    return new EmbeddedTables.Embedded(t.withRows(rows), t.rows().size(), rows.size() == t.rows().size() ? "all rows"
        : "per period, the rows of the " + DICTIONARY_ENTITIES_PER_PERIOD + " entities in the most sentences");
  }

  private static EmbeddedTables.Embedded entitySentiment(CsvTable t, Optional<CsvTable> entities) {
    if (!t.has("entity") || entities.isEmpty()) {
      return EmbeddedTables.all(t);
    }
    int limit = EmbeddedTables.seriesLimit(entities.get(), EmbeddedTables.TOP_ENTITIES);
    var top = EmbeddedTables.topKeySet(entities.get(), "entity", "count", limit);
    int k = t.column("entity");
    List<List<String>> rows = t.rows().stream().filter(r -> top.contains(r.get(k))).toList();
    return new EmbeddedTables.Embedded(t.withRows(rows), t.rows().size(), rows.size() == t.rows().size()
        ? "all rows" : "the rows of the " + limit + " most mentioned entities");
  }

  /** Per period and kind, the rows with the highest and the lowest log ratio, fewer when periods are many. */
  private static EmbeddedTables.Embedded keyness(CsvTable t) {
    List<String> group = List.of("period", "kind");
    int perSide = EmbeddedTables.perSideWithin(t, group, EmbeddedTables.KEYNESS_PER_SIDE, EmbeddedTables.KEYNESS_ROWS);
    String kept = "per period and kind, the " + perSide + " rows with the highest and the " + perSide
        + " with the lowest log ratio";
    if (perSide < EmbeddedTables.KEYNESS_PER_SIDE) {
      kept += " (not " + EmbeddedTables.KEYNESS_PER_SIDE + ": the run has many periods, and the page stays small)";
    }
    return EmbeddedTables.extremesPerGroup(t, group, "log_ratio", perSide, true, kept);
  }

  private static void writeTable(JsonGenerator g, EmbeddedTables.Embedded e) throws IOException {
    g.writeObjectFieldStart(e.table().file());
    g.writeNumberField("rows_in_file", e.rowsInFile());
    g.writeStringField("kept", e.kept());
    g.writeArrayFieldStart("columns");
    for (String c : e.table().columns()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (List<String> row : e.table().rows()) {
      g.writeStartArray();
      for (String cell : row) {
        g.writeString(cell);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Documents and all their tokens per period, from documents.csv; undated documents apart. */
  private static void writeDocumentsByPeriod(JsonGenerator g, CsvTable documents, Period period) throws IOException {
    int date = documents.column("date");
    int tokens = documents.column("tokens");
    Map<String, long[]> byPeriod = new TreeMap<>();
    long undated = 0;
    for (List<String> r : documents.rows()) {
      LocalDate d;
      try {
        d = LocalDate.parse(r.get(date).length() >= 10 ? r.get(date).substring(0, 10) : r.get(date));
      } catch (DateTimeParseException e) {
        undated++;
        continue;
      }
      long[] c = byPeriod.computeIfAbsent(period.start(d).toString(), x -> new long[2]);
      c[0]++;
      c[1] += (long) EmbeddedTables.number(r.get(tokens));
    }
    g.writeArrayFieldStart("documents_by_period");
    for (Map.Entry<String, long[]> e : byPeriod.entrySet()) {
      g.writeStartArray();
      g.writeString(e.getKey());
      g.writeNumber(e.getValue()[0]);
      g.writeNumber(e.getValue()[1]);
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("documents", documents.rows().size());
    g.writeNumberField("undated_documents", undated);
  }

  /**
   * The rows of {@code errors.csv} counted by effect, then kind: {@code [effect, kind, rows]}, the
   * effects in the order skipped, repaired, kept.
   */
  private static void writeProblemsByKind(JsonGenerator g, CsvTable problems) throws IOException {
    int kind = problems.column("kind");
    int effect = problems.column("effect");
    Map<String, Map<String, Integer>> counts = new TreeMap<>(Comparator.comparingInt(HtmlReport::effectOrder)
        .thenComparing(Comparator.naturalOrder()));
    for (List<String> r : problems.rows()) {
      counts.computeIfAbsent(r.get(effect), x -> new TreeMap<>()).merge(r.get(kind), 1, Integer::sum);
    }
    g.writeArrayFieldStart("problems_by_kind");
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      for (Map.Entry<String, Integer> k : e.getValue().entrySet()) {
        g.writeStartArray();
        g.writeString(e.getKey());
        g.writeString(k.getKey());
        g.writeNumber(k.getValue());
        g.writeEndArray();
      }
    }
    g.writeEndArray();
  }

  private static int effectOrder(String effectLabel) {
    for (ProblemEffect e : ProblemEffect.values()) {
      if (e.label().equals(effectLabel)) {
        return e.ordinal();
      }
    }
    return ProblemEffect.values().length;
  }

  /**
   * Per period, from near_duplicates.csv: the records in a cluster and those of them not kept
   * (skipped with {@code drop}, counted anyway with {@code report}); undated records apart.
   */
  private static void writeNearDuplicatesByPeriod(JsonGenerator g, CsvTable near, Period period) throws IOException {
    int date = near.column("date");
    int kept = near.column("kept");
    Map<String, long[]> byPeriod = new TreeMap<>();
    long[] undated = new long[2];
    for (List<String> r : near.rows()) {
      long[] c;
      try {
        String d = r.get(date);
        c = byPeriod.computeIfAbsent(period.start(LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d)).toString(),
            x -> new long[2]);
      } catch (DateTimeParseException e) {
        c = undated;
      }
      c[0]++;
      c[1] += "1".equals(r.get(kept)) ? 0 : 1;
    }
    g.writeArrayFieldStart("near_duplicates_by_period");
    for (Map.Entry<String, long[]> e : byPeriod.entrySet()) {
      g.writeStartArray();
      g.writeString(e.getKey());
      g.writeNumber(e.getValue()[0]);
      g.writeNumber(e.getValue()[1]);
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("near_duplicates_undated");
    g.writeNumber(undated[0]);
    g.writeNumber(undated[1]);
    g.writeEndArray();
  }

  /** The run's period, from the manifest's settings; day when it names none. */
  static Period period(String manifestJson) throws IOException {
    try (JsonParser p = JSON.createParser(manifestJson)) {
      int depth = 0;
      boolean inSettings = false;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          inSettings = inSettings && depth >= 2;
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && "settings".equals(p.currentName())) {
          inSettings = true;
        } else if (t == JsonToken.FIELD_NAME && depth == 2 && inSettings && "period".equals(p.currentName())) {
          String label = p.nextTextValue();
          try {
            return Period.valueOf(label.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("manifest.json names the period '" + label + "'; expected day, week, month or year");
          }
        }
      }
    }
    return Period.DAY;
  }

  /**
   * uPlot's script with its licence in front, in place of its banner, whose web address is the
   * only one the page would otherwise hold.
   */
  private static String uplotScript() {
    String script = resource(UPLOT + "uPlot.iife.min.js");
    if (script.startsWith("/*!")) {
      script = script.substring(script.indexOf("*/") + 2).stripLeading();
    }
    String licence = resource(UPLOT_JAR + "LICENSE").replace("*/", "* /").strip();
    return ("/*! uPlot 1.6.30\n" + licence + "\n*/\n" + script).replace("</script", "<\\/script");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the class path lacks " + name + "; rebuild with 'mvn package'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes what could end the script element or start markup inside the embedded JSON. */
  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafe() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
