package org.dateline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class SplittingAnnotatorTest {

  /** One sentence per line; every line's first word is a PERSON mention. */
  static FakeAnnotator lineAnnotator() {
    return FakeAnnotator.of(AnnotatorSettings.defaults(), article -> {
      List<Sentence> sentences = new ArrayList<>();
      List<EntityMention> mentions = new ArrayList<>();
      for (String line : article.text().split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String first = line.strip().split(" ")[0];
        mentions.add(new EntityMention(first, EntityType.PERSON, sentences.size()));
        sentences.add(new Sentence(List.of(new Token(first, first, "NNP", "PERSON")), null));
      }
      return new AnnotatedArticle(article, sentences, mentions);
    });
  }

  static Article article(String text) {
    return Article.builder().id("a").text(text).origin(Origin.line("f.txt", 1)).build();
  }

  @Test
  void shortTextsPassUnchanged() {
    FakeAnnotator lines = lineAnnotator();
    SplittingAnnotator splitting = new SplittingAnnotator(lines, 40);
    splitting.annotate(article("Kim left.\nPak stayed."));
    assertEquals(List.of("Kim left.\nPak stayed."), lines.texts());
    assertEquals(0, splitting.textsSplit());
  }

  @Test
  void piecesAreJoinedWithMentionsPointingAtTheirSentences() {
    FakeAnnotator lines = lineAnnotator();
    SplittingAnnotator splitting = new SplittingAnnotator(lines, 24);
    AnnotatedArticle a = splitting.annotate(article("Kim left the hall.\nPak stayed home.\nRi went out again.\n"));
    assertEquals(3, lines.texts().size(), lines.texts().toString());
    assertEquals(3, a.sentences().size());
    assertEquals(List.of(new EntityMention("Kim", EntityType.PERSON, 0), new EntityMention("Pak", EntityType.PERSON, 1),
        new EntityMention("Ri", EntityType.PERSON, 2)), a.mentions());
    assertEquals("Kim left the hall.\nPak stayed home.\nRi went out again.\n", a.article().text());
    assertEquals(1, splitting.textsSplit());
  }
}
