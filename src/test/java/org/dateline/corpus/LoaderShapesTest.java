package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shapes of ordinary JSON, CSV, TSV and compressed input that must load without losing records. */
class LoaderShapesTest {

  @TempDir Path dir;

  private record Read(List<InputFile> files, CorpusAssertions.Collected c) {}

  private Read read(LoadOptions options, Path... inputs) throws IOException {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = new CorpusReader(options, DATES).read(List.of(inputs), c);
    return new Read(files, c);
  }

  private Read read(Path... inputs) throws IOException {
    return read(LoadOptions.defaults(), inputs);
  }

  @Test
  void aRecordsOwnTextWinsOverListsOfObjectsInsideIt() throws IOException {
    Path before = write(dir, "one.json", """
        {"title": "Dam finished", "date": "2024-05-01",
         "images": [{"url": "a.jpg", "caption": "The dam"}],
         "comments": [{"body": "Great news", "author": "x"}, {"text": "A comment with a text key."}],
         "text": "Builders finished the dam on the Taedong River."}
        """);
    Read r = read(before);
    assertArticles(r.c().articles,
        "article 2024-05-01 field [null] null | Dam finished | Builders finished the dam on the Taedong");
    assertEquals(List.of(), r.c().problems);
    assertEquals(List.of("$"), r.files().get(0).recordPaths());
  }

  @Test
  void recordsNestedDeeperAreFoundByStructureAndTheirPathIsReported() throws IOException {
    Path nested = write(dir, "nested.json", """
        [[{"text": "First of batch one."}, {"text": "Second of batch one."}], [{"text": "Only of batch two."}]]
        """);
    Path days = write(dir, "days.json", """
        [{"date": "2016-03-01", "articles": [{"text": "Story of the first day."}, null]},
         {"articles": [{"text": "Story of the second day.", "date": "2016-03-05"}], "date": "2016-03-02"},
         {"date": "2016-03-03", "articles": []}]
        """);
    Path lines = write(dir, "days.jsonl", """
        {"date": "2016-04-01", "articles": [{"text": "Line one, story one."}, {"text": "Line one, story two."}]}
        {"date": "2016-04-02", "articles": [{"text": "Line two, story one."}]}
        """);
    Path wrapped = write(dir, "api.json", """
        {"meta": {"count": 2, "source": "api"}, "data": {"date": "2017-01-09", "articles": [
          {"headline": "A", "body": "Body of article A."}, {"headline": "B", "body": "Body of article B."}]}}
        """);
    Read r = read(nested, days, lines, wrapped);
    assertArticles(r.c().articles,
        "article null none [null] null | null | First of batch one.",
        "article null none [null] null | null | Second of batch one.",
        "article null none [null] null | null | Only of batch two.",
        "article 2016-03-01 field [null] null | null | Story of the first day.",
        "article 2016-03-05 field [null] null | null | Story of the second day.",
        "article 2016-04-01 field [null] null | null | Line one, story one.",
        "article 2016-04-01 field [null] null | null | Line one, story two.",
        "article 2016-04-02 field [null] null | null | Line two, story one.",
        "article 2017-01-09 field [null] null | A | Body of article A.",
        "article 2017-01-09 field [null] null | B | Body of article B.");
    assertEquals(List.of(List.of("$[*][*]"), List.of("$[*].articles[*]"), List.of("$.articles[*]"),
        List.of("$.data.articles[*]")), r.files().stream().map(InputFile::recordPaths).toList());
    // One file's records name no date: they get its undated row.
    assertEquals(Map.of(ProblemKind.NULL_RECORD, 1L, ProblemKind.UNDATED, 1L), r.c().problemCounts());
    assertEquals(Origin.record(days.toString(), 2), r.c().problemsOf(ProblemKind.NULL_RECORD).get(0).origin());
    assertEquals(List.of("days.jsonl:1#1", "days.jsonl:1#2", "days.jsonl:2"),
        r.c().articles.subList(5, 8).stream().map(Article::id).toList());
  }

