package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Origin;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

  private static Article of(String id, ArticleKind kind, String text) {
    return Article.builder().id(id).kind(kind).text(text).origin(Origin.line("f.txt", 1)).build();
  }

  @Test
  void dropsExactDuplicateArticlesKeepingTheFirst() {
    Deduplicator d = new Deduplicator();
    assertTrue(d.offer(of("a", ArticleKind.ARTICLE, "The same story.\nTwo lines.")));
    assertFalse(d.offer(of("b", ArticleKind.ARTICLE, "the  same story. two lines.")));
    assertTrue(d.offer(of("c", ArticleKind.ARTICLE, "Another story.")));
    assertEquals(1, d.exactDuplicates());
  }

  @Test
  void dropsRepeatedTeasersAndTeasersThatOpenAnArticleSeenLater() {
    Deduplicator d = new Deduplicator();
    assertFalse(d.offer(of("t1", ArticleKind.TEASER, "Modern rural dwellings are springing up one after another in Kangwon")));
    assertFalse(d.offer(of("t2", ArticleKind.TEASER, "A solar power plant was newly built in Kim Hyong Gwon County")));
    assertFalse(d.offer(of("t3", ArticleKind.TEASER, "A solar power plant was newly built in Kim Hyong Gwon County")));
    assertTrue(d.offer(of("a1", ArticleKind.ARTICLE,
        "Modern rural dwellings are springing up one after another in Kangwon Province of the DPRK.\nMore text.")));
    List<Article> kept = d.remainingTeasers();
    assertEquals(List.of("t2"), kept.stream().map(Article::id).toList());
    assertEquals(1, d.exactDuplicates());
    assertEquals(1, d.containedTeasers());
  }

  @Test
  void aTeaserThatOnlySharesAPrefixWithAnArticleIsKept() {
    Deduplicator d = new Deduplicator();
    d.offer(of("t", ArticleKind.TEASER, "The respected Comrade Kim Jong Un visited the farm"));
    d.offer(of("a", ArticleKind.ARTICLE, "The respected Comrade Kim Jong Un visited the factory."));
    assertEquals(1, d.remainingTeasers().size());
  }

  @Test
  void refusesArticlesAfterTheTeasersWereDrained() {
    Deduplicator d = new Deduplicator();
    d.remainingTeasers();
    assertThrows(IllegalStateException.class, () -> d.offer(of("a", ArticleKind.ARTICLE, "x")));
  }

  @Test
  void keysGiveTheDecisionsOfTheRecords() {
    // A distributed run offers keys made elsewhere; they must keep what the records keep.
    List<Article> records = List.of(
        of("t1", ArticleKind.TEASER, "Modern rural dwellings are springing up one after another in Kangwon"),
        of("t2", ArticleKind.TEASER, "A solar power plant was newly built"),
        of("a1", ArticleKind.ARTICLE, "Modern rural dwellings are springing up one after another in Kangwon Province."),
        of("a2", ArticleKind.ARTICLE, "MODERN rural dwellings are springing up one after another in  Kangwon Province."),
        of("t3", ArticleKind.TEASER, "a solar power plant was newly built"),
        of("a3", ArticleKind.ARTICLE, "x".repeat(2000)),
        of("a4", ArticleKind.ARTICLE, "x".repeat(2000) + "y"));
    Deduplicator byRecord = new Deduplicator();
    Deduplicator byKey = new Deduplicator();
    List<Deduplicator.Key> keys = records.stream().map(Deduplicator.Key::of).toList();
    for (int i = 0; i < records.size(); i++) {
      assertEquals(byRecord.offer(records.get(i)), byKey.offer(keys.get(i)), records.get(i).id());
    }
    assertEquals(List.of("t2"), byRecord.remainingTeasers().stream().map(Article::id).toList());
    List<Deduplicator.Key> kept = byKey.remainingTeaserKeys();
    assertEquals(1, kept.size());
    assertTrue(kept.get(0) == keys.get(1), "the instance offered for t2");
    assertEquals(2, byKey.exactDuplicates());
    assertEquals(1, byKey.containedTeasers());
    assertEquals(Deduplicator.OPENING_CHARS, keys.get(5).opening().length());
  }
}
