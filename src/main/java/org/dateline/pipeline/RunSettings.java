package org.dateline.pipeline;

import java.util.Objects;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;

/**
 * Everything a run was asked to do, as its reports record it.
 *
 * @param pipeline the settings of the pipeline around the annotator
 * @param annotator the annotator's settings
 * @param engine the NLP library behind the annotator, with its version
 * @param execution where the run ran: this machine, or Spark
 */
public record RunSettings(PipelineConfig pipeline, AnnotatorSettings annotator, Engine engine, Execution execution) {
  public RunSettings {
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(execution, "execution");
  }

  /** A run on this machine. */
  public RunSettings(PipelineConfig pipeline, AnnotatorSettings annotator, Engine engine) {
    this(pipeline, annotator, engine, Execution.LOCAL);
  }
}
