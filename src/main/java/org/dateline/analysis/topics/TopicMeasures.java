package org.dateline.analysis.topics;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Scores of a topic's top words: coherence (NPMI over document co-occurrence) and exclusivity
 * (FREX). Definitions in docs/topics.md. Uses {@link StrictMath} so every JVM gives the same bits.
 */
public final class TopicMeasures {
  /** FREX's weight on exclusivity (stm's default). */
  public static final double FREX_WEIGHT = 0.5;

  private TopicMeasures() {}

  /**
   * The mean NPMI over every pair of {@code words} (ids), with the documents holding at least one
   * token as the units: ln(p_ab / (p_a p_b)) / -ln p_ab, -1 for a pair never in one document, 1
   * for a pair in every document. NaN for fewer than two words.
   */
  public static double coherence(TopicCorpus corpus, int[] words) {
    BitSet[] in = documentSets(corpus, words);
    long n = 0;
    for (int d = 0; d < corpus.size(); d++) {
      if (corpus.document(d).length > 0) {
        n++;
      }
    }
    return coherence(in, n);
  }

  /** As above, from the documents holding each word ({@link #documentSets}) and the number of documents. */
  static double coherence(BitSet[] in, long n) {
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < in.length; i++) {
      for (int j = i + 1; j < in.length; j++) {
        BitSet both = (BitSet) in[i].clone();
        both.and(in[j]);
        sum += npmi(both.cardinality(), in[i].cardinality(), in[j].cardinality(), n);
        pairs++;
      }
    }
    return pairs == 0 ? Double.NaN : sum / pairs;
  }

  static double npmi(long both, long a, long b, long n) {
    if (both == 0) {
      return -1;
    }
    if (both == n) {
      return 1;
    }
    double pab = (double) both / n;
    double pa = (double) a / n;
    double pb = (double) b / n;
    return StrictMath.log(pab / (pa * pb)) / -StrictMath.log(pab);
  }

  /** For each word id, the documents holding it. */
  static BitSet[] documentSets(TopicCorpus corpus, int[] words) {
    BitSet[] out = new BitSet[words.length];
    int[] slot = new int[corpus.vocabulary().size()];
    Arrays.fill(slot, -1);
    for (int i = 0; i < words.length; i++) {
      out[i] = new BitSet(corpus.size());
    }
    for (int i = words.length - 1; i >= 0; i--) {
      slot[words[i]] = i;
    }
    for (int d = 0; d < corpus.size(); d++) {
      for (int w : corpus.document(d)) {
        if (slot[w] >= 0) {
          for (int i = slot[w]; i < words.length; i++) {
            if (words[i] == w) {
              out[i].set(d);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * FREX (Bischof and Airoldi 2012, as stm's {@code calcfrex} computes it) of every word in every
   * topic: the weighted harmonic mean of the word's rank (empirical CDF over the vocabulary) by
   * exclusivity (its probability in the topic over the sum of its probabilities in all topics)
   * and by frequency (its probability in the topic), weight {@link #FREX_WEIGHT}.
   *
   * @param phi topic-word probabilities, {@code [topic][word]}
   * @return {@code [topic][word]} in (0, 1]
   */
  public static double[][] frex(double[][] phi) {
    int k = phi.length;
    int v = k == 0 ? 0 : phi[0].length;
    double[] wordSum = new double[v];
    for (double[] row : phi) {
      for (int w = 0; w < v; w++) {
        wordSum[w] += row[w];
      }
    }
    double[][] out = new double[k][v];
    for (int t = 0; t < k; t++) {
      double[] excl = new double[v];
      for (int w = 0; w < v; w++) {
        excl[w] = phi[t][w] / wordSum[w];
      }
      double[] exclSorted = excl.clone();
      Arrays.sort(exclSorted);
      double[] freqSorted = phi[t].clone();
      Arrays.sort(freqSorted);
      for (int w = 0; w < v; w++) {
        double e = ecdf(exclSorted, excl[w]);
        double f = ecdf(freqSorted, phi[t][w]);
        out[t][w] = 1.0 / (FREX_WEIGHT / e + (1 - FREX_WEIGHT) / f);
      }
    }
    return out;
  }

  /** The share of {@code sorted} at most {@code x}. */
  private static double ecdf(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sorted.length;
  }

  /** The share of distinct words among all the lists' words (topic diversity, Dieng et al. 2020). */
  public static double diversity(List<List<String>> topWords) {
    long all = 0;
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (List<String> words : topWords) {
      all += words.size();
      distinct.addAll(words);
    }
    return all == 0 ? Double.NaN : (double) distinct.size() / all;
  }
}
