package org.dateline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

  @Test
  void shortTextsStayWhole() {
    assertEquals(List.of("One line.\nTwo."), TextPieces.split("One line.\nTwo.", 20));
  }

  @Test
  void piecesEndAtLineBreaksAndJoinBackToTheText() {
    String text = "aaaa bbbb.\ncccc.\ndddd eeee ffff.\ngg.";
    List<String> pieces = TextPieces.split(text, 12);
    assertEquals(List.of("aaaa bbbb.\n", "cccc.\n", "dddd eeee ", "ffff.\ngg."), pieces);
    assertEquals(text, String.join("", pieces));
  }

  @Test
  void aLineWithoutSpacesIsCutAtTheBound() {
    assertEquals(List.of("abcde", "fghij", "k"), TextPieces.split("abcdefghijk", 5));
  }

  /** One sentence per line, one token per space-separated word; capitalised words are mentions. */
  private static final Annotator LINES = FakeAnnotator.of(AnnotatorSettings.defaults(), article -> {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      int at = lineStart;
      for (String word : line.split(" ")) {
        if (!word.isEmpty()) {
          tokens.add(new Token(word, word, "NN", "O", at, at + word.length()));
          if (Character.isUpperCase(word.charAt(0))) {
            mentions.add(new EntityMention(word, EntityType.PERSON, sentences.size()));
          }
        }
        at += word.length() + 1;
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(tokens, null));
      }
      lineStart += line.length() + 1;
    }
    return new AnnotatedArticle(article, sentences, mentions);
  });

  @Test
  void piecesAnnotatedApartGiveOffsetsAndSentencesOfTheWholeText() {
    String text = "aaaa Kim.\n\n\ncccc dd.\nee Ri ff.";
    Article article = Article.builder().id("a").text(text).origin(Origin.line("in.txt", 1)).build();
    List<String> pieces = TextPieces.split(text, 10);
    assertEquals(List.of("aaaa Kim.\n", "cccc dd.\n", "ee Ri ff."), pieces);

    AnnotatedArticle joined = TextPieces.annotate(LINES, article, pieces);
    AnnotatedArticle whole = LINES.annotate(article);
    assertEquals(whole.sentences(), joined.sentences());
    assertEquals(whole.mentions(), joined.mentions());
    Token ri = joined.sentences().get(2).tokens().get(1);
    assertEquals("Ri", text.substring(ri.begin(), ri.end()));
    assertEquals(new EntityMention("Ri", EntityType.PERSON, 2), joined.mentions().get(1));
  }
}
