package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.junit.jupiter.api.Test;

class EntityAndSentimentTableTest {
  private static final LocalDate D1 = LocalDate.of(2026, 1, 28);
  private static final LocalDate D2 = LocalDate.of(2026, 1, 29);

  @Test
  void entitiesCountMentionsAndDocuments() {
    var a = TestArticles.builder(D1).sentence("Kim Jong Un met Kim Jong Un in DPRK")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("DPRK", EntityType.COUNTRY)
        .build();
    var b = TestArticles.builder(D1).sentence("Kim Jong Un Washington Washington")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Washington", EntityType.PERSON)
        .mention("Washington", EntityType.CITY)
        .build();
    var undated = TestArticles.builder(null).sentence("DPRK").mention("DPRK", EntityType.COUNTRY).build();
    var c = TestArticles.builder(D2).sentence("DPRK").mention("DPRK", EntityType.COUNTRY).build();
    EntityTable t = EntityTable.empty(Period.DAY).add(c).add(a).add(undated).add(b);
    assertEquals(List.of(
        new EntityRow(D1, "Kim Jong Un", EntityType.PERSON, 3, 2),
        new EntityRow(D1, "DPRK", EntityType.COUNTRY, 1, 1),
        new EntityRow(D1, "Washington", EntityType.CITY, 1, 1),
        new EntityRow(D1, "Washington", EntityType.PERSON, 1, 1),
        new EntityRow(D2, "DPRK", EntityType.COUNTRY, 1, 1)), t.rows());
  }

  @Test
  void sentimentMeanClassCountsAndDocumentsWithoutSentiment() {
    var scored = TestArticles.builder(D1).sentiments(4, 3, 2, 0).build();
    var unscored = TestArticles.annotated(D1, "no sentiment here");
    var onlyUnscored = TestArticles.annotated(D2, "none either");
    SentimentTable t = SentimentTable.empty(Period.DAY)
        .add(onlyUnscored).add(scored).add(unscored).add(TestArticles.builder(null).sentiments(0).build());
    assertEquals(List.of(
        new SentimentRow(D1, 2, 4, "0.25", 1, 0, 1, 1, 1),
        new SentimentRow(D2, 1, 0, "", 0, 0, 0, 0, 0)), t.rows());
  }

  @Test
  void negativeMeanRoundsHalfEven() {
    SentimentTable t = SentimentTable.empty(Period.DAY).add(TestArticles.builder(D1).sentiments(0, 1, 1).build());
    assertEquals(List.of(new SentimentRow(D1, 1, 3, "-1.3333", 1, 2, 0, 0, 0)), t.rows());
  }
}
