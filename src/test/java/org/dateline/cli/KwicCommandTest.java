package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.cli.MainTest.Run;
import org.dateline.clean.LanguageIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dateline kwic} as a user types it, over {@link FakeModels}. A refusal made before the
 * work runs over models that fail the test when asked for an annotator, and answers in seconds.
 */
class KwicCommandTest {

  @TempDir Path dir;

  private Path corpus;
  private Path victim;

  /** Fails when a command asks for an annotator: the command was to stop before. */
  private static final Assembly NO_MODELS = Assembly.of(new Models() {
    private final FakeModels fake = new FakeModels();

    @Override
    public Annotator annotator(AnnotatorSettings settings) {
      throw new AssertionError("models were loaded before the check");
    }

    @Override
    public Engine engine() {
      return fake.engine();
    }

    @Override
    public String fingerprint(AnnotatorSettings settings) {
      return fake.fingerprint(settings);
    }

    @Override
    public LanguageIdentifier languages() {
      return fake.languages();
    }
  });

  @BeforeEach
  void corpus() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    victim = Files.writeString(corpus.resolve("victim.json"),
        "[{\"id\": \"v1\", \"date\": \"2024-03-01\", \"text\": \"An apple a day, said the apple grower.\"}]");
  }

  /** Runs kwic over models it must not load; asserts exit 2 within seconds and returns stderr. */
  private String refused(String... args) {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MainTest.run(NO_MODELS, args));
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    return r.err();
  }

  private static Run kwic(String... args) {
    return MainTest.run(FakeModels.ASSEMBLY, args);
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
    String before = Files.readString(victim);
    String err = refused("kwic", "-o", victim.toString(), "apple", "--", victim.toString());
    assertTrue(err.contains("-o " + victim + " is the input " + victim), err);
    assertEquals(1, err.lines().count(), err);
    // the same file by another name
    Path other = corpus.resolve("..").resolve("corpus").resolve("victim.json");
    err = refused("kwic", "-p", "apple", other.toString(), "-o", victim.toString());
    assertTrue(err.contains("is the input " + other), err);
    assertEquals(before, Files.readString(victim));
  }

  @Test
  void anOutputInsideAnInputFolderIsRefusedUnlessTheWalkPassesItOver() throws Exception {
    Path inside = corpus.resolve("kwic.csv");
    String err = refused("kwic", "-p", "apple", corpus.toString(), "-o", inside.toString());
    assertTrue(err.contains("-o " + inside + " lies inside the input folder " + corpus), err);
    assertFalse(Files.exists(inside));
    err = refused("kwic", "-p", "apple", dir.toString(), "-o", corpus.resolve("sub").resolve("kwic.csv").toString());
    assertTrue(err.contains("lies inside the input folder " + dir), err);
    assertFalse(Files.exists(corpus.resolve("sub")), "a refused output leaves no folder behind");

    Path hidden = corpus.resolve(".kwic.csv");
    Run r = kwic("kwic", "-q", "-p", "apple", corpus.toString(), "-o", hidden.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(3, Files.readAllLines(hidden).size());
  }

  @Test
  void patternsAndInputsMustBeToldApart() {
    String err = refused("kwic", "apple", victim.toString());
    assertTrue(err.contains("name the patterns with -p, or put -- between patterns and inputs: "
        + "dateline kwic -p PATTERN [-p PATTERN]... INPUT...  or  dateline kwic PATTERN... -- INPUT..."), err);
    // a pattern that names a folder stays a pattern
    err = refused("kwic", "corpus", "--", dir.resolve("missing").toString());
    assertTrue(err.contains("no such input: " + dir.resolve("missing")), err);
    err = refused("kwic", "--", victim.toString());
    assertTrue(err.contains("no pattern before --"), err);
    err = refused("kwic", "apple", "--");
    assertTrue(err.contains("no input: name one or more files or folders"), err);
    err = refused("kwic", "-p", "apple");
    assertTrue(err.contains("no input"), err);
  }

  @Test
  void emptyPatternsAndInputsAreRefused() {
    String err = refused("kwic", "", "--", victim.toString());
    assertTrue(err.contains("empty pattern ''"), err);
    err = refused("kwic", "-p", " ", victim.toString());
    assertTrue(err.contains("empty pattern ' '"), err);
    err = refused("kwic", "-p", "apple", "");
    assertTrue(err.contains("empty input path ''"), err);
    err = refused("kwic", "apple", "--", "");
    assertTrue(err.contains("empty input path ''"), err);
  }

  @Test
  void thePatternsAndInputsUsedArePrintedUnlessQuiet() throws Exception {
    Run r = kwic("kwic", "-p", "apple", "--pattern", "day", victim.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("dateline kwic: patterns: 'apple' 'day'\n"
        + "dateline kwic: inputs: '" + victim + "'\n", r.err().replace("\r\n", "\n"));
    Run both = kwic("kwic", "apple", "day", "--", victim.toString());
    assertEquals(r.out(), both.out());
    assertEquals(r.err(), both.err());
    Run quiet = kwic("kwic", "-q", "apple", "day", "--", victim.toString());
    assertEquals("", quiet.err());
    assertEquals(r.out(), quiet.out());
  }

  @Test
  void aPatternBeginningWithAHyphenIsWrittenWithAnEqualsSign() throws Exception {
    Path dashes = Files.writeString(dir.resolve("d.txt"), "a - b");
    for (String option : List.of("-p=-", "--pattern=-")) {
      Run r = kwic("kwic", option, dashes.toString(), "--window", "1");
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.err().startsWith("dateline kwic: patterns: '-'\n"), r.err());
      // a cell starting with "-" is neutralised against spreadsheet formulas
      assertEquals("doc_id,date,from,to,pre,keyword,post,pattern,origin\n"
          + "d.txt:1,,2,2,a,'-,b,'-," + dashes.toString().replace('\\', '/') + ":1\n", r.out());
    }
  }

  @Test
  void aHugeWindowIsRefusedAndTheWidestAllowedWorks() {
    String err = refused("kwic", "--window", "2147483646", "-p", "apple", victim.toString());
    assertTrue(err.contains("--window must be between 0 and 1000 tokens, was 2147483646"), err);
    Run r = kwic("kwic", "-q", "--window", "1000", "-p", "day", victim.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains(",An apple a,day,\", said the apple grower .\",day,"), r.out());
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefusedFirst() throws Exception {
    String err = refused("kwic", "-p", "apple", victim.toString(), "-o", dir.toString());
    assertTrue(err.contains("output -o " + dir + " is a folder; name a file"), err);
    Path underAFile = dir.resolve("notes.txt");
    Files.writeString(underAFile, "x");
    Path out = underAFile.resolve("kwic.csv");
    err = refused("kwic", "-p", "apple", victim.toString(), "-o", out.toString());
    assertTrue(err.contains("output -o " + out + ": its folder " + underAFile.toAbsolutePath() + " cannot be created or written"), err);
    assertFalse(err.contains(".tmp"), err);
  }

  @Test
  void aCacheKwicCannotUseIsNamedPlainlyWithKwicsOwnAdvice() throws Exception {
    Path notCache = Files.writeString(dir.resolve("notcache.db"), "just some text\n");
    String err = refused("kwic", "--cache", notCache.toString(), "-p", "apple", victim.toString());
    assertTrue(err.contains("annotation cache --cache " + notCache + " is not an annotation cache (not an SQLite database)"), err);
    assertTrue(err.contains("leave --cache out"), err);
    assertFalse(err.contains("--no-cache"), err);
    assertEquals("just some text\n", Files.readString(notCache));

    err = refused("kwic", "--cache", dir.toString(), "-p", "apple", victim.toString());
    assertTrue(err.contains("annotation cache --cache " + dir + " is a folder, not a file"), err);
    assertFalse(err.contains("SQLITE") || err.contains("--no-cache"), err);

    err = refused("kwic", "--cache", victim.toString(), "-p", "apple", dir.resolve("x").toString());
    assertTrue(err.contains("no such input"), err);
    Path other = Files.writeString(dir.resolve("other.json"), "[]");
    err = refused("kwic", "--cache", victim.toString(), "-p", "apple", other.toString());
    assertTrue(err.contains("annotation cache --cache " + victim + " is not an annotation cache"), err);
  }

  @Test
  void aCacheThatIsAnInputIsRefused() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    String err = refused("kwic", "--cache", empty.toString(), "-p", "apple", empty.toString());
    assertTrue(err.contains("--cache " + empty + " is the input " + empty), err);
    Path cache = dir.resolve("c.db");
    err = refused("kwic", "--cache", cache.toString(), "-o", cache.toString(), "-p", "apple", victim.toString());
    assertTrue(err.contains("-o " + cache + " and --cache " + cache + " are the same file"), err);
  }

  @Test
  void aCacheInsideTheInputFolderIsKeptAndNotReadAsCorpus() throws Exception {
    Path cache = corpus.resolve("tokens.db");
    Run first = kwic("kwic", "-q", "--cache", cache.toString(), "-p", "apple", corpus.toString());
    assertEquals(0, first.exit(), first.err());
    Run second = kwic("kwic", "-q", "--cache", cache.toString(), "-p", "apple", corpus.toString());
    assertEquals(0, second.exit(), second.err());
    assertEquals(first.out(), second.out());
    assertEquals(3, first.out().lines().count(), first.out());
  }

  @Test
  void theOriginTellsApartDocumentsOfTheSameNameInTwoFolders() throws Exception {
    Path a = Files.createDirectories(dir.resolve("in").resolve("a"));
    Path b = Files.createDirectories(dir.resolve("in").resolve("b"));
    Files.writeString(a.resolve("2024-01-01.txt"), "rice harvest in the north");
    Files.writeString(b.resolve("2024-01-01.txt"), "rice prices in the south");
    Path in = dir.resolve("in");
    Run r = kwic("kwic", "-q", "--window", "1", "-p", "rice", in.toString());
    assertEquals(0, r.exit(), r.err());
    String prefix = in.toString().replace('\\', '/') + "/";
    List<String> lines = r.out().lines().toList();
    assertEquals("doc_id,date,from,to,pre,keyword,post,pattern,origin", lines.get(0));
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(1).endsWith(",rice,harvest,rice," + prefix + "a/2024-01-01.txt:1"), lines.get(1));
    assertTrue(lines.get(2).endsWith(",rice,prices,rice," + prefix + "b/2024-01-01.txt:1"), lines.get(2));
  }
}
