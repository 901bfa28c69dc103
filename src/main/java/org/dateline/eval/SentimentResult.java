package org.dateline.eval;

import java.util.Objects;
import org.dateline.annotate.Profile;

/**
 * The outcome of a sentiment evaluation.
 *
 * @param profile the annotator profile evaluated
 * @param counts the sentence counts, which also give the accuracies
 */
public record SentimentResult(Profile profile, SentimentCounts counts) {
  public SentimentResult {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(counts, "counts");
  }
}
