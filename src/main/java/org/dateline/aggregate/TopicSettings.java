package org.dateline.aggregate;

/**
 * What the topic model of a run is asked for: the number of topics, the Gibbs sampling
 * iterations, the seed of its random stream and the words listed per topic. Immutable.
 *
 * @param topics K, at least 2
 * @param iterations sweeps over every token, at least 1
 * @param seed the seed of the sampler's random stream; the same seed gives the same tables
 * @param words the top words listed (and scored) per topic, at least 2
 */
public record TopicSettings(int topics, int iterations, long seed, int words) implements java.io.Serializable {
  public static final int DEFAULT_ITERATIONS = 1000;
  /** Fixed so that a run is repeatable without a seed given; written in the manifest. */
  public static final long DEFAULT_SEED = 20091;
  public static final int DEFAULT_WORDS = 10;

  public TopicSettings {
    if (topics < 2) {
      throw new IllegalArgumentException("--topics must be at least 2, was " + topics);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("--topic-iterations must be at least 1, was " + iterations);
    }
    if (words < 2) {
      throw new IllegalArgumentException("--topic-words must be at least 2, was " + words);
    }
  }

  /** K topics with the default iterations, seed and words. */
  public static TopicSettings of(int topics) {
    return new TopicSettings(topics, DEFAULT_ITERATIONS, DEFAULT_SEED, DEFAULT_WORDS);
  }
}
