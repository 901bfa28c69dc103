package org.dateline.train;

import java.util.List;
import java.util.Objects;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsGrams;
import org.dateline.model.Gold;

/**
 * One training item of the {@code news} engine: the {@link NewsFeatures} of a rated sentence or
 * of a labelled target, with its gold value.
 *
 * @param id the item's id in its gold file
 * @param text the sentence, which decides the item's side of the split
 * @param features the values in {@link NewsFeatures#NAMES} order
 * @param grams the sentence's word n-grams with the target masked ({@link NewsGrams#grams})
 * @param gold a mean rating or a tone label
 */
public record NewsExample(String id, String text, double[] features, List<String> grams, Gold gold) {

  public NewsExample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(gold, "gold");
    if (features.length != NewsFeatures.NAMES.size()) {
      throw new IllegalArgumentException("expected " + NewsFeatures.NAMES.size() + " feature values, got "
          + features.length);
    }
    features = features.clone();
    grams = List.copyOf(Objects.requireNonNull(grams, "grams"));
  }

  @Override
  public double[] features() {
    return features.clone();
  }

  /** The value of feature {@code i}, without copying the array. */
  public double feature(int i) {
    return features[i];
  }
}
