package org.dateline.analysis.topics;

import java.util.List;
import java.util.Objects;

/**
 * One topic of a fitted model.
 *
 * @param topic its number, 1 for the topic with the most tokens
 * @param words its top words by probability, most probable first
 * @param tokens tokens assigned to it at the last iteration
 * @param share the mean of the documents' proportions of it
 * @param coherence mean NPMI of its top words' pairs over the documents (see docs/topics.md)
 * @param exclusivity mean FREX of its top words (see docs/topics.md)
 */
public record TopicRow(int topic, List<String> words, long tokens, double share, double coherence,
    double exclusivity) {
  public TopicRow {
    words = List.copyOf(Objects.requireNonNull(words, "words"));
  }

  /** The first three words, space-separated. */
  public String label() {
    return String.join(" ", words.subList(0, Math.min(3, words.size())));
  }

  /** All top words, space-separated. */
  public String wordList() {
    return String.join(" ", words);
  }
}
