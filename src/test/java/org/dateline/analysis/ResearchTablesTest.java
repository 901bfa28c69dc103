package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRules;
import org.dateline.aggregate.NgramCounts;
import org.dateline.aggregate.Stopwords;
import org.dateline.aggregate.TestArticles;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.junit.jupiter.api.Test;

/** The research tables from hand-built corpora, against hand-computed values. */
class ResearchTablesTest {
  static final LocalDate D1 = LocalDate.of(2024, 1, 1);
  static final LocalDate D2 = LocalDate.of(2024, 1, 2);

  static AggregateSettings days() {
    return new AggregateSettings(Period.DAY, false, Stopwords.none(), EntityRules.none(), 3);
  }

  static CorpusTables keynessCorpus() {
    CorpusTables t = CorpusTables.empty(days());
    t.add(TestArticles.annotated(D1, "b b b b b b b a a a"));
    t.add(TestArticles.annotated(D2, "a a a a a a a b b"));
    return t;
  }

  @Test
  void keynessAgainstTheRestMatchesTheReferenceValues() {
    List<KeynessRow> rows = Keyness.rows(keynessCorpus(), Reference.REST, 1);
    assertEquals(4, rows.size());
    KeynessRow b = rows.get(0);
    assertEquals(D1, b.period());
    assertEquals("b", b.feature());
    assertEquals(FeatureKind.TERM, b.kind());
    assertEquals(List.of(7L, 2L, 10L, 9L), List.of(b.count(), b.referenceCount(), b.periodTotal(), b.referenceTotal()));
    assertEquals(4.5349, b.score().g2(), 5e-5);
    KeynessRow a = rows.get(1);
    assertEquals("a", a.feature());
    assertEquals(-4.5349, a.score().g2(), 5e-5);
    // min-count drops the 3 a's of day one and the 2 b's of day two
    assertEquals(List.of("b", "a"), Keyness.rows(keynessCorpus(), Reference.REST, 5).stream().map(KeynessRow::feature).toList());
  }

  @Test
  void keynessAgainstThePreviousPeriodSkipsTheFirst() {
    List<KeynessRow> rows = Keyness.rows(keynessCorpus(), Reference.PREVIOUS, 1);
    assertEquals(List.of(D2, D2), rows.stream().map(KeynessRow::period).toList());
    assertEquals("a", rows.get(0).feature());
    assertEquals(3, rows.get(0).referenceCount());
    assertEquals(10, rows.get(0).referenceTotal());
    assertEquals(4.5349, rows.get(0).score().g2(), 5e-5);
  }

  @Test
  void entityKeynessUsesEntityMentionTotals() {
    CorpusTables t = CorpusTables.empty(days());
    t.add(TestArticles.builder(D1).sentence("x").mention("Seoul", EntityType.LOCATION)
        .mention("Seoul", EntityType.LOCATION).mention("Tokyo", EntityType.LOCATION).build());
    t.add(TestArticles.builder(D2).sentence("x").mention("Tokyo", EntityType.LOCATION).build());
    KeynessRow seoul = Keyness.rows(t, Reference.REST, 2).stream()
        .filter(r -> r.kind() == FeatureKind.ENTITY).findFirst().orElseThrow();
    assertEquals("Seoul", seoul.feature());
    assertEquals(EntityType.LOCATION, seoul.type());
    assertEquals(List.of(2L, 0L, 3L, 1L), List.of(seoul.count(), seoul.referenceCount(), seoul.periodTotal(), seoul.referenceTotal()));
    // Log Ratio with 0.5 for the zero: log2((2/3) / (0.5/1))
    assertEquals(Math.log((2 / 3.0) / 0.5) / Math.log(2), seoul.score().logRatio(), 1e-12);
  }

