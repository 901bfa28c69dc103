package org.dateline.analysis.topics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.dateline.aggregate.TopicSettings;
import org.dateline.model.Period;

/**
 * A fitted topic model of a run's documents and the tables made from it. Topics are numbered
 * from 1 by the tokens assigned to them, most first (ties by the sampler's order).
 *
 * <p>A document's proportions are the posterior mean given its assignments at the last
 * iteration: {@code (n_dt + alpha_t) / (n_d + sum alpha)}; a topic's word probabilities are
 * {@code (n_tw + beta) / (n_t + V beta)}.
 */
public final class TopicModel {
  /** The least proportion {@code document_topics.csv} lists. */
  public static final double MIN_DOCUMENT_SHARE = 0.05;

  private final TopicCorpus corpus;
  private final TopicSettings settings;
  private final List<TopicRow> topics;
  private final double[][] theta;
  private final long samplingNanos;
  private final long sampledTokens;
  private final double alphaSum;
  private final double beta;

  private TopicModel(TopicCorpus corpus, TopicSettings settings, List<TopicRow> topics, double[][] theta,
      SparseLdaSampler sampler) {
    this.corpus = corpus;
    this.settings = settings;
    this.topics = List.copyOf(topics);
    this.theta = theta;
    this.samplingNanos = sampler.samplingNanos();
    this.sampledTokens = sampler.sampledTokens();
    this.alphaSum = sampler.alphaSum();
    this.beta = sampler.beta();
  }

  /** Fits the model on one thread. */
  public static TopicModel fit(TopicCorpus corpus, TopicSettings settings) {
    return fit(corpus, settings, 1, false);
  }

  /** Fits the model on up to {@code threads} threads; the model is the same whatever their number. */
  public static TopicModel fit(TopicCorpus corpus, TopicSettings settings, int threads) {
    return fit(corpus, settings, threads, false);
  }

  /** As {@link #fit(TopicCorpus, TopicSettings, int, boolean)} on one thread. */
  public static TopicModel fit(TopicCorpus corpus, TopicSettings settings, boolean checkCounts) {
    return fit(corpus, settings, 1, checkCounts);
  }