  @Test
  void recordsWhoseTextFieldIsNotLookedForAreEachReportedWithTheirKeys() throws IOException {
    Path p = write(dir, "day.json", """
        {"date": "2016-03-01", "articles": [{"title": "A", "story_body": "Text A."}, {"title": "B", "story_body": "Text B."}]}
        """);
    Read r = read(p);
    assertEquals(List.of(), r.c().articles);
    assertEquals(Map.of(ProblemKind.EMPTY_TEXT, 2L), r.c().problemCounts());
    assertTrue(r.c().problems.get(0).message().contains("'title', 'story_body'"), r.c().problems.get(0).message());
    Read named = read(LoadOptions.defaults().withFields(FieldMapping.defaults().withText("story_body")), p);
    assertArticles(named.c().articles,
        "article 2016-03-01 field [null] null | A | Text A.",
        "article 2016-03-01 field [null] null | B | Text B.");

    // A day whose articles were all lost by the scraper lists each null.
    Path nulls = write(dir, "1997-04-20_juche.json", "{\"date\": \"1997-04-20\", \"articles\": [null, null, null]}");
    Read lost = read(nulls);
    assertEquals(Map.of(ProblemKind.NULL_RECORD, 3L), lost.c().problemCounts());

    // An object's images without text are not records: the object is reported once.
    Path q = write(dir, "images.json", "{\"title\": \"T\", \"images\": [{\"url\": \"a.jpg\"}, {\"url\": \"b.jpg\"}]}");
    Read s = read(q);
    assertEquals(1, s.c().problems.size());
    assertTrue(s.c().problems.get(0).message().contains("'title', 'images'"), s.c().problems.get(0).message());
  }

  @Test
  void textAsAListOfParagraphsOrAnObjectOfLanguages() throws IOException {
    Path p = write(dir, "shapes.jsonl", """
        {"text": ["First paragraph.", "Second paragraph."]}
        {"text": {"ko": "조선중앙통신", "en": "The English text."}}
        {"text": {"fr": "Le texte.", "es": "El texto."}}
        """);
    Read r = read(p);
    assertEquals(List.of("First paragraph.\nSecond paragraph.", "The English text.", "Le texte."),
        r.c().articles.stream().map(Article::text).toList());
  }

  @Test
  void tabSeparatedAndGzipCompressedFilesAreRead() throws IOException {
    Path tsv = write(dir, "table.tsv", "date\ttitle\ttext\n2018-02-03\tT1\tA story, with a comma.\n"
        + "2018-02-04\tT2\t\"A quoted\tfield.\"\n");
    Path gzJson = gzip(dir.resolve("records.json.gz"), "[{\"text\": \"Compressed story.\", \"date\": \"2019-01-01\"}]");
    Path gzCsv = gzip(dir.resolve("table.csv.gz"), "text,date\nCompressed row.,2019-01-02\n");
    Read r = read(tsv, gzJson, gzCsv);
    assertArticles(r.c().articles,
        "article 2018-02-03 field [null] null | T1 | A story, with a comma.",
        "article 2018-02-04 field [null] null | T2 | A quoted\tfield.",
        "article 2019-01-01 field [null] null | null | Compressed story.",
        "article 2019-01-02 field [null] null | null | Compressed row.");
    assertEquals(List.of("tsv", "json", "csv"), r.files().stream().map(InputFile::format).toList());
    assertEquals(Files.size(gzJson), r.files().get(1).bytes());
    assertEquals("records.json.gz#1", r.c().articles.get(2).id());

    Files.writeString(dir.resolve("broken.json.gz"), "not gzip at all");
    Read broken = read(dir.resolve("broken.json.gz"));
    assertEquals(Map.of(ProblemKind.UNREADABLE_FILE, 1L), broken.c().problemCounts());
    assertTrue(broken.c().problems.get(0).message().contains("not a valid gzip file"));
  }

