package org.dateline.annotate.sentiment;

import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;

/**
 * A sentiment engine that scores a sentence from its text as written, with no parse or
 * tagger. The annotator calls it once per sentence, with the sentence's original text
 * (capitals and punctuation intact), after tokenising and splitting.
 *
 * <p>CoreNLP's own model is not one of these: it needs the sentence's constituency parse, so
 * the CoreNLP adapter computes its scores itself.
 *
 * <p>Implementations are immutable and thread-safe, and keep no state between sentences.
 */
public interface SentimentEngine {

  /** Which engine this is; its scores carry this id. */
  SentimentEngineId id();

  /** Scores one sentence; an empty text scores as neutral. */
  SentenceScore score(String sentenceText);
}
