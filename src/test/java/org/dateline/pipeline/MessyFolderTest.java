package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.Layers;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.ProblemColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that mixes every kind of bad input with the sample corpus: the run finishes, the
 * good records give the same tables as a run on them alone, and every bad record is listed
 * with its kind. Uses the terms layer, so the 10 MB document takes seconds, not minutes.
 */
@Tag("slow")
class MessyFolderTest {

  @TempDir static Path dir;

  static Path messy;
  static RunResult messyRun;
  static RunResult referenceRun;
  static boolean fifoMade;

  @BeforeAll
  static void runBoth() throws Exception {
    messy = Files.createDirectories(dir.resolve("messy"));
    Path reference = Files.createDirectories(dir.resolve("reference"));
    Path good = Files.createDirectories(messy.resolve("good"));
    for (Path p : List.of(Path.of("input", "kcna-2024-extract.json"), Path.of("input", "naenara-page.txt"))) {
      Files.copy(p, good.resolve(p.getFileName()));
      Files.copy(p, reference.resolve(p.getFileName()));
    }
    writeBadInputs(messy);
    // The clean equivalents of the records that are repaired and kept.
    Files.writeString(reference.resolve("bom.json"), BOM_RECORD);
    Files.writeString(reference.resolve("2024-02-11-cp1252.txt"), CP1252_TEXT);

    messyRun = pipeline().run(List.of(messy));
    referenceRun = pipeline().run(List.of(reference));
  }

  static Pipeline pipeline() {
    return new Pipeline(PipelineConfig.defaults().withThreads(2), SharedAnnotators.get(Layers.TERMS),
        new LinguaLanguageIdentifier(), ProgressListener.NONE);
  }

  static final String BOM_RECORD =
      "[{\"date\": \"2024-02-10\", \"title\": \"Spring sowing\", "
          + "\"text\": \"Farmers in South Hwanghae Province began the spring sowing of maize.\"}]";
  static final String CP1252_TEXT =
      "Pyongyang, February 11, 2024 (KCNA) -- The orchestra played \u201cArirang\u201d at the "
          + "theatre on Sunday. Visitors called it the finest concert of the season.\n";

