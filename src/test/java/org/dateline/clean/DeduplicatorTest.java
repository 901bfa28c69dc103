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
}
