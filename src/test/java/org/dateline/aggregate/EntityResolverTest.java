package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityResolverTest {
  static final LocalDate DAY = LocalDate.of(2017, 3, 1);

  @TempDir Path dir;

  private static ResolvedEntities resolve(EntityRules rules, AnnotatedArticle... articles) {
    EntityDocuments docs = EntityDocuments.empty(Period.MONTH, rules);
    for (AnnotatedArticle a : articles) {
      docs.add(a);
    }
    return EntityResolver.resolve(docs);
  }

  /** "entity TYPE" -> count, over every period. */
  private static Map<String, Long> counts(ResolvedEntities r) {
    Map<String, Long> out = new TreeMap<>();
    for (EntityRow row : r.entities().rows()) {
      out.merge(row.entity() + " " + row.type(), row.count(), Long::sum);
    }
    return out;
  }

  private static AnnotatedArticle trumpStory() {
    return TestArticles.builder(DAY).sentence("s1")
        .mention("Donald Trump", EntityType.PERSON)
        .sentence("s2").mention("Trump", EntityType.PERSON)
        .sentence("s3").mention("Trump", EntityType.PERSON)
        .sentence("s4").mention("Trump", EntityType.LOCATION)
        .build();
  }

  @Test
  void onePersonOneRow() {
    ResolvedEntities r = resolve(EntityRules.defaults(), trumpStory());
    assertEquals(Map.of("Donald Trump PERSON", 4L), counts(r));
    // The LOCATION mention took the document's majority type, then all three short ones the long name.
    assertEquals(1, r.majorityTypeChanges());
    assertEquals(3, r.shortNameChanges());
    assertEquals(1, r.entities().rows().get(0).docFreq());
  }

  @Test
  void rulesCanBeTurnedOff() {
    ResolvedEntities r = resolve(EntityRules.none(), trumpStory());
    assertEquals(Map.of("Donald Trump PERSON", 1L, "Trump PERSON", 2L, "Trump LOCATION", 1L), counts(r));
    ResolvedEntities typesOnly = resolve(EntityRules.defaults().withShortNames(false), trumpStory());
    assertEquals(Map.of("Donald Trump PERSON", 1L, "Trump PERSON", 3L), counts(typesOnly));
    assertEquals(0, typesOnly.shortNameChanges());
  }

  @Test
  void koreanNamesAreShortenedFromTheFront() {
    AnnotatedArticle a = TestArticles.builder(DAY).sentence("s")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Kim", EntityType.PERSON)
        .mention("Jong Un", EntityType.PERSON)
        .build();
    assertEquals(Map.of("Kim Jong Un PERSON", 2L, "Jong Un PERSON", 1L), counts(resolve(EntityRules.none().withShortNames(true), a)));
  }

  @Test
  void aShortNameThatCouldBeTwoPeopleStays() {
    AnnotatedArticle a = TestArticles.builder(DAY).sentence("s")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Kim Yo Jong", EntityType.PERSON)
        .mention("Kim", EntityType.PERSON)
        .build();
    ResolvedEntities r = resolve(EntityRules.defaults(), a);
    assertEquals(1L, counts(r).get("Kim PERSON"));
    assertEquals(0, r.shortNameChanges());
  }

  @Test
  void aTieInTheDocumentGoesToTheTypeTheRunPrefers() {
    AnnotatedArticle tied = TestArticles.builder(DAY).id("tied").sentence("s")
        .mention("Apple", EntityType.PERSON)
        .mention("Apple", EntityType.ORGANIZATION)
        .build();
    AnnotatedArticle other = TestArticles.builder(DAY).id("other").sentence("s")
        .mention("Apple", EntityType.ORGANIZATION)
        .mention("Apple", EntityType.ORGANIZATION)
        .build();
    ResolvedEntities r = resolve(EntityRules.defaults(), tied, other);
    assertEquals(Map.of("Apple ORGANIZATION", 4L), counts(r));
    assertEquals(1, r.majorityTypeChanges());
    // Alone, the tie falls to the type declared first in EntityType: PERSON.
    assertEquals(Map.of("Apple PERSON", 2L), counts(resolve(EntityRules.defaults(), tied)));
  }

  @Test
  void builtInCanonicalNamesMergeTheCountry() {
    AnnotatedArticle a = TestArticles.builder(DAY).sentence("s")
        .mention("Democratic People 's Republic of Korea", EntityType.ORGANIZATION)
        .mention("North Korea", EntityType.LOCATION)
        .mention("DPRK", EntityType.LOCATION)
        .mention("Workers \u2019 Party of Korea", EntityType.ORGANIZATION)
        .mention("US", EntityType.LOCATION)
        .mention("U.S.", EntityType.LOCATION)
        .build();
    ResolvedEntities r = resolve(EntityRules.defaults(), a);
    assertEquals(Map.of("DPRK LOCATION", 3L, "WPK ORGANIZATION", 1L, "United States LOCATION", 2L), counts(r));
    // DPRK was already canonical: five rewrites, not six.
    assertEquals(5, r.aliasRewrites());
  }

  @Test
  void aliasFileOverridesTheBuiltInList() throws Exception {
    Path file = dir.resolve("aliases.csv");
    Files.writeString(file, "# mine\nalias,canonical,type\nNorth Korea,North Korea,\nMarshal Kim,Kim Jong Un,PERSON\n");
    List<Alias> mine = EntityRules.readAliases(file);
    assertEquals(List.of(new Alias("North Korea", "North Korea", null), new Alias("Marshal Kim", "Kim Jong Un", EntityType.PERSON)), mine);
    List<Alias> all = new java.util.ArrayList<>(EntityRules.builtInAliases());
    all.addAll(mine);
    AnnotatedArticle a = TestArticles.builder(DAY).sentence("s").mention("North Korea", EntityType.LOCATION).build();
    assertEquals(Map.of("North Korea LOCATION", 1L), counts(resolve(EntityRules.defaults().withAliases(all, "test"), a)));
  }

  @Test
  void badAliasFilesNameTheLineAndTheFix() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "alias,canonical,type\nUS,United States,COUNTRYSIDE\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntityRules.readAliases(file));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("COUNTRYSIDE"), e.getMessage());
    Files.writeString(file, "name,canonical\nUS,United States\n");
    e = assertThrows(IllegalArgumentException.class, () -> EntityRules.readAliases(file));
    assertTrue(e.getMessage().contains("alias,canonical"), e.getMessage());
  }

  @Test
  void cooccurrenceCountsDocumentsAndSentences() {
    AnnotatedArticle both = TestArticles.builder(DAY).id("1").sentence("s").mention("Alpha", EntityType.PERSON)
        .mention("Beta", EntityType.LOCATION).build();
    AnnotatedArticle apart = TestArticles.builder(DAY).id("2").sentence("s").mention("Beta", EntityType.LOCATION)
        .sentence("t").mention("Alpha", EntityType.PERSON).build();
    AnnotatedArticle alone = TestArticles.builder(DAY).id("3").sentence("s").mention("Alpha", EntityType.PERSON).build();
    List<CooccurrenceCount> pairs = resolve(EntityRules.none(), both, apart, alone).cooccurrence(1);
    assertEquals(List.of(new CooccurrenceCount(LocalDate.of(2017, 3, 1), "Alpha", EntityType.PERSON, "Beta",
        EntityType.LOCATION, 2, 1)), pairs);
    assertEquals(List.of(), resolve(EntityRules.none(), both, apart, alone).cooccurrence(3));
  }

  @Test
  void mergedPartialsResolveLikeOneWhole() {
    AnnotatedArticle tied = TestArticles.builder(DAY).id("tied").sentence("s")
        .mention("Apple", EntityType.PERSON).mention("Apple", EntityType.ORGANIZATION).build();
    AnnotatedArticle other = TestArticles.builder(DAY.plusMonths(1)).id("other").sentence("s")
        .mention("Apple", EntityType.ORGANIZATION).mention("Apple", EntityType.ORGANIZATION).build();
    EntityDocuments left = EntityDocuments.empty(Period.MONTH, EntityRules.defaults()).add(tied);
    EntityDocuments right = EntityDocuments.empty(Period.MONTH, EntityRules.defaults()).add(other).add(trumpStory());
    List<EntityRow> merged = EntityResolver.resolve(
        EntityDocuments.empty(Period.MONTH, EntityRules.defaults()).merge(right).merge(left)).entities().rows();
    assertEquals(resolve(EntityRules.defaults(), tied, other, trumpStory()).entities().rows(), merged);
    assertEquals(3, merged.size());
  }

  private static AnnotatedArticle story(String id, LocalDate day, Object... nameTypePairs) {
    TestArticles.Builder b = TestArticles.builder(day).id(id).sentence("s");
    for (int i = 0; i < nameTypePairs.length; i += 2) {
      b.mention((String) nameTypePairs[i], (EntityType) nameTypePairs[i + 1]);
    }
    return b.build();
  }

  private static AnnotatedArticle repeated(String id, String name, int times) {
    Object[] pairs = new Object[times * 2];
    for (int i = 0; i < times; i++) {
      pairs[2 * i] = name;
      pairs[2 * i + 1] = EntityType.PERSON;
    }
    return story(id, DAY, pairs);
  }

  /** A run in which Donald Trump holds 41 of the 44 full-name mentions ending in Trump (93%). */
  private static AnnotatedArticle[] trumpRun() {
    return new AnnotatedArticle[] {
        repeated("full", "Donald Trump", 40),
        // A story that says only "Trump", which the model took for a place.
        story("alone", DAY.plusMonths(1), "Trump", EntityType.LOCATION, "Trump", EntityType.LOCATION,
            "Trump\u2019s", EntityType.MISC),
        // Here the document makes Trump Ivanka Trump's: it stays hers.
        story("ivanka", DAY, "Ivanka Trump", EntityType.PERSON, "Trump", EntityType.PERSON),
        // Both named: the run decides.
        story("both", DAY, "Ivanka Trump", EntityType.PERSON, "Donald Trump", EntityType.PERSON,
            "Trump", EntityType.LOCATION),
        story("tower", DAY, "Trump Tower", EntityType.LOCATION),
    };
  }

  @Test
  void aShortNameJoinsThePersonHoldingMostOfTheRunsFullNames() {
    ResolvedEntities r = resolve(EntityRules.defaults(), trumpRun());
    assertEquals(Map.of("Donald Trump PERSON", 45L, "Ivanka Trump PERSON", 3L, "Trump Tower LOCATION", 1L), counts(r));
    assertEquals(4, r.runShortNameChanges());
    assertEquals(0, r.ambiguousShortNames());
    // In the Trump-only story, by its own month.
    assertEquals(List.of(new EntityRow(DAY.plusMonths(1), "Donald Trump", EntityType.PERSON, 3, 1)),
        r.entities().rows().stream().filter(row -> row.period().equals(DAY.plusMonths(1))).toList());
    ResolvedEntities off = resolve(EntityRules.defaults().withShortNames(false), trumpRun());
    assertEquals(3L, counts(off).get("Trump LOCATION"));
    assertEquals(0, off.runShortNameChanges());
  }

  @Test
  void theRunWideRuleDoesNotDependOnTheOrderOfDocumentsOrMerges() {
    AnnotatedArticle[] run = trumpRun();
    EntityDocuments forward = EntityDocuments.empty(Period.MONTH, EntityRules.defaults());
    for (AnnotatedArticle a : run) {
      forward.merge(EntityDocuments.empty(Period.MONTH, EntityRules.defaults()).add(a));
    }
    EntityDocuments backward = EntityDocuments.empty(Period.MONTH, EntityRules.defaults());
    for (int i = run.length - 1; i >= 0; i--) {
      backward.add(run[i]);
    }
    ResolvedEntities f = EntityResolver.resolve(forward);
    ResolvedEntities b = EntityResolver.resolve(backward);
    assertEquals(f.entities().rows(), b.entities().rows());
    assertEquals(f.cooccurrence(1), b.cooccurrence(1));
    assertEquals(4, b.runShortNameChanges());
  }

  @Test
  void aShortNameOfSeveralPeopleStaysAndIsCountedAmbiguous() {
    ResolvedEntities r = resolve(EntityRules.defaults(), repeated("un", "Kim Jong Un", 6), repeated("yo", "Kim Yo Jong", 4),
        story("kim", DAY, "Kim", EntityType.LOCATION));
    assertEquals(1L, counts(r).get("Kim LOCATION"));
    assertEquals(0, r.runShortNameChanges());
    assertEquals(1, r.ambiguousShortNames());
  }

  @Test
  void aKoreanGivenNameJoinsItsFullName() {
    ResolvedEntities r = resolve(EntityRules.defaults(), repeated("un", "Kim Jong Un", 6),
        story("given", DAY, "Jong Un", EntityType.ORGANIZATION),
        story("surname", DAY, "Yoon", EntityType.PERSON), repeated("yoon", "Yoon Suk Yeol", 3));
    assertEquals(Map.of("Kim Jong Un PERSON", 7L, "Yoon Suk Yeol PERSON", 4L), counts(r));
    assertEquals(2, r.runShortNameChanges());
  }

  @Test
  void aWordMoreOftenAloneThanAsAPersonsNameStays() {
    ResolvedEntities r = resolve(EntityRules.defaults(), repeated("leandra", "Leandra English", 2),
        story("language", DAY, "English", EntityType.MISC, "English", EntityType.MISC, "English", EntityType.MISC),
        // Five words: an organisation taken for a person, not a name "Silk Mill" could shorten.
        story("mill", DAY, "Kim Jong Suk Silk Mill", EntityType.PERSON),
        story("mill2", DAY, "Silk Mill", EntityType.ORGANIZATION),
        // A name the run counts as a person's in its own right is no short name.
        repeated("hillary", "Hillary Clinton", 3), story("democrat", DAY, "Democrat Hillary Clinton", EntityType.PERSON));
    assertEquals(Map.of("Leandra English PERSON", 2L, "English MISC", 3L, "Kim Jong Suk Silk Mill PERSON", 1L,
        "Silk Mill ORGANIZATION", 1L, "Hillary Clinton PERSON", 3L, "Democrat Hillary Clinton PERSON", 1L), counts(r));
    assertEquals(0, r.runShortNameChanges());
  }
}
