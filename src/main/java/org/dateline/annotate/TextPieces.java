package org.dateline.annotate;

import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.Annotator;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Splits a very long text into bounded pieces for annotation, so that one huge record (a whole
 * scraped site saved as one document) neither exhausts the heap nor holds a worker for minutes.
 *
 * <p>Pieces end at a line break where there is one within the bound: the annotator treats
 * every line break as a sentence break, so annotating the pieces one by one gives the same
 * sentences as annotating the whole text. A single line longer than the bound is cut at the
 * last space before the bound (or, without one, at the bound), which can split a sentence
 * there. The split depends only on the text, so runs stay deterministic.
 */
final class TextPieces {

  /** Longest piece, in chars; CoreNLP annotates a text of this size in well under a second. */
  static final int MAX_CHARS = 20_000;

  private TextPieces() {}

  /** {@code text} itself when it is short enough, else its pieces in order, none blank. */
  static List<String> split(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
    }
    if (text.length() <= maxChars) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + maxChars);
      if (end < text.length()) {
        int cut = text.lastIndexOf('\n', end - 1);
        if (cut <= start) {
          cut = text.lastIndexOf(' ', end - 1);
        }
        if (cut > start) {
          end = cut + 1;
        }
      }
      String piece = text.substring(start, end);
      if (!piece.isBlank()) {
        pieces.add(piece);
      }
      start = end;
    }
    return pieces;
  }

  /**
   * Annotates {@code article} piece by piece and joins the results as if the whole text had been
   * annotated at once: sentence indexes of mentions continue from piece to piece, and token
   * offsets are offsets into the whole text.
   *
   * @param pieces {@link #split} of the article's text
   */
  static AnnotatedArticle annotate(Annotator annotator, Article article, List<String> pieces) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    int from = 0;
    for (String piece : pieces) {
      // Pieces follow one another in the text, skipping only blank stretches.
      int at = article.text().indexOf(piece, from);
      from = at + piece.length();
      AnnotatedArticle part = annotator.annotate(article.withText(piece));
      int offset = sentences.size();
      for (Sentence s : part.sentences()) {
        sentences.add(at == 0 ? s : shifted(s, at));
      }
      for (EntityMention m : part.mentions()) {
        mentions.add(new EntityMention(m.text(), m.type(), m.sentenceIndex() + offset, m.begin(), m.end()));
      }
    }
    return new AnnotatedArticle(article, sentences, mentions);
  }

  private static Sentence shifted(Sentence sentence, int delta) {
    List<Token> tokens = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      tokens.add(t.shifted(delta));
    }
    return sentence.withTokens(tokens);
  }
}
