package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dictionary and --dictionary-scope over {@link FakeModels}: refusals before anything is read, and the tables. */
class DictionaryOptionsTest {

  @TempDir Path dir;

  private record Run(int exit, String err) {}

  private Run run(Path out, String... options) throws Exception {
    Path input = dir.resolve("news.jsonl");
    if (!Files.exists(input)) {
      Files.writeString(input,
          "{\"id\":\"a\",\"date\":\"2024-03-14\",\"text\":\"A nuclear war threat. No threat of war.\"}\n"
              + "{\"id\":\"b\",\"date\":\"2024-03-16\",\"text\":\"Peace and not good talks, then good talks.\"}\n"
              + "{\"id\":\"c\",\"date\":\"2024-03-16\",\"text\":\"The harvest was good.\"}\n");
    }
    List<String> args = new ArrayList<>(List.of("run", "-q", "--layers", "terms", "--no-cache", "-o", out.toString()));
    args.addAll(List.of(options));
    args.add(input.toString());
    StringWriter err = new StringWriter();
    int exit = Main.execute(FakeModels.ASSEMBLY, args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    return new Run(exit, err.toString());
  }

  @Test
  void aMalformedDictionaryIsRefusedNamingFileAndLineBeforeAnythingIsWritten() throws Exception {
    Path dic = Files.writeString(dir.resolve("bad.dic"), "%\n1\tthreat\n%\nwar\t1\nstrike\t4\n");
    Path out = dir.resolve("out");
    Run r = run(out, "--dictionary", dic.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--dictionary " + dic + " line 5: category number 4 of entry 'strike' is not in the header"),
        r.err());
    assertFalse(Files.exists(out.resolve("terms_by_date.csv")));
  }

  @Test
  void aMissingDictionaryAndTwoOfOneNameAreRefused() throws Exception {
    Run missing = run(dir.resolve("o1"), "--dictionary", dir.resolve("none.yml").toString());
    assertEquals(2, missing.exit(), missing.err());
    assertTrue(missing.err().contains("--dictionary " + dir.resolve("none.yml") + ": no such file"), missing.err());
    Files.createDirectories(dir.resolve("x"));
    Path a = Files.writeString(dir.resolve("d.csv"), "threat,war\n");
    Path b = Files.writeString(dir.resolve("x").resolve("d.tsv"), "threat\twar\n");
    Run twice = run(dir.resolve("o2"), "--dictionary", a.toString(), "--dictionary", b.toString());
    assertEquals(2, twice.exit(), twice.err());
    assertTrue(twice.err().contains("two dictionaries are named 'd'"), twice.err());
  }

  @Test
  void theTablesAreWrittenAndTheSameWhateverTheThreads() throws Exception {
    Path yml = Files.writeString(dir.resolve("tone.yml"),
        "threat:\n  - threat*\n  - nuclear war\n  - war\nnegated:\n  - not good\n  - no threat\npositive: good\n");
    Path one = dir.resolve("one");
    Path three = dir.resolve("three");
    assertEquals(0, run(one, "--dictionary", yml.toString(), "--dictionary-scope", "dictionary", "--threads", "1").exit());
    assertEquals(0, run(three, "--dictionary", yml.toString(), "--dictionary-scope", "dictionary", "--threads", "3").exit());
    for (String f : List.of("dictionary_by_date.csv", "dictionary_by_document.csv")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f);
    }
    assertFalse(Files.exists(one.resolve("dictionary_by_entity_date.csv")), "only with the entities layer");
    assertEquals(List.of(
        "period,dictionary,category,count,documents,tokens,per_10k",
        "2024-03-14,tone,threat,3,1,8,3750",
        "2024-03-14,tone,negated,1,1,8,1250",
        "2024-03-14,tone,positive,0,0,8,0",
        "2024-03-15,tone,threat,0,0,0,",
        "2024-03-15,tone,negated,0,0,0,",
        "2024-03-15,tone,positive,0,0,0,",
        "2024-03-16,tone,threat,0,0,12,0",
        "2024-03-16,tone,negated,1,1,12,833.3333",
        "2024-03-16,tone,positive,2,2,12,1666.6667"), Files.readAllLines(one.resolve("dictionary_by_date.csv")));
    assertEquals(List.of(
        "doc_id,date,dictionary,category,count,tokens",
        "a,2024-03-14,tone,threat,3,8",
        "a,2024-03-14,tone,negated,1,8",
        "b,2024-03-16,tone,negated,1,8",
        "b,2024-03-16,tone,positive,1,8",
        "c,2024-03-16,tone,positive,1,4"), Files.readAllLines(one.resolve("dictionary_by_document.csv")));
    String manifest = Files.readString(one.resolve("manifest.json"));
    assertTrue(manifest.contains("\"dictionary_scope\": \"dictionary\""), manifest);
    assertTrue(manifest.contains("\"name\": \"tone\""), manifest);
    assertTrue(manifest.contains("\"categories\": 3"), manifest);
    assertTrue(manifest.contains("\"entries\": 6"), manifest);
  }

  @Test
  void aRunWithoutDictionaryRemovesTheTablesOfAnEarlierOne() throws Exception {
    Path csv = Files.writeString(dir.resolve("d.csv"), "threat,war\n");
    Path out = dir.resolve("out");
    assertEquals(0, run(out, "--dictionary", csv.toString()).exit());
    assertTrue(Files.exists(out.resolve("dictionary_by_date.csv")));
    assertEquals(0, run(out).exit());
    assertFalse(Files.exists(out.resolve("dictionary_by_date.csv")));
    assertFalse(Files.exists(out.resolve("dictionary_by_document.csv")));
  }
}
