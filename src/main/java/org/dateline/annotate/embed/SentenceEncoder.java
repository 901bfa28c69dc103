package org.dateline.annotate.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.dateline.io.LibraryVersions;

/**
 * Sentence vectors from a pretrained encoder, all-MiniLM-L6-v2 (Apache-2.0; trained on a
 * billion sentence pairs to place sentences of like meaning near each other), quantised to
 * 8 bits and run in this process by ONNX Runtime. They let the {@code news} engine read what a
 * sentence says beyond the words its 2,000 rated training sentences happen to contain.
 *
 * <p>Each value is rounded to {@value #DECIMALS} decimals, so that the last bits of the
 * runtime's arithmetic never reach a feature. The runtime works on one thread per call:
 * dateline's own threads run calls side by side, and a call's result does not depend on how
 * many run. Thread-safe. The only class that sees the encoder's libraries.
 */
public final class SentenceEncoder implements SentenceVectors {

  /** The encoder and its packaging, for fingerprints and reports. */
  public static final String MODEL = "all-MiniLM-L6-v2 quantised (langchain4j-embeddings "
      + LibraryVersions.LANGCHAIN4J_EMBEDDINGS + ", onnxruntime " + LibraryVersions.ONNXRUNTIME + ")";

  static final int DECIMALS = 4;
  private static final double SCALE = 1e4;
  private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private static final SentenceEncoder SHARED = new SentenceEncoder();

  private SentenceEncoder() {}

  /** The encoder; its model is loaded on first use, so runs without the {@code news} engine never load it. */
  public static SentenceEncoder shared() {
    return SHARED;
  }

  /** Loaded on first use: runs without the {@code news} engine never load it. */
  private static final class Holder {
    static final Encoder INSTANCE = new Encoder();
  }

  /** Unit length before rounding. */
  @Override
  public double[] vector(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      return new double[DIMENSIONS];
    }
    float[] v = Holder.INSTANCE.embed(text).content().vector();
    if (v.length != DIMENSIONS) {
      throw new IllegalStateException("the sentence encoder gave " + v.length + " values, not " + DIMENSIONS);
    }
    double[] out = new double[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      out[i] = Math.rint(v[i] * SCALE) / SCALE;
    }
    return out;
  }

  @Override
  public String model() {
    return MODEL;
  }

  /** Loads the encoder on a background thread, for a run that will need it. */
  public static void preload() {
    Thread t = new Thread(() -> SHARED.vector("Pyongyang."), "dateline-load-encoder");
    t.setDaemon(true);
    t.start();
  }

  private static final class Encoder extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder model;

    Encoder() {
      // Calls run on the caller's thread.
      super(Runnable::run);
      try (InputStream weights = resource(WEIGHTS); InputStream tokenizer = resource(TOKENIZER)) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtSession session = environment.createSession(weights.readAllBytes(), options);
        this.model = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sentence encoder: " + e.getMessage(), e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot start the sentence encoder: " + e.getMessage(), e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path; rebuild with its dependency");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return model;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