  @Test
  void filesThatAreNotCorporaAreListedInFoldersButReadWhenNamed() throws IOException {
    Path folder = dir.resolve("corpus");
    write(folder, "story.txt", "A story in a text file.");
    write(folder, "LICENSE", "Permission is hereby granted, free of charge.");
    write(folder, "notes.md", "# Notes");
    write(folder, "scrape.py", "print('hello')");
    write(folder, "scrape.log", "2024-01-01 fetched 12 pages");
    write(folder, "page.html", "<html><body><nav><a href=/>Home</a></nav><p>The council met on Monday, and it voted.</p></body></html>");
    Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Read r = read(folder);
    assertEquals(List.of("The council met on Monday, and it voted.", "A story in a text file."), r.c().articles.stream().map(Article::text).toList());
    assertEquals(List.of("LICENSE", "notes.md", "photo.png", "scrape.log", "scrape.py"),
        r.c().problemsOf(ProblemKind.UNKNOWN_FORMAT).stream()
            .map(p -> Path.of(p.origin().file()).getFileName().toString()).toList());
    assertEquals(5, r.c().problems.size());

    Read log = read(folder.resolve("scrape.log"));
    assertEquals(List.of("2024-01-01 fetched 12 pages"), log.c().articles.stream().map(Article::text).toList());
    Read html = read(folder.resolve("page.html"));
    assertEquals(List.of("The council met on Monday, and it voted."), html.c().articles.stream().map(Article::text).toList());
    assertEquals(List.of(), html.c().problems);
  }

  @Test
  void theOutputFolderAndCacheAreNeverReadFromAnInputFolder() throws IOException {
    Path folder = dir.resolve("work");
    write(folder, "story.json", "[{\"text\": \"The only story.\"}]");
    write(folder, "reports/documents.csv", "doc_id,text\nx,A table of a previous run.\n");
    write(folder, "cache-elsewhere.txt", "A cache file named with --cache.");
    LoadOptions options = LoadOptions.defaults()
        .withExcluded(Set.of(folder.resolve("reports"), folder.resolve("cache-elsewhere.txt")));
    Read r = read(options, folder);
    assertEquals(List.of("The only story."), r.c().articles.stream().map(Article::text).toList());
    // Nothing from the output folder: only the row saying that the story names no date.
    assertEquals(Map.of(ProblemKind.UNDATED, 1L), r.c().problemCounts());
    assertEquals(folder.resolve("story.json").toString(), r.c().problems.get(0).origin().file());
    Read whole = read(options, folder.resolve("reports"));
    assertEquals(Map.of(ProblemKind.UNREADABLE_FILE, 1L), whole.c().problemCounts());
    // Given through a link to the folder, the output folder is still recognised.
    Path link = dir.resolve("link");
    try {
      Files.createSymbolicLink(link, folder);
    } catch (UnsupportedOperationException | IOException e) {
      return;
    }
    Read viaLink = read(LoadOptions.defaults().withExcluded(
        Set.of(link.resolve("reports"), link.resolve("cache-elsewhere.txt"))), link);
    assertEquals(List.of("The only story."), viaLink.c().articles.stream().map(Article::text).toList());
  }

