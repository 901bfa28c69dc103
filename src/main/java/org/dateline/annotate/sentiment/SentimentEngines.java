package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dateline.model.SentimentEngineId;

/** Builds the text engines a run asks for. */
public final class SentimentEngines {

  private SentimentEngines() {}

  /**
   * The engines among {@code chosen} that work on sentence text alone, in engine order;
   * CoreNLP's model is left out because the CoreNLP adapter runs it on the parse, and
   * {@code news} because {@link NewsScoringAnnotator} adds it from the other engines' scores.
   * VADER runs for {@code news} too, whose features include VADER's scores.
   */
  public static List<SentimentEngine> textEngines(Collection<SentimentEngineId> chosen) {
    List<SentimentEngine> engines = new ArrayList<>();
    for (SentimentEngineId id : SentimentEngineId.values()) {
      boolean needed = chosen.contains(id) || id == SentimentEngineId.VADER && chosen.contains(SentimentEngineId.NEWS);
      if (!needed) {
        continue;
      }
      switch (id) {
        case VADER -> engines.add(VaderEngine.bundled());
        case CORENLP, NEWS -> { }
      }
    }
    return List.copyOf(engines);
  }
}