  @Test
  void aPlantedBurstIsFoundInASyntheticCorpus() {
    CorpusTables t = CorpusTables.empty(days());
    int[] withMissile = {1, 1, 1, 1, 8, 9, 8, 1, 1, 1};
    for (int day = 0; day < withMissile.length; day++) {
      for (int doc = 0; doc < 10; doc++) {
        String text = doc < withMissile[day] ? "missile launch reported" : "harvest reported";
        t.add(TestArticles.builder(D1.plusDays(day)).id(day + "-" + doc).sentence(text).build());
      }
    }
    List<BurstRow> rows = BurstTable.rows(t, 5);
    List<BurstRow> missile = rows.stream().filter(r -> r.feature().equals("missile")).toList();
    assertEquals(1, missile.size(), rows.toString());
    BurstRow b = missile.get(0);
    assertEquals(LocalDate.of(2024, 1, 5), b.start());
    assertEquals(LocalDate.of(2024, 1, 7), b.end());
    assertEquals(3, b.periods());
    assertEquals(14.148735680398648, b.weight(), 1e-9);
    // "launch" has the same document counts, so the same burst; "reported" is in every document.
    assertEquals(List.of("launch", "missile"), rows.stream().map(BurstRow::feature).toList());
    // with 0 documents on a day between, periods still run from the first to the last day
    t.add(TestArticles.builder(D1.plusDays(11)).id("late").sentence("harvest").build());
    BurstRow again = BurstTable.rows(t, 5).get(1);
    assertEquals(LocalDate.of(2024, 1, 5), again.start());
  }

  @Test
  void cooccurrenceNpmiOverThePeriodsDocuments() {
    CorpusTables t = CorpusTables.empty(days());
    t.add(TestArticles.builder(D1).id("1").sentence("x").mention("Alpha", EntityType.PERSON).mention("Beta", EntityType.LOCATION).build());
    t.add(TestArticles.builder(D1).id("2").sentence("x").mention("Beta", EntityType.LOCATION).sentence("y").mention("Alpha", EntityType.PERSON).build());
    t.add(TestArticles.builder(D1).id("3").sentence("x").mention("Alpha", EntityType.PERSON).build());
    t.add(TestArticles.builder(D1).id("4").sentence("no entities").build());
    List<CooccurrenceRow> rows = CooccurrenceTable.rows(t, 2);
    assertEquals(1, rows.size());
    CooccurrenceRow r = rows.get(0);
    assertEquals(2, r.counts().documents());
    assertEquals(1, r.counts().sentences());
    // p_ab = 2/4, p_a = 3/4, p_b = 2/4
    assertEquals(0.4150374992788437, r.npmi(), 1e-12);
  }

  @Test
  void collocationsFromHandCountedCells() {
    NgramCounts n = NgramCounts.empty(3);
    n.add(TestArticles.annotated(null, "a b c", "a b d", "e b c"));
    List<CollocationRow> rows = CollocationTable.rows(n, Set.of(2, 3), 1);
    CollocationRow ab = rows.stream().filter(r -> r.collocation().equals("a b")).findFirst().orElseThrow();
    // 6 pairs; n11 = 2, first word a only = 0, second word b only = 1, neither = 3
    assertEquals(2, ab.count());
    assertEquals(2, ab.length());
    assertEquals(Math.log(2.5 * 3.5 / (0.5 * 1.5)), ab.score().lambda(), 1e-12);
    assertEquals(1.3417814005265964, ab.score().z(), 1e-12);
    CollocationRow abc = rows.stream().filter(r -> r.collocation().equals("a b c")).findFirst().orElseThrow();
    // 3 triples: a b c matches all, a b d the first two, e b c the last two
    assertEquals(-1.0986122886681096, abc.score().lambda(), 1e-12);
    assertEquals(-0.31714205029878195, abc.score().z(), 1e-12);
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).score().z() >= rows.get(i).score().z());
    }
    assertEquals(List.of("a b", "b c"), CollocationTable.rows(n, Set.of(2), 2).stream().map(CollocationRow::collocation).sorted().toList());
  }

  @Test
  void exactCellsFromAtLeastCounts() {
    assertEquals(List.of(0L, 0L, 0L, 1L, 0L, 0L, 1L, 1L),
        java.util.Arrays.stream(CollocationTable.exact(new long[] {3, 2, 3, 2, 2, 1, 2, 1})).boxed().toList());
  }
}
