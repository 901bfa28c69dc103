package org.dateline.eval;

import java.util.Objects;

/**
 * One rated text of the NYT ratings format.
 *
 * @param id the item's id, such as {@code 12_3} (editorial 12, sentence 3)
 * @param gold people's mean rating, -4 (most negative) .. +4 (most positive)
 * @param text the text as rated
 * @param line the 1-based line in the gold file
 */
public record RatingItem(String id, double gold, String text, long line) {
  public RatingItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
