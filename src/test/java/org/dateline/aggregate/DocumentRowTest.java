package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.junit.jupiter.api.Test;

class DocumentRowTest {
  @Test
  void rowOfAFullArticle() {
    var a = TestArticles.builder(LocalDate.of(2024, 3, 14))
        .article(b -> b.id("kcna-1").date(LocalDate.of(2024, 3, 14), DateSource.TEXT).source("KCNA")
            .kind(ArticleKind.TEASER).title("Talks, \"open\"").author("Staff").language("en")
            .origin(Origin.record("kcna.json", 3)))
        .sentiments(4, 3, 2)
        .sentence("Kim Jong Un spoke .")
        .mention("Kim Jong Un", EntityType.PERSON)
        .build();
    assertEquals(new DocumentRow("kcna-1", LocalDate.of(2024, 3, 14), DateSource.TEXT, "KCNA", ArticleKind.TEASER,
        "Talks, \"open\"", "Staff", "en", 8, 4, 1, new Ratio(3, 3), "kcna.json#3"), DocumentRow.of(a));
  }

  @Test
  void rowOfAnUndatedArticleWithoutSentiment() {
    var a = TestArticles.annotated(null, "a b c");
    assertEquals(new DocumentRow("doc", null, DateSource.NONE, "", ArticleKind.ARTICLE, "", "", "", 3, 1, 0, null,
        "in.txt:1"),
        DocumentRow.of(a));
  }
}
