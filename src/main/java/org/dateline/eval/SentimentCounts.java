package org.dateline.eval;

import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Sentiment;

/**
 * Sentence counts of a sentiment evaluation. Mergeable by {@link #plus}.
 *
 * <p>Rates are percentages, 0 to 100, and 0 when nothing was counted.
 *
 * @param sentences all scored sentences
 * @param correct5 sentences whose predicted class equals the fine gold class
 * @param binarySentences sentences with a binary gold label (gold not neutral)
 * @param binaryCorrect those whose predicted polarity equals the gold one; a neutral
 *     prediction counts as wrong
 * @param nonNeutralSentences binary sentences not predicted neutral
 * @param nonNeutralCorrect those whose predicted polarity equals the gold one
 * @param unpredicted sentences the annotator gave no sentiment (over its parse-length cap);
 *     they count as wrong everywhere and as predicted neutral for the non-neutral figures
 */
public record SentimentCounts(
    long sentences,
    long correct5,
    long binarySentences,
    long binaryCorrect,
    long nonNeutralSentences,
    long nonNeutralCorrect,
    long unpredicted) {

  public static final SentimentCounts EMPTY = new SentimentCounts(0, 0, 0, 0, 0, 0, 0);

  public SentimentCounts {
    if (correct5 > sentences || binaryCorrect > binarySentences || nonNeutralCorrect > nonNeutralSentences
        || nonNeutralSentences > binarySentences || binarySentences > sentences || unpredicted > sentences
        || Math.min(Math.min(correct5, binaryCorrect), Math.min(nonNeutralCorrect, unpredicted)) < 0) {
      throw new IllegalArgumentException("inconsistent sentiment counts: " + sentences + ", " + correct5 + ", "
          + binarySentences + ", " + binaryCorrect + ", " + nonNeutralSentences + ", " + nonNeutralCorrect + ", "
          + unpredicted);
    }
  }

  /**
   * Scores one sentence.
   *
   * @param gold the fine gold class
   * @param predicted the predicted class, or null when the annotator gave none
   */
  public static SentimentCounts score(Sentiment gold, Sentiment predicted) {
    Objects.requireNonNull(gold, "gold");
    Optional<Polarity> goldPolarity = Polarity.of(gold);
    Optional<Polarity> predictedPolarity = Polarity.of(predicted);
    boolean binary = goldPolarity.isPresent();
    boolean binaryCorrect = binary && goldPolarity.equals(predictedPolarity);
    boolean nonNeutral = binary && predictedPolarity.isPresent();
    return new SentimentCounts(
        1,
        gold == predicted ? 1 : 0,
        binary ? 1 : 0,
        binaryCorrect ? 1 : 0,
        nonNeutral ? 1 : 0,
        nonNeutral && binaryCorrect ? 1 : 0,
        predicted == null ? 1 : 0);
  }

  public SentimentCounts plus(SentimentCounts o) {
    Objects.requireNonNull(o, "o");
    return new SentimentCounts(
        sentences + o.sentences,
        correct5 + o.correct5,
        binarySentences + o.binarySentences,
        binaryCorrect + o.binaryCorrect,
        nonNeutralSentences + o.nonNeutralSentences,
        nonNeutralCorrect + o.nonNeutralCorrect,
        unpredicted + o.unpredicted);
  }

  /** Five-class accuracy over all sentences. */
  public double accuracy5() {
    return rate(correct5, sentences);
  }

  /** Positive/negative accuracy over sentences with a binary gold label; neutral predictions are wrong. */
  public double accuracyBinary() {
    return rate(binaryCorrect, binarySentences);
  }

  /** Positive/negative accuracy over binary sentences that were not predicted neutral. */
  public double accuracyBinaryNonNeutral() {
    return rate(nonNeutralCorrect, nonNeutralSentences);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
