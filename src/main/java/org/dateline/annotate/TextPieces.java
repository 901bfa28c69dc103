package org.dateline.annotate;

import java.util.ArrayList;
import java.util.List;

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
}
