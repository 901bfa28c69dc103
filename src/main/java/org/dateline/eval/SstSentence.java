package org.dateline.eval;

import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Sentiment;

/**
 * One gold sentence of the Stanford Sentiment Treebank.
 *
 * @param index the sentence index given in the file
 * @param gold the fine-grained gold class
 * @param binary the binary gold label, or null for neutral sentences
 * @param text the tokens separated by single spaces
 * @param line the 1-based line in the file, for error messages
 */
public record SstSentence(int index, Sentiment gold, Polarity binary, String text, long line) {
  public SstSentence {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("sentence text must be one non-empty line, was '" + text + "'");
    }
  }

  public Optional<Polarity> optionalBinary() {
    return Optional.ofNullable(binary);
  }
}
