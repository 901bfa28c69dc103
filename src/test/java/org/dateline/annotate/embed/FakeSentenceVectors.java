package org.dateline.annotate.embed;

import java.util.SplittableRandom;

/**
 * Sentence vectors for tests that are not about the real encoder's numbers: deterministic (a
 * text's vector is drawn from a generator seeded by the text), of the real vectors' size and
 * scale, rounded as theirs are, and without ONNX Runtime.
 */
public final class FakeSentenceVectors implements SentenceVectors {

  public static final FakeSentenceVectors INSTANCE = new FakeSentenceVectors();

  private FakeSentenceVectors() {}

  @Override
  public double[] vector(String text) {
    double[] v = new double[DIMENSIONS];
    if (text.isBlank()) {
      return v;
    }
    SplittableRandom random = new SplittableRandom(text.hashCode());
    for (int i = 0; i < DIMENSIONS; i++) {
      // a unit vector's values are about 1 / sqrt(384), some 0.05, in size
      v[i] = Math.rint((random.nextDouble() - 0.5) * 0.1 * 1e4) / 1e4;
    }
    return v;
  }

  @Override
  public String model() {
    return "fake sentence vectors";
  }
}
