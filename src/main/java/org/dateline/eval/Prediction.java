package org.dateline.eval;

import java.util.Objects;
import org.dateline.model.Gold;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/**
 * One scored gold item: a row of {@code predictions.csv}, for studying an engine's errors.
 *
 * @param task the task
 * @param engine the engine
 * @param item the item's id in the gold file
 * @param gold the gold value: a mean rating or a tone label
 * @param score the engine's score on its own scale
 * @param label the engine's tone
 */
public record Prediction(EvalTask task, SentimentEngineId engine, String item, Gold gold, double score, Tone label) {

  public Prediction {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(label, "label");
  }
}
