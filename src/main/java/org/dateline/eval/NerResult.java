package org.dateline.eval;

import java.util.Objects;
import org.dateline.annotate.Profile;

/**
 * The outcome of a NER evaluation.
 *
 * @param profile the annotator profile evaluated
 * @param documents how many documents were annotated
 * @param sentences how many sentences were scored
 * @param tokens how many tokens were scored
 * @param counts entity match counts per class; {@code counts.overall()} gives the micro average
 */
public record NerResult(Profile profile, int documents, int sentences, long tokens, NerCounts counts) {
  public NerResult {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(counts, "counts");
  }

  /** Micro-averaged over the four classes. */
  public MatchCounts overall() {
    return counts.overall();
  }

  public MatchCounts of(EntityClass type) {
    return counts.of(type);
  }
}