  /**
   * Fits the model on up to {@code threads} threads (the same model whatever their number); with
   * {@code checkCounts} the sampler recounts its tables after every iteration (slow; for tests).
   */
  public static TopicModel fit(TopicCorpus corpus, TopicSettings settings, int threads, boolean checkCounts) {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(settings, "settings");
    int k = settings.topics();
    SparseLdaSampler sampler = new SparseLdaSampler(corpus, k, settings.seed(), threads, checkCounts);
    sampler.sample(settings.iterations());

    int v = corpus.vocabulary().size();
    int[][] counts = sampler.topicWordCounts();
    int[] perTopic = sampler.tokensPerTopic();
    double beta = sampler.beta();
    double[] alpha = sampler.alpha();
    double alphaSum = sampler.alphaSum();

    double[][] docTheta = new double[corpus.size()][k];
    for (int d = 0; d < corpus.size(); d++) {
      int[] local = sampler.documentTopicCounts(d);
      int length = corpus.document(d).length;
      for (int t = 0; t < k; t++) {
        docTheta[d][t] = (local[t] + alpha[t]) / (length + alphaSum);
      }
    }

    double[][] phi = new double[k][v];
    for (int t = 0; t < k; t++) {
      for (int w = 0; w < v; w++) {
        phi[t][w] = (counts[t][w] + beta) / (perTopic[t] + v * beta);
      }
    }
    double[][] frex = v == 0 ? new double[k][0] : TopicMeasures.frex(phi);
    long nonEmpty = 0;
    for (int d = 0; d < corpus.size(); d++) {
      if (corpus.document(d).length > 0) {
        nonEmpty++;
      }
    }

    Integer[] order = new Integer[k];
    for (int t = 0; t < k; t++) {
      order[t] = t;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer t) -> -perTopic[t]).thenComparingInt(t -> t));

    List<TopicRow> rows = new ArrayList<>();
    double[][] theta = new double[corpus.size()][k];
    for (int rank = 0; rank < k; rank++) {
      int t = order[rank];
      int[] top = topWords(counts[t], settings.words());
      List<String> words = new ArrayList<>();
      double exclusivity = 0;
      for (int w : top) {
        words.add(corpus.vocabulary().get(w));
        exclusivity += frex[t][w];
      }
      exclusivity = top.length == 0 ? 0 : exclusivity / top.length;
      BitSet[] sets = TopicMeasures.documentSets(corpus, top);
      double coherence = top.length < 2 ? 0 : TopicMeasures.coherence(sets, nonEmpty);
      double share = 0;
      for (int d = 0; d < corpus.size(); d++) {
        theta[d][rank] = docTheta[d][t];
        share += docTheta[d][t];
      }
      share = corpus.size() == 0 ? 0 : share / corpus.size();
      rows.add(new TopicRow(rank + 1, words, perTopic[t], share, coherence, exclusivity));
    }
    return new TopicModel(corpus, settings, rows, theta, sampler);
  }

  /** The ids of the {@code n} words with the highest counts (ties by id, so alphabetically), counts above 0. */
  static int[] topWords(int[] counts, int n) {
    List<Integer> ids = new ArrayList<>();
    for (int w = 0; w < counts.length; w++) {
      if (counts[w] > 0) {
        ids.add(w);
      }
    }
    ids.sort(Comparator.comparingInt((Integer w) -> -counts[w]).thenComparingInt(w -> w));
    return ids.subList(0, Math.min(n, ids.size())).stream().mapToInt(Integer::intValue).toArray();
  }

  public List<TopicRow> topics() {
    return topics;
  }

  /** The proportion of topic {@code topic} (numbered from 1) in document {@code d}. */
  public double share(int d, int topic) {
    return theta[d][topic - 1];
  }

  /** Each period's mean proportion of each topic with its interval: every period with documents, every topic. */
  public List<TopicPeriodRow> byPeriod(Period period) {
    TreeMap<LocalDate, List<Integer>> docs = new TreeMap<>();
    for (int d = 0; d < corpus.size(); d++) {
      docs.computeIfAbsent(period.start(corpus.date(d)), p -> new ArrayList<>()).add(d);
    }
    List<TopicPeriodRow> out = new ArrayList<>();
    for (var e : docs.entrySet()) {
      List<Integer> ds = e.getValue();
      int n = ds.size();
      for (int topic = 1; topic <= topics.size(); topic++) {
        double sum = 0;
        for (int d : ds) {
          sum += theta[d][topic - 1];
        }
        double mean = sum / n;
        double low = 0;
        double high = 1;
        if (n > 1) {
          double squares = 0;
          for (int d : ds) {
            double diff = theta[d][topic - 1] - mean;
            squares += diff * diff;
          }
          double se = StrictMath.sqrt(squares / (n - 1) / n);
          double half = StudentT.quantile975(n - 1) * se;
          low = Math.max(0, mean - half);
          high = Math.min(1, mean + half);
        }
        out.add(new TopicPeriodRow(e.getKey(), topic, n, mean, low, high));
      }
    }
    return out;
  }

  /** Every document's proportions of at least {@link #MIN_DOCUMENT_SHARE}, in document then topic order. */
  public List<DocumentTopicRow> documentTopics() {
    List<DocumentTopicRow> out = new ArrayList<>();
    for (int d = 0; d < corpus.size(); d++) {
      for (int topic = 1; topic <= topics.size(); topic++) {
        double s = theta[d][topic - 1];
        if (s >= MIN_DOCUMENT_SHARE) {
          out.add(new DocumentTopicRow(corpus.docId(d), corpus.date(d), topic, s));
        }
      }
    }
    return out;
  }

  public TopicCorpus corpus() {
    return corpus;
  }

  public TopicSettings settings() {
    return settings;
  }

  /** Time spent sampling. */
  public long samplingNanos() {
    return samplingNanos;
  }

  /** Tokens sampled: tokens modelled times iterations. */
  public long sampledTokens() {
    return sampledTokens;
  }

  /** The optimised document-topic prior's sum. */
  public double alphaSum() {
    return alphaSum;
  }

  /** The optimised topic-word prior. */
  public double beta() {
    return beta;
  }
}
