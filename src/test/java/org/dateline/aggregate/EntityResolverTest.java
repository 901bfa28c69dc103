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
}