  static void writeBadInputs(Path m) throws IOException, InterruptedException {
    // Invalid UTF-8 that is windows-1252 text: curly quotes 0x93 and 0x94.
    Files.write(m.resolve("2024-02-11-cp1252.txt"), CP1252_TEXT.getBytes("windows-1252"));
    // A byte-order mark in front of a JSON array.
    Files.write(m.resolve("bom.json"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        BOM_RECORD.getBytes(StandardCharsets.UTF_8)));
    Files.write(m.resolve("empty.txt"), new byte[0]);
    Files.write(m.resolve("empty.json"), new byte[0]);
    Files.writeString(m.resolve("empty.jsonl"), "\n  \n");
    Files.write(m.resolve("empty.csv"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(m.resolve("image.txt"), binary);
    Files.writeString(m.resolve("truncated.json"),
        "[{\"text\": \"Workers of the Kim Chaek Iron and Steel Complex raised output this month.\"},\n"
            + " {\"date\": \"2024-03-02\", \"text\": \"The second story stops in the mid");
    Files.writeString(m.resolve("lines.jsonl"),
        "{\"text\": \"Students of Kim Il Sung University held a sports festival.\"}\n"
            + "{\"date\": \"2024-03-05\", \"text\": \"broken line\n"
            + "{\"text\": \"A new bridge was opened over the Taedong River.\"}\n");
    Files.writeString(m.resolve("table.csv"),
        "date,title,text\n"
            + ",Fishing,\"Fishermen of the east coast landed a large catch of pollack.\"\n"
            + "2024-03-07,Short row\n"
            + "2024-03-08,Broken,\"A quote that never closes, so the rest of the file is one field\n"
            + "2024-03-09,Lost,\"This row is swallowed by the broken quote above.\"\n");
    Files.writeString(m.resolve("nulls.json"),
        "[null, {\"text\": \"Scientists presented new varieties of wheat at an exhibition.\"}, null]");
    Files.writeString(m.resolve("dates.json"),
        "[{\"date\": \"0001-01-01\", \"text\": \"The first record has a date in year one.\"},\n"
            + " {\"date\": \"9999-01-01\", \"text\": \"The second record is dated far in the future.\"},\n"
            + " {\"date\": \"not a date\", \"text\": \"The third record has words where its date should be.\"},\n"
            + " {\"text\": \"The fourth record carries no date field at all.\"}]");
    Files.writeString(m.resolve("spanish.json"),
        "[{\"date\": \"2024-03-10\", \"text\": \"Los agricultores de la provincia comenzaron la siembra "
            + "de primavera con gran entusiasmo y trabajaron durante toda la semana en los campos.\"}]");
    // The first good KCNA record again, in a file read after the original.
    String first = firstRecord(Files.readString(Path.of("input", "kcna-2024-extract.json")));
    Files.writeString(m.resolve("zz-copy.json"), "[" + first + "]");
    Files.writeString(m.resolve("huge.txt"), hugeText(10 * 1024 * 1024));
    Files.writeString(m.resolve("long-sentence.txt"), longSentence(2000));
    Path sub = Files.createDirectories(m.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), Path.of(".."));
    Process fifo = new ProcessBuilder("mkfifo", m.resolve("pipe.json").toString()).start();
    fifoMade = fifo.waitFor() == 0;
  }

  static String firstRecord(String json) {
    int start = json.indexOf('{');
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return json.substring(start, i + 1);
      }
    }
    throw new IllegalStateException("no record");
  }

  static String hugeText(int bytes) {
    String[] sentences = {
      "The farmers of the cooperative farm harvested rice in the autumn fields.",
      "Workers at the machine plant overfulfilled their plan for the quarter.",
      "Teachers and students planted trees along the river bank.",
      "The new housing district was completed ahead of schedule.",
    };
    StringBuilder sb = new StringBuilder(bytes + 200);
    int i = 0;
    while (sb.length() < bytes) {
      sb.append(sentences[i % sentences.length]).append(' ');
      if (++i % 12 == 0) {
        sb.append("\n\n");
      }
    }
    return sb.toString();
  }

  static String longSentence(int tokens) {
    String[] words = {"delegation", "visited", "factory", "farm", "school", "hospital", "bridge", "river"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      sb.append(i == 0 ? "" : " ").append(words[i % words.length]);
    }
    return sb.append('\n').toString();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private String name(Problem p) {
    String file = p.origin().file();
    String rel = file.substring(file.indexOf("messy/") + "messy/".length());
    return p.origin().position() == 0 ? rel
        : rel + (p.origin().unit() == org.dateline.model.Origin.Unit.LINE ? ":" : "#") + p.origin().position();
  }

  @Test
  void everyBadRecordIsListedWithItsKind() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("bom.json", null);
    expected.put("2024-02-11-cp1252.txt", "repaired_encoding");
    expected.put("dates.json#1", "bad_date");
    expected.put("dates.json#2", "bad_date");
    expected.put("dates.json#3", "bad_date");
    expected.put("empty.json", "empty_text");
    expected.put("empty.txt", "empty_text");
    expected.put("image.txt", "unknown_format");
    expected.put("lines.jsonl:2", "malformed_record");
    expected.put("nulls.json#1", "null_record");
    expected.put("nulls.json#3", "null_record");
    expected.put("pipe.json", "unreadable_file");
    expected.put("spanish.json#1", "language_not_kept");
    expected.put("sub/loop", "unreadable_file");
    expected.put("empty.csv", "empty_text");
    expected.put("empty.jsonl", "empty_text");
    expected.put("table.csv:3", "empty_text");
    expected.put("table.csv:4", "malformed_record");
    expected.put("truncated.json:2", "malformed_record");
    expected.put("zz-copy.json#1", "duplicate");
    // Files whose JSON or CSV records name no date get one row each (record 0).
    for (String undated : List.of("dates.json", "lines.jsonl", "nulls.json", "table.csv", "truncated.json")) {
      expected.put(undated, "undated");
    }
    expected.values().removeIf(v -> v == null);
    if (!fifoMade) {
      expected.remove("pipe.json");
    }
    Map<String, String> actual = new TreeMap<>();
    List<String> goodProblems = new ArrayList<>();
    for (Problem p : messyRun.problems()) {
      if (name(p).startsWith("good/")) {
        goodProblems.add(name(p).substring("good/".length()) + " " + p.kind().label());
        continue;
      }
      actual.merge(name(p), p.kind().label(), (a, b) -> a + "+" + b);
    }
    assertEquals(new TreeMap<>(expected), actual, problemsCsv());
    assertEquals(messyRun.problems().size(), messyRun.counts().entries().stream()
        .filter(e -> e.key() instanceof RunCounts.ProblemCount).mapToLong(RunCounts.Entry::value).sum());
    assertEquals(3, messyRun.counts().problems(ProblemKind.BAD_DATE));
    // The sample corpus has records with empty text of its own; they are listed in both runs.
    List<String> referenceProblems = new ArrayList<>();
    for (Problem p : referenceRun.problems()) {
      String file = p.origin().file();
      referenceProblems.add(file.substring(file.lastIndexOf('/') + 1) + "#" + p.origin().position()
          + " " + p.kind().label());
    }
    assertEquals(referenceProblems, goodProblems);
    // Glued names are split by default, and each repaired record is listed.
    Map<String, Long> goodKinds = new TreeMap<>();
    for (String g : goodProblems) {
      goodKinds.merge(g.substring(g.indexOf(' ') + 1), 1L, Long::sum);
    }
    assertEquals(Map.of("empty_text", 6L, "repaired_glued_name", 21L), goodKinds);
  }

  @Test
  void theGoodRecordsGiveTheSameTablesAsARunOnThemAlone() {
    assertEquals(referenceRun.tables().terms().rows(), messyRun.tables().terms().rows());
    assertEquals(referenceRun.tables().entities().rows(), messyRun.tables().entities().rows());
    assertEquals(referenceRun.tables().sentiment().rows(), messyRun.tables().sentiment().rows());
    assertTrue(referenceRun.tables().terms().rows().size() > 1000);
  }

  @Test
  void keptRecordsIncludingTheHugeAndRepairedOnesAreDocumented() {
    List<String> reference = new ArrayList<>();
    for (DocumentRow d : referenceRun.documents()) {
      reference.add(d.docId() + " " + d.date() + " " + d.tokens());
    }
    List<String> goodInMessy = new ArrayList<>();
    for (DocumentRow d : messyRun.documents()) {
      if (d.origin().contains("/good/") || d.docId().startsWith("bom.json") || d.docId().startsWith("2024-02-11-cp1252.txt")) {
        goodInMessy.add(d.docId() + " " + d.date() + " " + d.tokens());
      }
    }
    assertEquals(new java.util.TreeSet<>(reference), new java.util.TreeSet<>(goodInMessy));

    DocumentRow huge = find("huge.txt").orElseThrow();
    assertEquals(null, huge.date());
    // Annotated in 20,000-char pieces, yet every sentence is there once, whole.
    int[] sentenceTokens = {13, 12, 10, 10};
    String text = hugeText(10 * 1024 * 1024);
    long sentences = text.chars().filter(c -> c == '.').count();
    long tokens = 0;
    for (int i = 0; i < sentences; i++) {
      tokens += sentenceTokens[i % 4];
    }
    assertEquals(sentences, huge.sentences());
    assertEquals(tokens, huge.tokens());
    assertEquals(1, messyRun.counts().get(Counter.TEXTS_SPLIT_FOR_ANNOTATION));
    DocumentRow longOne = find("long-sentence.txt").orElseThrow();
    assertEquals(2000, longOne.tokens());
    assertEquals(1, longOne.sentences());
    DocumentRow cp = find("2024-02-11-cp1252.txt").orElseThrow();
    assertEquals(LocalDate.of(2024, 2, 11), cp.date());
    for (String undated : List.of("dates.json#1", "dates.json#2", "dates.json#3", "dates.json#4",
        "truncated.json#1", "lines.jsonl:1", "lines.jsonl:3", "nulls.json#2", "table.csv:2")) {
      DocumentRow d = find(undated).orElseThrow(() -> new AssertionError("missing " + undated));
      assertEquals(null, d.date(), undated);
    }
  }

  private Optional<DocumentRow> find(String originSuffix) {
    return messyRun.documents().stream()
        .filter(d -> d.origin().endsWith("messy/" + originSuffix) || d.origin().endsWith("messy/" + originSuffix + ":1"))
        .findFirst();
  }

  private String problemsCsv() throws IOException {
    StringWriter out = new StringWriter();
    CsvReportWriter.print(ProblemColumn.class, messyRun.problems(), out);
    return out.toString();
  }
}
