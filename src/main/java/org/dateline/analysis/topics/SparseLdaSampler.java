package org.dateline.analysis.topics;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Latent Dirichlet allocation by collapsed Gibbs sampling with the sparse sampler of Yao, Mimno
 * and McCallum (2009, "Efficient methods for topic model inference on streaming document
 * collections"), laid out as MALLET's {@code ParallelTopicModel} does: each word's topic counts
 * packed as {@code count << topicBits | topic} and kept sorted by count, and the sampling mass
 * split into a smoothing-only bucket, a document-topic bucket and a topic-word bucket, of which
 * only the last is computed per token (over the topics the word has).
 *
 * <p>The document-topic prior is asymmetric and optimised, with the symmetric topic-word prior,
 * every {@link #OPTIMIZE_INTERVAL} iterations after a burn-in of {@link #BURN_IN} (as MALLET's
 * {@code --optimize-interval 10}, its burn-in 200), by Minka's fixed point ({@link Dirichlet}).
 * The priors start at MALLET's defaults: the document-topic prior summing to 5, the topic-word
 * prior 0.01.
 *
 * <p>Parallel with a result that does not depend on the thread count, and without sampling
 * against stale word counts: the documents are cut into {@link #SHARDS} contiguous shards and the
 * vocabulary into as many blocks of about equal tokens, whatever the threads. Each shard has its
 * own random stream, split off the seed's in shard order. An iteration is {@link #SHARDS} rounds;
 * in round {@code r} shard {@code s} samples the tokens of its documents whose words are in block
 * {@code (s + r) mod SHARDS}, so every word's topic counts are read and written by one shard at a
 * time and are always current, as in one sequential sweep. Only the topic totals are shared by
 * all: each shard works on its own copy taken at the start of the round, and the changes are
 * added back in shard order after it (integer sums). Rounds run on up to {@code threads} threads,
 * the calling one among them ({@link Gang}). Floating point is plain IEEE arithmetic (and {@link StrictMath}), so
 * the bits are the same on every JVM.
 *
 * <p>Not thread-safe.
 */
public final class SparseLdaSampler {
  public static final int OPTIMIZE_INTERVAL = 10;
  public static final int BURN_IN = 200;
  public static final double INITIAL_ALPHA_SUM = 5.0;
  public static final double INITIAL_BETA = 0.01;
  /**
   * The shards the documents are sampled in, and the blocks of words. Fixed, so that the fit does
   * not depend on the threads; more than the cores a run usually has. Each shard sees the
   * others' changes of the topic totals one round late.
   */
  public static final int SHARDS = 8;

  private final TopicCorpus corpus;
  private final int numTopics;
  private final int numTypes;
  private final int topicMask;
  private final int topicBits;
  /**
   * Every word's packed topic counts in one array: word {@code w}'s in
   * {@code [wordStart[w], wordStart[w + 1])}, room for {@code min(K, its tokens)} entries and a
   * zero that ends them (so that scans need no bound).
   */
  private final int[] typeTopicCounts;
  private final int[] wordStart;
  /** The block of each word. */
  private final int[] wordBlock;
  private final int[] tokensPerTopic;
  private final double[] alpha;
  private double alphaSum;
  private double beta;
  private double betaSum;
  private final boolean checkCounts;
  private final int longestDocument;
  private final int threads;
  private final Shard[] shards;
  /** For each round, the shards by the tokens they sample in it, most first: the order threads take them in. */
  private final int[][] roundOrder;

  private long sampledTokens;
  private long samplingNanos;
  private int iterationsDone;

  /** As {@link #SparseLdaSampler(TopicCorpus, int, long, int, boolean)} on one thread. */
  public SparseLdaSampler(TopicCorpus corpus, int numTopics, long seed, boolean checkCounts) {
    this(corpus, numTopics, seed, 1, checkCounts);
  }

  /**
   * A sampler with every token given a topic uniformly at random.
   *
   * @param threads the worker threads the shards run on, at least 1; the fit is the same whatever
   *     their number
   * @param checkCounts when true, every iteration ends by recounting the tables from the
   *     assignments and throws {@link IllegalStateException} when they differ (for tests)
   */
  public SparseLdaSampler(TopicCorpus corpus, int numTopics, long seed, int threads, boolean checkCounts) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    if (numTopics < 2) {
      throw new IllegalArgumentException("numTopics must be at least 2, was " + numTopics);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.numTopics = numTopics;
    this.numTypes = corpus.vocabulary().size();
    this.checkCounts = checkCounts;
    if (Integer.bitCount(numTopics) == 1) {
      topicMask = numTopics - 1;
      topicBits = Integer.bitCount(topicMask);
    } else {
      topicMask = Integer.highestOneBit(numTopics) * 2 - 1;
      topicBits = Integer.bitCount(topicMask);
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.alpha = new double[numTopics];
    Arrays.fill(alpha, INITIAL_ALPHA_SUM / numTopics);
    this.alphaSum = INITIAL_ALPHA_SUM;
    this.beta = INITIAL_BETA;
    this.betaSum = beta * numTypes;
    this.tokensPerTopic = new int[numTopics];

    int[] typeTotals = new int[numTypes];
    int longest = 0;
    for (int d = 0; d < corpus.size(); d++) {
      int[] doc = corpus.document(d);
      longest = Math.max(longest, doc.length);
      for (int w : doc) {
        typeTotals[w]++;
      }
    }
    this.longestDocument = longest;
    int largestTotal = 0;
    this.wordStart = new int[numTypes + 1];
    long room = 0;
    for (int w = 0; w < numTypes; w++) {
      wordStart[w] = (int) room;
      room += Math.min(numTopics, typeTotals[w]) + 1;
      largestTotal = Math.max(largestTotal, typeTotals[w]);
    }
    if (room > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many words for the count table: " + numTypes);
    }
    wordStart[numTypes] = (int) room;
    if (largestTotal >= (1 << (31 - topicBits))) {
      throw new IllegalArgumentException("a word occurs " + largestTotal + " times, more than the packed counts of "
          + numTopics + " topics hold");
    }
    this.wordBlock = blocks(typeTotals);
    this.typeTopicCounts = new int[(int) room];
    int[][] initial = new int[corpus.size()][];
    for (int d = 0; d < corpus.size(); d++) {
      int[] doc = corpus.document(d);
      int[] z = new int[doc.length];
      for (int i = 0; i < doc.length; i++) {
        z[i] = random.nextInt(numTopics);
        tokensPerTopic[z[i]]++;
        increment(typeTopicCounts, wordStart[doc[i]], z[i]);
      }
      initial[d] = z;
    }
    this.shards = new Shard[SHARDS];
    for (int s = 0; s < SHARDS; s++) {
      int from = (int) ((long) corpus.size() * s / SHARDS);
      int to = (int) ((long) corpus.size() * (s + 1) / SHARDS);
      shards[s] = new Shard(s, from, to, random.split(), initial);
    }
    this.roundOrder = new int[SHARDS][];
    for (int r = 0; r < SHARDS; r++) {
      int round = r;
      roundOrder[r] = java.util.stream.IntStream.range(0, SHARDS).boxed()
          .sorted(java.util.Comparator.comparingLong((Integer s) -> -shards[s].roundTokens(round))
              .thenComparingInt(s -> s))
          .mapToInt(Integer::intValue).toArray();
    }
    this.threads = Math.min(threads, SHARDS);
    if (checkCounts) {
      checkCounts();
    }
  }

  /**
   * Deals the words into {@link #SHARDS} blocks of about equal tokens: the most frequent first,
   * each to the block with the fewest tokens so far (ties to the lowest block).
   */
  static int[] blocks(int[] typeTotals) {
    Integer[] byTokens = new Integer[typeTotals.length];
    for (int w = 0; w < byTokens.length; w++) {
      byTokens[w] = w;
    }
    Arrays.sort(byTokens, java.util.Comparator.comparingInt((Integer w) -> -typeTotals[w]).thenComparingInt(w -> w));
    long[] load = new long[SHARDS];
    int[] block = new int[typeTotals.length];
    for (int w : byTokens) {
      int least = 0;
      for (int b = 1; b < SHARDS; b++) {
        if (load[b] < load[least]) {
          least = b;
        }
      }
      block[w] = least;
      load[least] += typeTotals[w];
    }
    return block;
  }

  /** Runs {@code iterations} more sweeps, optimising the priors as the class comment says. */
  public void sample(int iterations) {
    if (iterations <= 0) {
      return;
    }
    Gang gang = threads > 1 ? new Gang(threads - 1, "topic-sampler") : null;
    try {
      for (int i = 0; i < iterations; i++) {
        long t0 = System.nanoTime();
        sweep(gang);
        samplingNanos += System.nanoTime() - t0;
        sampledTokens += corpus.tokens();
        iterationsDone++;
        if (checkCounts) {
          checkCounts();
        }
        // Without tokens there is nothing to learn the priors from (the updates would divide by zero).
        if (corpus.tokens() > 0 && iterationsDone > BURN_IN && iterationsDone % OPTIMIZE_INTERVAL == 0) {
          optimizeAlpha();
          optimizeBeta();
        }
      }
    } finally {
      if (gang != null) {
        gang.close();
      }
    }
  }

  /**
   * One iteration: in each round every shard samples its tokens of one block of words (no two
   * shards the same block), then their changes of the topic totals are added, in shard order.
   */
  private void sweep(Gang gang) {
    for (int r = 0; r < SHARDS; r++) {
      int round = r;
      int[] order = roundOrder[r];
      java.util.function.IntConsumer task = i -> shards[order[i]].sample(round);
      if (gang == null) {
        for (int i = 0; i < SHARDS; i++) {
          task.accept(i);
        }
      } else {
        gang.run(SHARDS, task);
      }
      int[] perTopic = tokensPerTopic;
      for (Shard shard : shards) {
        if (shard.sampledRound) {
          for (int t = 0; t < numTopics; t++) {
            perTopic[t] += shard.tokensPerTopic[t] - shard.snapshotTokensPerTopic[t];
          }
        }
      }
    }
  }

  /**
   * A range of documents with its random stream, its documents' tokens and topics, their topic
   * counts, its copy of the topic totals and its scratch. The tokens are laid out block by block
   * (all the shard's tokens of block 0, document after document, then those of block 1, ...), so
   * that a round reads one stretch of memory. In a round the shard writes only the word counts of
   * that round's block, which no other shard touches in the round; the topic totals it reads
   * from its copy.
   */
  private final class Shard {
    private final int index;
    private final int from;
    private final int to;
    private final SplittableRandom random;
    /** Each token as the offset of its word's counts in the global table, block by block, each block document by document. */
    private final int[] tokens;
    /** The topic of each token of {@link #tokens}. */
    private final int[] z;
    /** Document {@code d}'s tokens of block {@code b} at {@code [segmentStart[i], segmentStart[i + 1])}, {@code i = b * documents + d - from}. */
    private final int[] segmentStart;
    /** Topic {@code t}'s tokens in document {@code d} at {@code (d - from) * K + t}. */
    private final int[] documentTopicCounts;
    private final int[] tokensPerTopic;
    private final int[] snapshotTokensPerTopic;
    private final int[] localTopicIndex;
    private final double[] cachedCoefficients;
    private final double[] topicTermScores;
    /** One over each topic's total plus the prior's sum, the divisor of every term below. */
    private final double[] inverseDenominators;
    /** Each topic's term of the smoothing mass and of the document mass, as last added. */
    private final double[] smoothingTerms;
    private final double[] documentTerms;
    private boolean sampledRound;
    private double smoothingOnlyMass;

    Shard(int index, int from, int to, SplittableRandom random, int[][] initial) {
      this.index = index;
      this.from = from;
      this.to = to;
      this.random = random;
      int documents = to - from;
      this.segmentStart = new int[SHARDS * documents + 1];
      for (int d = from; d < to; d++) {
        for (int w : corpus.document(d)) {
          segmentStart[wordBlock[w] * documents + d - from + 1]++;
        }
      }
      for (int i = 0; i < SHARDS * documents; i++) {
        segmentStart[i + 1] += segmentStart[i];
      }
      int size = segmentStart[SHARDS * documents];
      this.tokens = new int[size];
      this.z = new int[size];
      this.documentTopicCounts = new int[documents * numTopics];
      int[] next = Arrays.copyOf(segmentStart, SHARDS * documents);
      for (int d = from; d < to; d++) {
        int[] doc = corpus.document(d);
        for (int i = 0; i < doc.length; i++) {
          int at = next[wordBlock[doc[i]] * documents + d - from]++;
          tokens[at] = wordStart[doc[i]];
          z[at] = initial[d][i];
          documentTopicCounts[(d - from) * numTopics + initial[d][i]]++;
        }
      }
      this.tokensPerTopic = new int[numTopics];
      this.snapshotTokensPerTopic = new int[numTopics];
      this.localTopicIndex = new int[numTopics];
      this.cachedCoefficients = new double[numTopics];
      this.topicTermScores = new double[numTopics];
      this.inverseDenominators = new double[numTopics];
      this.smoothingTerms = new double[numTopics];
      this.documentTerms = new double[numTopics];
    }

    /** The block this shard samples in {@code round}. */
    int block(int round) {
      return (index + round) % SHARDS;
    }

    long roundTokens(int round) {
      int documents = to - from;
      int block = block(round);
      return segmentStart[(block + 1) * documents] - segmentStart[block * documents];
    }

    /** The topics of document {@code d}'s tokens, in the document's order. */
    int[] assignments(int d) {
      int[] doc = corpus.document(d);
      int documents = to - from;
      int[] next = new int[SHARDS];
      for (int b = 0; b < SHARDS; b++) {
        next[b] = segmentStart[b * documents + d - from];
      }
      int[] out = new int[doc.length];
      for (int i = 0; i < doc.length; i++) {
        out[i] = z[next[wordBlock[doc[i]]]++];
      }
      return out;
    }

    void sample(int round) {
      int documents = to - from;
      int first = block(round) * documents;
      sampledRound = roundTokens(round) > 0;
      if (!sampledRound) {
        return;
      }
      System.arraycopy(SparseLdaSampler.this.tokensPerTopic, 0, tokensPerTopic, 0, numTopics);
      System.arraycopy(tokensPerTopic, 0, snapshotTokensPerTopic, 0, numTopics);
      smoothingOnlyMass = 0;
      for (int t = 0; t < numTopics; t++) {
        setTerms(t, 0);
        smoothingOnlyMass += smoothingTerms[t];
      }
      for (int d = 0; d < documents; d++) {
        int start = segmentStart[first + d];
        int end = segmentStart[first + d + 1];
        if (start < end) {
          sampleDocument(start, end, d * numTopics);
        }
      }
    }

    /**
     * Sets topic {@code t}'s terms after its total changed, the document holding {@code n} of its
     * tokens: one division, the rest kept for the removals and the buckets to read.
     */
    private void setTerms(int t, int n) {
      double inverse = 1.0 / (tokensPerTopic[t] + betaSum);
      inverseDenominators[t] = inverse;
      smoothingTerms[t] = alpha[t] * beta * inverse;
      documentTerms[t] = beta * n * inverse;
      cachedCoefficients[t] = (alpha[t] + n) * inverse;
    }

    /** Samples tokens {@code [begin, end)}, of a document whose topic counts are at {@code base}. */
    private void sampleDocument(int begin, int end, int base) {
      int[] tokens = this.tokens;
      int[] z = this.z;
      // The document's counts are used where they are kept: a visit is a few tokens, and copying
      // them in and out would cost as much.
      int[] local = documentTopicCounts;
      int[] index = localTopicIndex;
      double[] coefficients = cachedCoefficients;
      double[] scores = topicTermScores;
      double[] inverses = inverseDenominators;
      int[] perTopic = tokensPerTopic;
      int[] counts = typeTopicCounts;
      double[] smoothing = smoothingTerms;
      double[] document = documentTerms;
      double[] a = alpha;
      double b = beta;
      int mask = topicMask;
      int bits = topicBits;
      int k = numTopics;
      double smoothingMass = smoothingOnlyMass;
      // The document's topics listed without a branch per topic, which would be mispredicted
      // often: a document visit holds only the tokens of one block, a few, so this is per few tokens.
      int nonZero = 0;
      for (int t = 0; t < k; t++) {
        index[nonZero] = t;
        nonZero += local[base + t] > 0 ? 1 : 0;
      }
      double topicBetaMass = 0;
      for (int i = 0; i < nonZero; i++) {
        int t = index[i];
        int n = local[base + t];
        document[t] = b * n * inverses[t];
        topicBetaMass += document[t];
        coefficients[t] = (a[t] + n) * inverses[t];
      }
      for (int position = begin; position < end; position++) {
        int start = tokens[position];
        int oldTopic = z[position];

        smoothingMass -= smoothing[oldTopic];
        topicBetaMass -= document[oldTopic];
        local[base + oldTopic]--;
        perTopic[oldTopic]--;
        if (local[base + oldTopic] == 0) {
          int i = 0;
          while (index[i] != oldTopic) {
            i++;
          }
          nonZero--;
          for (; i < nonZero; i++) {
            index[i] = index[i + 1];
          }
        }
        setTerms(oldTopic, local[base + oldTopic]);
        smoothingMass += smoothing[oldTopic];
        topicBetaMass += document[oldTopic];
        decrement(counts, start, oldTopic);

        double topicTermMass = 0;
        int entries = 0;
        for (int v = counts[start]; v > 0; v = counts[start + entries]) {
          double score = coefficients[v & mask] * (v >>> bits);
          topicTermMass += score;
          scores[entries] = score;
          entries++;
        }
        double sample = random.nextDouble() * (smoothingMass + topicBetaMass + topicTermMass);
        int newTopic;
        if (sample < topicTermMass) {
          int i = 0;
          sample -= scores[0];
          while (sample > 0 && i < entries - 1) {
            i++;
            sample -= scores[i];
          }
          // The word has the topic already: add one where it is and let it rise to its place.
          int at = start + i;
          int v = counts[at];
          newTopic = v & mask;
          v += 1 << bits;
          while (at > start && counts[at - 1] < v) {
            counts[at] = counts[at - 1];
            at--;
          }
          counts[at] = v;
        } else {
          sample -= topicTermMass;
          if (nonZero > 0 && sample < topicBetaMass) {
            newTopic = index[0];
            for (int i = 0; i < nonZero; i++) {
              newTopic = index[i];
              sample -= document[newTopic];
              if (sample <= 0) {
                break;
              }
            }
          } else {
            sample -= topicBetaMass;
            int t = 0;
            sample -= smoothing[0];
            while (sample > 0 && t < k - 1) {
              t++;
              sample -= smoothing[t];
            }
            newTopic = t;
          }
          increment(counts, start, newTopic);
        }

        z[position] = newTopic;
        smoothingMass -= smoothing[newTopic];
        topicBetaMass -= document[newTopic];
        local[base + newTopic]++;
        if (local[base + newTopic] == 1) {
          int i = nonZero;
          while (i > 0 && index[i - 1] > newTopic) {
            index[i] = index[i - 1];
            i--;
          }
          index[i] = newTopic;
          nonZero++;
        }
        perTopic[newTopic]++;
        setTerms(newTopic, local[base + newTopic]);
        smoothingMass += smoothing[newTopic];
        topicBetaMass += document[newTopic];
      }
      smoothingOnlyMass = smoothingMass;
      for (int i = 0; i < nonZero; i++) {
        int t = index[i];
        coefficients[t] = a[t] * inverses[t];
        document[t] = 0;
      }
    }
  }

  /**
   * Adds one to {@code topic} in the packed counts at {@code start} (ended by a zero, with room for
   * one more topic when the word lacks this one).
   */
  private void increment(int[] counts, int start, int topic) {
    int i = start;
    while (counts[i] > 0 && (counts[i] & topicMask) != topic) {
      i++;
    }
    int v = counts[i] == 0 ? (1 << topicBits) | topic : counts[i] + (1 << topicBits);
    while (i > start && counts[i - 1] < v) {
      counts[i] = counts[i - 1];
      i--;
    }
    counts[i] = v;
  }

  /** Takes one from {@code topic}, which the packed counts at {@code start} hold. */
  private void decrement(int[] counts, int start, int topic) {
    int i = start;
    while ((counts[i] & topicMask) != topic) {
      i++;
    }
    int v = counts[i] - (1 << topicBits);
    if (v < (1 << topicBits)) {
      while (counts[i + 1] > 0) {
        counts[i] = counts[i + 1];
        i++;
      }
      counts[i] = 0;
    } else {
      while (counts[i + 1] > v) {
        counts[i] = counts[i + 1];
        i++;
      }
      counts[i] = v;
    }
  }

  private void optimizeAlpha() {
    int[] lengths = new int[longestDocument + 1];
    int[][] histograms = new int[numTopics][longestDocument + 1];
    for (Shard shard : shards) {
      int[] counts = shard.documentTopicCounts;
      for (int d = shard.from; d < shard.to; d++) {
        lengths[corpus.document(d).length]++;
        int at = (d - shard.from) * numTopics;
        for (int t = 0; t < numTopics; t++) {
          histograms[t][counts[at + t]]++;
        }
      }
    }
    alphaSum = Dirichlet.learnParameters(alpha, histograms, lengths, 1.001, 1.0, 1);
  }

  private void optimizeBeta() {
    int largest = 0;
    for (int w = 0; w < numTypes; w++) {
      largest = Math.max(largest, typeTopicCounts[wordStart[w]] >>> topicBits);
    }
    long[] countHistogram = new long[largest + 1];
    for (int v : typeTopicCounts) {
      if (v != 0) {
        countHistogram[v >>> topicBits]++;
      }
    }
    int largestTopic = 0;
    for (int n : tokensPerTopic) {
      largestTopic = Math.max(largestTopic, n);
    }
    long[] sizes = new long[largestTopic + 1];
    for (int n : tokensPerTopic) {
      sizes[n]++;
    }
    betaSum = Dirichlet.learnSymmetricConcentration(countHistogram, sizes, numTypes, betaSum);
    beta = betaSum / numTypes;
  }

  /** Recounts the tables from the assignments; throws when they differ from those kept. */
  void checkCounts() {
    int[][] expected = new int[numTypes][numTopics];
    int[] perTopic = new int[numTopics];
    int[][] assigned = new int[corpus.size()][];
    for (int d = 0; d < corpus.size(); d++) {
      int[] doc = corpus.document(d);
      assigned[d] = assignments(d);
      for (int i = 0; i < doc.length; i++) {
        expected[doc[i]][assigned[d][i]]++;
        perTopic[assigned[d][i]]++;
      }
    }
    for (Shard shard : shards) {
      int[] local = new int[numTopics];
      for (int d = shard.from; d < shard.to; d++) {
        Arrays.fill(local, 0);
        for (int t : assigned[d]) {
          local[t]++;
        }
        int at = (d - shard.from) * numTopics;
        if (!Arrays.equals(local, 0, numTopics, shard.documentTopicCounts, at, at + numTopics)) {
          throw new IllegalStateException("the topic counts of document " + d + " differ from the recount after iteration "
              + iterationsDone);
        }
      }
    }
    if (!Arrays.equals(perTopic, tokensPerTopic)) {
      throw new IllegalStateException("tokens per topic " + Arrays.toString(tokensPerTopic)
          + " differ from the recount " + Arrays.toString(perTopic) + " after iteration " + iterationsDone);
    }
    for (int w = 0; w < numTypes; w++) {
      int[] got = new int[numTopics];
      int start = wordStart[w];
      int end = wordStart[w + 1];
      boolean ended = false;
      for (int i = start; i < end; i++) {
        int v = typeTopicCounts[i];
        if (v == 0) {
          ended = true;
          continue;
        }
        if (ended || (i > start && v > typeTopicCounts[i - 1])) {
          throw new IllegalStateException("the counts of word " + w + " are not sorted: "
              + Arrays.toString(Arrays.copyOfRange(typeTopicCounts, start, end)));
        }
        got[v & topicMask] += v >>> topicBits;
      }
      if (typeTopicCounts[end - 1] != 0) {
        throw new IllegalStateException("the counts of word " + w + " have no end: "
            + Arrays.toString(Arrays.copyOfRange(typeTopicCounts, start, end)));
      }
      if (!Arrays.equals(got, expected[w])) {
        throw new IllegalStateException("the topic counts of word " + w + " (" + corpus.vocabulary().get(w)
            + ") differ from the recount after iteration " + iterationsDone);
      }
    }
  }

  public int numTopics() {
    return numTopics;
  }

  /** The document-topic prior (a copy). */
  public double[] alpha() {
    return alpha.clone();
  }

  public double alphaSum() {
    return alphaSum;
  }

  public double beta() {
    return beta;
  }

  /** The topic of each token of document {@code d}, in the document's order. */
  public int[] assignments(int d) {
    return shardOf(d).assignments(d);
  }

  /** Document {@code d}'s tokens of each topic, {@code [topic]} (a copy). */
  public int[] documentTopicCounts(int d) {
    Shard shard = shardOf(d);
    int at = (d - shard.from) * numTopics;
    return Arrays.copyOfRange(shard.documentTopicCounts, at, at + numTopics);
  }

  private Shard shardOf(int d) {
    Objects.checkIndex(d, corpus.size());
    int s = 0;
    while (d >= shards[s].to) {
      s++;
    }
    return shards[s];
  }

  /** Tokens per topic (a copy). */
  public int[] tokensPerTopic() {
    return tokensPerTopic.clone();
  }

  /** The dense topic-word counts, {@code [topic][word]}. */
  public int[][] topicWordCounts() {
    int[][] out = new int[numTopics][numTypes];
    for (int w = 0; w < numTypes; w++) {
      for (int i = wordStart[w]; typeTopicCounts[i] != 0; i++) {
        out[typeTopicCounts[i] & topicMask][w] = typeTopicCounts[i] >>> topicBits;
      }
    }
    return out;
  }

  /** Tokens sampled so far (tokens times iterations). */
  public long sampledTokens() {
    return sampledTokens;
  }

  /** Time spent sampling, without the optimisation and checks. */
  public long samplingNanos() {
    return samplingNanos;
  }

  public int iterationsDone() {
    return iterationsDone;
  }
}
