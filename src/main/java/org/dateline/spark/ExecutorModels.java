package org.dateline.spark;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.cli.Models;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.pipeline.PipelineException;

/**
 * The models of one executor JVM: one annotator per settings and one language identifier,
 * built by the first task that needs them and reused by every later task, whatever its
 * partition or stage. Loading the CoreNLP models takes seconds to a minute and gigabytes, so
 * never per record or per task. Both are thread-safe, so an executor's task threads share them.
 *
 * <p>A static holder, because Spark gives tasks no other place that lives as long as the JVM;
 * in local mode the driver's JVM is the executor's, and its tests share the models with a run
 * on one machine.
 */
public final class ExecutorModels {

  /** The product's models: an executor has no way to be handed others. */
  private static final Models MODELS = Models.standard();

  private static final Map<AnnotatorSettings, Annotator> ANNOTATORS = new ConcurrentHashMap<>();

  private static final class LanguagesHolder {
    static final LanguageIdentifier IDENTIFIER = MODELS.languages();
  }

  private ExecutorModels() {}

  /**
   * The annotator for {@code settings}, built on first use.
   *
   * @throws PipelineException when the executor's heap is too small for the settings
   */
  public static Annotator annotator(AnnotatorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return ANNOTATORS.computeIfAbsent(settings, s -> {
      long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      if (maxMiB < s.requiredHeapMiB()) {
        throw new PipelineException("the '" + s.layers().label() + "' layers need about " + s.requiredHeapMiB()
            + " MiB of heap per executor, but this executor has " + maxMiB
            + " MiB: give executors more memory (--executor-memory 6g, or spark.executor.memory)"
            + " or choose fewer --layers");
      }
      return MODELS.annotator(s);
    });
  }

  /**
   * Makes {@code annotator} this JVM's annotator for its settings, unless one was built
   * already, and returns the one in use: a local-mode driver that also annotates on its own
   * (such as a test comparing the two) then loads the models once.
   */
  public static Annotator share(Annotator annotator) {
    Objects.requireNonNull(annotator, "annotator");
    return ANNOTATORS.computeIfAbsent(annotator.settings(), s -> annotator);
  }

  /** The name and version of the annotators' engine, for the manifest. */
  public static org.dateline.annotate.Engine engine() {
    return MODELS.engine();
  }

  /** The language identifier, built on first use. */
  public static LanguageIdentifier languages() {
    return LanguagesHolder.IDENTIFIER;
  }
}
