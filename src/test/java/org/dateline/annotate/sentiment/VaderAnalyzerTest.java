package org.dateline.annotate.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class VaderAnalyzerTest {

  private static final VaderAnalyzer VADER = VaderAnalyzer.bundled();

  /** One line of the reference fixture: the published implementation's scores of a text. */
  private record Reference(String id, VaderScores scores, String text) {}

  private static List<String> resourceLines(String name) throws IOException {
    try (var in = Objects.requireNonNull(VaderAnalyzerTest.class.getResourceAsStream(name), name)) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return lines.subList(1, lines.size());
    }
  }

  private static List<Reference> references() throws IOException {
    List<Reference> refs = new ArrayList<>();
    for (String line : resourceLines("vader-reference.tsv")) {
      String[] f = line.split("\t", -1);
      refs.add(new Reference(f[0], new VaderScores(Double.parseDouble(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])), f[5]));
    }
    return refs;
  }

  @Test
  void bundledLexiconHasEveryLine() {
    // 7,520 lines, 14 tokens listed twice (the later line wins, as in the reference)
    assertEquals(7506, VaderLexicon.bundled().size());
    assertEquals(1.9, VaderLexicon.bundled().valence("good").getAsDouble());
    assertEquals(-1.2, VaderLexicon.bundled().valence("no").getAsDouble());
    assertTrue(VaderLexicon.bundled().valence("pyongyang").isEmpty());
  }

  @Test
  void reproducesEveryReferenceScoreOfTheFixture() throws IOException {
    List<Reference> refs = references();
    assertEquals(328, refs.size());
    List<String> wrong = new ArrayList<>();
    for (Reference ref : refs) {
      VaderScores got = VADER.score(ref.text());
      if (!got.equals(ref.scores())) {
        wrong.add(ref.id() + ": expected " + ref.scores() + " got " + got + " for '" + ref.text() + "'");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void rulesMoveTheCompoundAsPublished() {
    double plain = VADER.score("The book was good.").compound();
    assertEquals(0.4404, plain);
    assertTrue(VADER.score("The book was very good.").compound() > plain, "booster");
    assertTrue(VADER.score("The book was kind of good.").compound() < plain, "dampener");
    assertTrue(VADER.score("The book was GOOD.").compound() > plain, "capitals");
    assertTrue(VADER.score("The book was good!").compound() > plain, "exclamation");
    assertEquals(-0.3412, VADER.score("The book was not good.").compound(), "negation");
    assertEquals(0.0, VADER.score("Pyongyang, March 14 (KCNA) --").compound());
    assertEquals(VaderScores.EMPTY, VADER.score(" \t\u00a0"));
  }

  @Test
  void butRescalesBothSidesOfTheContrast() {
    // good = 1.9, bad = -2.5: 1.9 * 0.5 - 2.5 * 1.5 = -2.8, normalised
    double expected = -2.8 / Math.sqrt(2.8 * 2.8 + 15);
    assertEquals(VaderAnalyzer.round(expected, 4), VADER.score("good but bad").compound());
  }

  @Test
  void readsALexiconAndNamesABadLine() throws IOException {
    VaderLexicon lexicon = VaderLexicon.read(new StringReader("calm\t1.5\t0.5\t[1]\n\nstorm\t-2\n"));
    assertEquals(2, lexicon.size());
    assertEquals(VaderAnalyzer.round(1.5 / Math.sqrt(1.5 * 1.5 + 15), 4),
        new VaderAnalyzer(lexicon).score("a calm sea").compound());
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> VaderLexicon.read(new StringReader("calm\t1.5\nstorm -2\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  /** All dev sentences against the reference's compound scores: the share within 0.001. */
  @Test
  void matchesTheReferenceOnAllDevSentences() throws IOException {
    Path dev = Path.of("..", "shared", "gold", "nyt-editorials", "dev.tsv");
    assumeTrue(Files.isRegularFile(dev), "../shared is absent");
    Map<String, Double> reference = new HashMap<>();
    for (String line : resourceLines("vader-reference-dev-compound.tsv")) {
      String[] f = line.split("\t");
      reference.put(f[0], Double.parseDouble(f[1]));
    }
    int n = 0;
    int within = 0;
    for (String line : Files.readAllLines(dev, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 3);
      double expected = Objects.requireNonNull(reference.get(f[0]), f[0]);
      n++;
      if (Math.abs(VADER.score(f[2]).compound() - expected) <= 0.001) {
        within++;
      }
    }
    assertEquals(2616, n);
    double share = within / (double) n;
    System.out.printf("VADER compound within 0.001 of the reference: %d of %d (%.2f%%)%n",
        within, n, 100 * share);
    assertTrue(share >= 0.99, "share within 0.001: " + share);
  }
}
