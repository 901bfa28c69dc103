package org.dateline.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;

/** Every engine's score of one evaluated text, which the annotator kept as one sentence. */
record ItemScores(Map<SentimentEngineId, SentenceScore> byEngine) {

  ItemScores {
    byEngine = Map.copyOf(byEngine);
  }

  static ItemScores of(Sentence sentence) {
    Map<SentimentEngineId, SentenceScore> out = new EnumMap<>(SentimentEngineId.class);
    for (SentenceScore s : sentence.scores()) {
      out.put(s.engine(), s);
    }
    return new ItemScores(out);
  }

  Optional<SentenceScore> of(SentimentEngineId engine) {
    return Optional.ofNullable(byEngine.get(engine));
  }
}
