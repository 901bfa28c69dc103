package org.dateline.annotate.embed;

/**
 * Turns a sentence's text into a vector of {@value #DIMENSIONS} values, the {@code news}
 * engine's view of what the sentence says beyond its words. The engine is given one: the real
 * encoder ({@link SentenceEncoder}) in runs and in the tests of the model's figures, a fake
 * elsewhere, so that those tests need no ONNX Runtime. Implementations are thread-safe and
 * deterministic: the same text gives the same vector, to the bit.
 */
public interface SentenceVectors {

  /** The length of a vector; the trained model has one weight per value. */
  int DIMENSIONS = 384;

  /**
   * The vector of {@code text}, {@value #DIMENSIONS} values; all zeros for a blank text (a
   * sentence of no words), which says nothing.
   */
  double[] vector(String text);

  /**
   * Names the encoder and its packaging: it is part of the key under which scores are kept, so
   * scores made with another encoder are never read back.
   */
  String model();
}
