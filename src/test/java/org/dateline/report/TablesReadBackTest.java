package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.Ratio;
import org.dateline.aggregate.TermRow;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes tables whose text cells pandas and R would read as missing values, booleans or
 * numbers by default, and reads them back with the snippets docs/tables.md gives readers, run by
 * Python with pandas and by R.
 */
@Tag("external")
class TablesReadBackTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 14);
  private static final String MISSING = "<missing>";
  private static final Path DOC = Path.of("docs", "tables.md");

  /** Terms that pandas or R take for missing values, booleans or numbers by default. */
  private static final List<String> TERMS = List.of("nan", "NaN", "null", "NULL", "NA", "N/A", "n/a",
      "#N/A", "None", "TRUE", "FALSE", "True", "T", "F", "1e5", "Inf", "1.0", "007", "korea");
  /** Every entity looks like a boolean, so a reader that guesses types makes the column logical. */
  private static final List<String> ENTITIES = List.of("TRUE", "F", "T", "FALSE");
  /** Every id looks like a number. */
  private static final List<String> IDS = List.of("007", "1e5", "12");
  private static final List<String> TITLES = List.of("NA", "", "null");
  private static final List<String> AUTHORS = List.of("N/A", "None", "nan");
  private static final List<String> FILES = List.of(
      CsvReportWriter.TERMS_FILE, CsvReportWriter.ENTITIES_FILE, CsvReportWriter.DOCUMENTS_FILE);

  @TempDir Path dir;

  @BeforeEach
  void writeTables() throws IOException {
    CsvReportWriter writer = new CsvReportWriter(dir);
    List<TermRow> terms = new ArrayList<>();
    for (int i = 0; i < TERMS.size(); i++) {
      terms.add(new TermRow(D, TERMS.get(i), i + 1, 1, new Ratio(10_000, 800)));
    }
    writer.writeTerms(terms);
    List<EntityRow> entities = new ArrayList<>();
    for (int i = 0; i < ENTITIES.size(); i++) {
      entities.add(new EntityRow(D, ENTITIES.get(i), EntityType.MISC, i + 1, 1));
    }
    writer.writeEntities(entities);
    Ratio[] means = {new Ratio(1, 4), null, new Ratio(-3, 3)};
    List<DocumentRow> documents = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      documents.add(new DocumentRow(IDS.get(i), D, DateSource.FIELD, "NA", ArticleKind.ARTICLE, TITLES.get(i),
          AUTHORS.get(i), "en", 10 + i, 1, 0, means[i], "kcna.json#" + (i + 1)));
    }
    writer.writeDocuments(documents);
  }

  @Test
  void pandasWithTheDocumentedSettingsKeepsEveryTextCell() throws Exception {
    ExternalPrograms.require(runs("/usr/bin/python3", "-c", "import pandas"), "python3 with pandas is absent");
    String script = docBlock("python", "def read_table") + """

        import sys
        for name in sys.argv[2:]:
            t = read_table(sys.argv[1] + "/" + name)
            for c in t.columns:
                values = t[c].tolist()
                missing = lambda v: not isinstance(v, str) and v != v
                if t[c].dtype.kind in "iuf":
                    kind = "number"
                elif all(isinstance(v, str) or missing(v) for v in values):
                    kind = "text"
                else:
                    kind = "other:" + str(t[c].dtype)
                print("\\t".join([name, c, kind] + ["<missing>" if missing(v) else str(v) for v in values]))
        """;
    Map<String, Column> columns = run("/usr/bin/python3", "tables.py", script);
    // pandas leaves an empty cell missing, in text columns too.
    assertReadBack(columns, MISSING);
  }

  @Test
  void rWithTheDocumentedSettingsKeepsEveryTextCell() throws Exception {
    ExternalPrograms.require(runs("Rscript", "--version"), "Rscript is absent");
    String script = docBlock("r", "read_table <- function") + """

        args <- commandArgs(trailingOnly = TRUE)
        for (name in args[-1]) {
          t <- read_table(file.path(args[1], name))
          for (col in names(t)) {
            v <- t[[col]]
            kind <- if (is.character(v)) "text" else if (is.numeric(v)) "number" else paste0("other:", class(v)[1])
            values <- ifelse(is.na(v), "<missing>", as.character(v))
            cat(paste(c(name, col, kind, values), collapse = "\\t"), "\\n", sep = "")
          }
        }
        """;
    Map<String, Column> columns = run("Rscript", "tables.R", script);
    // R reads an empty text cell as "" and an empty number cell as NA.
    assertReadBack(columns, "");
  }

  private static void assertReadBack(Map<String, Column> columns, String emptyText) {
    assertEquals(new Column("text", TERMS), columns.get("terms_by_date.csv term"));
    List<String> counts = new ArrayList<>();
    for (int i = 1; i <= TERMS.size(); i++) {
      counts.add(Integer.toString(i));
    }
    assertEquals(new Column("number", counts), columns.get("terms_by_date.csv count"));
    assertEquals(new Column("text", ENTITIES), columns.get("entities_by_date.csv entity"));
    assertEquals(new Column("number", List.of("1", "2", "3", "4")), columns.get("entities_by_date.csv count"));
    assertEquals(new Column("text", IDS), columns.get("documents.csv doc_id"));
    assertEquals(new Column("text", List.of("NA", emptyText, "null")), columns.get("documents.csv title"));
    assertEquals(new Column("text", AUTHORS), columns.get("documents.csv author"));
    assertEquals(new Column("text", List.of("NA", "NA", "NA")), columns.get("documents.csv source"));
    Column means = columns.get("documents.csv sentiment_mean");
    assertEquals("number", means.kind());
    assertEquals(0.25, Double.parseDouble(means.values().get(0)));
    assertEquals(MISSING, means.values().get(1));
    assertEquals(-1.0, Double.parseDouble(means.values().get(2)));
  }

  /** One column as read back: its kind (text, number or other) and its cells. */
  private record Column(String kind, List<String> values) {}

  /** The fenced code block of the given language in docs/tables.md that contains {@code marker}. */
  private static String docBlock(String language, String marker) throws IOException {
    String readme = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      if (m.group(1).contains(marker)) {
        // The examples read from reports/; the definitions are what is tested.
        return m.group(1).replaceAll("(?m)^.*\"reports/.*$", "");
      }
    }
    throw new AssertionError(DOC + " has no ```" + language + " block containing '" + marker + "'");
  }

  private Map<String, Column> run(String program, String scriptName, String script) throws Exception {
    Path file = dir.resolve(scriptName);
    Files.writeString(file, script, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(program, file.toString(), dir.toString()));
    command.addAll(FILES);
    Process p = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), program + " did not finish");
    assertEquals(0, p.exitValue(), () -> program + " failed: " + read(dir.resolve("stderr.txt")));
    Map<String, Column> columns = new HashMap<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      columns.put(f[0] + " " + f[1], new Column(f[2], List.of(f).subList(3, f.length)));
    }
    return columns;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "(no error output: " + e.getMessage() + ")";
    }
  }

  private static boolean runs(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