  @Test
  void strayWindows1252BytesAreRepairedOneByOne() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("The Workers\u2019 Party met; ".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'i', 't', (byte) 0x92, 's', ' ', (byte) 0x93, 'o', 'k', (byte) 0x94, '.'});
    Path p = dir.resolve("mixed.txt");
    Files.write(p, bytes.toByteArray());
    Read r = read(p);
    assertEquals("The Workers\u2019 Party met; it\u2019s \u201Cok\u201D.", r.c().articles.get(0).text());
    List<Problem> repaired = r.c().problemsOf(ProblemKind.REPAIRED_ENCODING);
    assertEquals(1, repaired.size());
    assertTrue(repaired.get(0).message().startsWith("3 byte(s) are not valid UTF-8"), repaired.get(0).message());
  }

  @Test
  void binaryFilesWithoutNulBytesAreNotText() throws IOException {
    byte[] noise = new byte[20_000];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 1;
      }
    }
    Path random = dir.resolve("random.txt");
    Files.write(random, noise);
    Path pdf = dir.resolve("paper.txt");
    Files.writeString(pdf, "%PDF-1.7\nsome objects\n");
    Read r = read(random, pdf);
    assertEquals(List.of(), r.c().articles);
    assertEquals(Map.of(ProblemKind.UNKNOWN_FORMAT, 2L), r.c().problemCounts());
    assertTrue(r.c().problems.get(0).message().contains("control characters"), r.c().problems.get(0).message());
    assertTrue(r.c().problems.get(1).message().contains("PDF"), r.c().problems.get(1).message());
    assertEquals(List.of("unknown", "unknown"), r.files().stream().map(InputFile::format).toList());

    Path tabs = dir.resolve("tabs.txt");
    Files.writeString(tabs, "Column\tcolumn\tcolumn\fA page break, then text.\u000bOne vertical tab.");
    assertEquals(1, read(tabs).c().articles.size());
  }

  @Test
  void brokenCsvQuotingSaysWhichLinesWereSkipped() throws IOException {
    Path p = write(dir, "quotes.csv", "text,date\n\"Fine row.\",2020-01-01\n\"Also fine.\",2020-01-02\n"
        + "\"Broken \"quote\" here,2020-01-03\nNext row.,2020-01-04\nLast row.,2020-01-05\n");
    Read r = read(p);
    assertEquals(2, r.c().articles.size());
    Problem broken = r.c().problemsOf(ProblemKind.MALFORMED_RECORD).get(0);
    assertEquals(4, broken.origin().position());
    assertTrue(broken.message().contains("kept the 2 rows before it, skipped lines 4 to 6 (3 lines"), broken.message());
    assertFalse(broken.message().contains("Exception"), broken.message());
  }

  @Test
  void messagesNameWhatWasFound() throws IOException {
    Path keys = write(dir, "keys.json", "[{\"headline\": \"H\", \"summary\": \"No text here.\", \"url\": \"u\"}]");
    Problem noText = read(keys).c().problems.get(0);
    assertTrue(noText.message().contains("the record has 'headline', 'summary', 'url'"), noText.message());
    assertTrue(noText.message().contains("--text-field"), noText.message());
    Path columns = write(dir, "columns.csv", "date,headline,story_body\n2020-01-01,H,Some text.\n");
    Problem noColumn = read(columns).c().problems.get(0);
    assertTrue(noColumn.message().contains("the record has 'date', 'headline', 'story_body'"), noColumn.message());

    Path pretty = write(dir, "pretty.jsonl", "[\n  {\"text\": \"Pretty one.\"},\n  {\"text\": \"Pretty two.\"}\n]\n");
    Path prettyObject = write(dir, "object.jsonl", "{\n  \"text\": \"A pretty object.\"\n}\n");
    Read p = read(pretty, prettyObject);
    assertEquals(List.of("Pretty one.", "Pretty two.", "A pretty object."),
        p.c().articles.stream().map(Article::text).toList());
    // Read without a parse problem; the records name no date, which each file's row says.
    assertEquals(Map.of(ProblemKind.UNDATED, 2L), p.c().problemCounts());

    Path nan = write(dir, "nan.json", "[{\"text\": \"Fine.\"}, {\"text\": NaN}]");
    Problem parse = read(nan).c().problemsOf(ProblemKind.MALFORMED_RECORD).get(0);
    assertFalse(parse.message().contains("Feature"), parse.message());
    assertTrue(parse.message().contains("kept the 1 records before it"), parse.message());
  }

  @Test
  void bytesInMemoryLoadLikeAFile() throws IOException {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    InputFile f = new CorpusReader(LoadOptions.defaults(), DATES).read(
        TextInput.of("hdfs/part-0001.jsonl", "{\"text\": \"From a cluster.\", \"date\": \"2021-06-01\"}\n"
            .getBytes(StandardCharsets.UTF_8)), c).orElseThrow();
    assertEquals("jsonl", f.format());
    assertEquals(1, f.records());
    assertEquals(Origin.line("hdfs/part-0001.jsonl", 1), c.articles.get(0).origin());
    assertEquals("part-0001.jsonl:1", c.articles.get(0).id());
  }

  private static Path gzip(Path p, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }
}
