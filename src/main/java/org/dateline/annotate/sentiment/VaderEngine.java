package org.dateline.annotate.sentiment;

import java.util.Objects;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/** VADER as a sentence engine: the compound score, and a tone from the ±0.05 thresholds. */
public final class VaderEngine implements SentimentEngine {

  /** VADER's authors' neutral band: compound scores strictly between -0.05 and +0.05. */
  public static final double NEUTRAL_BAND = 0.05;

  private final VaderAnalyzer analyzer;

  public VaderEngine(VaderAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** The engine over the bundled lexicon. */
  public static VaderEngine bundled() {
    return new VaderEngine(VaderAnalyzer.bundled());
  }

  @Override
  public SentimentEngineId id() {
    return SentimentEngineId.VADER;
  }

  @Override
  public SentenceScore score(String sentenceText) {
    double compound = analyzer.score(sentenceText).compound();
    return new SentenceScore(SentimentEngineId.VADER, compound, Tone.of(compound, NEUTRAL_BAND));
  }
}
