package org.dateline.analysis.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>Parallel as MALLET's threads, but with a result that does not depend on the thread count:
 * the documents are cut into {@link #SHARDS} contiguous shards whatever the threads, each shard
 * has its own random stream split off the seed's in shard order, and in each iteration every
 * shard samples its documents against its own copy of the topic-word and topic counts taken at
 * the start of the iteration (seeing its own changes, not the other shards'); then every shard's
 * change is added to the global counts, in shard order for the topic totals and word by word for
 * the topic-word counts (integer sums, and the packed counts of a word are distinct values kept in
 * descending order, so a function of the counts alone). Sampling and merging run on up to
 * {@code threads} threads, the calling one among them. Floating point is plain IEEE arithmetic (and
 * {@link StrictMath}), so the bits are the same on every JVM.
 *
 * <p>Not thread-safe.
 */
public final class SparseLdaSampler {
  public static final int OPTIMIZE_INTERVAL = 10;
  public static final int BURN_IN = 200;
  public static final double INITIAL_ALPHA_SUM = 5.0;
  public static final double INITIAL_BETA = 0.01;
  /**
   * The shards the documents are sampled in. Fixed, so that the fit does not depend on the
   * threads; more than the cores a run usually has, fewer than would make the counts of an
   * iteration stale for most documents.
   */
  public static final int SHARDS = 8;

  private final TopicCorpus corpus;
  private final int numTopics;
  private final int numTypes;
  private final int topicMask;
  private final int topicBits;
  private final int[][] topics;
  /**
   * Every word's packed topic counts in one array: word {@code w}'s in
   * {@code [wordStart[w], wordStart[w + 1])}, room for {@code min(K, its tokens)} entries and a
   * zero that ends them (so that scans need no bound).
   */
  private final int[] typeTopicCounts;
  private final int[] wordStart;
  /** For word {@code w}, at {@code [wordShardStart[w], wordShardStart[w + 1])}: the shards holding it and where. */
  private final int[] wordShardStart;
  private final int[] wordShard;
  private final int[] wordShardOffset;
  private final int[] tokensPerTopic;
  private final double[] alpha;
  private double alphaSum;
  private double beta;
  private double betaSum;
  private final boolean checkCounts;
  private final int longestDocument;
  private final int threads;
  private final Shard[] shards;
  /** The shards by tokens, most first, the order threads take them in so that they finish together. */
  private final int[] shardOrder;
  /** The word ranges merged by one task each. */
  private final int[] mergeParts;

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
    this.typeTopicCounts = new int[(int) room];
    this.topics = new int[corpus.size()][];
    for (int d = 0; d < corpus.size(); d++) {
      int[] doc = corpus.document(d);
      int[] z = new int[doc.length];
      for (int i = 0; i < doc.length; i++) {
        z[i] = random.nextInt(numTopics);
        tokensPerTopic[z[i]]++;
        increment(typeTopicCounts, wordStart[doc[i]], z[i]);
      }
      topics[d] = z;
    }
    this.shards = new Shard[SHARDS];
    for (int s = 0; s < SHARDS; s++) {
      int from = (int) ((long) corpus.size() * s / SHARDS);
      int to = (int) ((long) corpus.size() * (s + 1) / SHARDS);
      shards[s] = new Shard(from, to, random.split());
    }
    this.wordShardStart = new int[numTypes + 1];
    for (Shard shard : shards) {
      for (int w : shard.words) {
        wordShardStart[w + 1]++;
      }
    }
    for (int w = 0; w < numTypes; w++) {
      wordShardStart[w + 1] += wordShardStart[w];
    }
    this.wordShard = new int[wordShardStart[numTypes]];
    this.wordShardOffset = new int[wordShard.length];
    int[] next = Arrays.copyOf(wordShardStart, numTypes);
    for (int s = 0; s < SHARDS; s++) {
      Shard shard = shards[s];
      for (int l = 0; l < shard.words.length; l++) {
        int at = next[shard.words[l]]++;
        wordShard[at] = s;
        wordShardOffset[at] = shard.localStart[l];
      }
    }
    this.shardOrder = java.util.stream.IntStream.range(0, SHARDS).boxed()
        .sorted(java.util.Comparator.comparingLong((Integer s) -> -shards[s].tokens).thenComparingInt(s -> s))
        .mapToInt(Integer::intValue).toArray();
    this.mergeParts = new int[SHARDS + 1];
    for (int part = 0; part <= SHARDS; part++) {
      mergeParts[part] = (int) ((long) numTypes * part / SHARDS);
    }
    this.threads = Math.min(threads, SHARDS);
    if (checkCounts) {
      checkCounts();
    }
  }

  /** Runs {@code iterations} more sweeps, optimising the priors as the class comment says. */
  public void sample(int iterations) {
    if (iterations <= 0) {
      return;
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, daemonThreads()) : null;
    try {
      for (int i = 0; i < iterations; i++) {
        long t0 = System.nanoTime();
        sweep(pool);
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
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "topic-sampler-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** One iteration: the shards sample against the counts as they are now, then their changes are merged. */
  private void sweep(ExecutorService pool) {
    runAll(pool, SHARDS, i -> shards[shardOrder[i]].sample());
    int[] perTopic = tokensPerTopic;
    for (Shard shard : shards) {
      if (shard.sampled) {
        for (int t = 0; t < numTopics; t++) {
          perTopic[t] += shard.tokensPerTopic[t] - shard.snapshotTokensPerTopic[t];
        }
      }
    }
    runAll(pool, SHARDS, part -> mergeWords(mergeParts[part], mergeParts[part + 1]));
  }

  /**
   * Sets the global counts of words {@code [from, to)} to the snapshot plus the change of every
   * shard holding the word. Integer sums, and the packed counts of a word are distinct values kept
   * in descending order, so the result is the same in any order.
   */
  private void mergeWords(int from, int to) {
    int[] dense = new int[numTopics];
    int[] global = typeTopicCounts;
    for (int w = from; w < to; w++) {
      int start = wordStart[w];
      int end = wordStart[w + 1];
      if (end - start == 1) {
        continue;
      }
      boolean changed = false;
      for (int k = wordShardStart[w]; k < wordShardStart[w + 1]; k++) {
        int[] own = shards[wordShard[k]].typeTopicCounts;
        int at = wordShardOffset[k];
        if (Arrays.equals(own, at, at + end - start, global, start, end)) {
          continue;
        }
        if (!changed) {
          changed = true;
          Arrays.fill(dense, 0);
        }
        for (int i = at; own[i] != 0; i++) {
          dense[own[i] & topicMask] += own[i] >>> topicBits;
        }
        for (int i = start; global[i] != 0; i++) {
          dense[global[i] & topicMask] -= global[i] >>> topicBits;
        }
      }
      if (!changed) {
        continue;
      }
      for (int i = start; global[i] != 0; i++) {
        dense[global[i] & topicMask] += global[i] >>> topicBits;
      }
      int n = start;
      for (int t = 0; t < numTopics; t++) {
        if (dense[t] > 0) {
          int packed = (dense[t] << topicBits) | t;
          int i = n++;
          while (i > start && global[i - 1] < packed) {
            global[i] = global[i - 1];
            i--;
          }
          global[i] = packed;
        }
      }
      Arrays.fill(global, n, end, 0);
    }
  }

  /**
   * Runs {@code task} for 0 to {@code n - 1} and waits for all: the calling thread and each of the
   * pool's threads take the next number until none is left (two hand-offs per phase, not one per
   * task).
   */
  private void runAll(ExecutorService pool, int n, java.util.function.IntConsumer task) {
    if (pool == null) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        task.accept(i);
      }
    };
    List<Future<?>> running = new ArrayList<>(threads - 1);
    for (int i = 1; i < threads; i++) {
      running.add(pool.submit(worker));
    }
    RuntimeException failed = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      failed = e;
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while sampling topics", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /**
   * A range of documents with its random stream, its copy of the counts and its scratch. The copy
   * holds only the words of the shard's documents, numbered afresh in the order of their ids and
   * laid out one after the other as the global table is, so that it is small and copied as a
   * whole. Between the start of {@link #sample()} and the merge the global counts are only read.
   */
  private final class Shard {
    private final int from;
    private final int to;
    private final SplittableRandom random;
    /** The global id of each of the shard's words, ascending. */
    private final int[] words;
    /** Where each of the shard's words starts in {@link #typeTopicCounts}; one more for the end. */
    private final int[] localStart;
    /** The documents with each token as the offset of its word's counts in {@link #typeTopicCounts}. */
    private final int[][] documents;
    private final int[] typeTopicCounts;
    private final int[] tokensPerTopic;
    private final int[] localTopicCounts;
    private final int[] localTopicIndex;
    private final double[] cachedCoefficients;
    private final double[] topicTermScores;
    /**
     * Each topic's term of the smoothing mass and of the document mass, as the next removal of
     * the term would compute it afresh from the counts: kept so that it is not divided again.
     */
    private final double[] smoothingTerms;
    private final double[] documentTerms;
    private final int[] snapshotTokensPerTopic;
    private final boolean sampled;
    private final long tokens;
    private double smoothingOnlyMass;

    Shard(int from, int to, SplittableRandom random) {
      this.from = from;
      this.to = to;
      this.random = random;
      boolean[] held = new boolean[numTypes];
      long tokens = 0;
      for (int d = from; d < to; d++) {
        for (int w : corpus.document(d)) {
          held[w] = true;
        }
        tokens += corpus.document(d).length;
      }
      int n = 0;
      for (boolean h : held) {
        n += h ? 1 : 0;
      }
      this.words = new int[n];
      this.localStart = new int[n + 1];
      int[] offsetOf = new int[numTypes];
      int l = 0;
      int room = 0;
      for (int w = 0; w < numTypes; w++) {
        if (held[w]) {
          words[l] = w;
          localStart[l] = room;
          offsetOf[w] = room;
          room += wordStart[w + 1] - wordStart[w];
          l++;
        }
      }
      localStart[n] = room;
      this.typeTopicCounts = new int[room];
      this.documents = new int[to - from][];
      for (int d = from; d < to; d++) {
        int[] doc = corpus.document(d);
        int[] local = new int[doc.length];
        for (int i = 0; i < doc.length; i++) {
          local[i] = offsetOf[doc[i]];
        }
        documents[d - from] = local;
      }
      this.tokensPerTopic = new int[numTopics];
      this.snapshotTokensPerTopic = new int[numTopics];
      this.sampled = tokens > 0;
      this.tokens = tokens;
      this.localTopicCounts = new int[numTopics];
      this.localTopicIndex = new int[numTopics];
      this.cachedCoefficients = new double[numTopics];
      this.topicTermScores = new double[numTopics];
      this.smoothingTerms = new double[numTopics];
      this.documentTerms = new double[numTopics];
    }

    void sample() {
      if (!sampled) {
        return;
      }
      int[] global = SparseLdaSampler.this.typeTopicCounts;
      int[] own = typeTopicCounts;
      int[] globalStart = wordStart;
      for (int l = 0; l < words.length; l++) {
        int w = words[l];
        System.arraycopy(global, globalStart[w], own, localStart[l], globalStart[w + 1] - globalStart[w]);
      }
      System.arraycopy(SparseLdaSampler.this.tokensPerTopic, 0, tokensPerTopic, 0, numTopics);
      System.arraycopy(tokensPerTopic, 0, snapshotTokensPerTopic, 0, numTopics);
      smoothingOnlyMass = 0;
      for (int t = 0; t < numTopics; t++) {
        smoothingTerms[t] = alpha[t] * beta / (tokensPerTopic[t] + betaSum);
        smoothingOnlyMass += smoothingTerms[t];
        cachedCoefficients[t] = alpha[t] / (tokensPerTopic[t] + betaSum);
      }
      for (int d = from; d < to; d++) {
        sampleDocument(documents[d - from], topics[d]);
      }
    }

    private void sampleDocument(int[] tokens, int[] z) {
      int[] local = localTopicCounts;
      int[] index = localTopicIndex;
      double[] coefficients = cachedCoefficients;
      double[] scores = topicTermScores;
      int[] perTopic = tokensPerTopic;
      int[] counts = typeTopicCounts;
      double[] smoothing = smoothingTerms;
      double[] document = documentTerms;
      double[] a = alpha;
      double b = beta;
      double bSum = betaSum;
      int mask = topicMask;
      int bits = topicBits;
      for (int t : z) {
        local[t]++;
      }
      int nonZero = 0;
      for (int t = 0; t < numTopics; t++) {
        if (local[t] > 0) {
          index[nonZero++] = t;
        }
      }
      double topicBetaMass = 0;
      for (int i = 0; i < nonZero; i++) {
        int t = index[i];
        int n = local[t];
        document[t] = b * n / (perTopic[t] + bSum);
        topicBetaMass += document[t];
        coefficients[t] = (a[t] + n) / (perTopic[t] + bSum);
      }
      for (int position = 0; position < tokens.length; position++) {
        int start = tokens[position];
        int oldTopic = z[position];

        double denominator = perTopic[oldTopic] + bSum;
        smoothingOnlyMass -= smoothing[oldTopic];
        topicBetaMass -= document[oldTopic];
        local[oldTopic]--;
        perTopic[oldTopic]--;
        denominator -= 1;
        if (local[oldTopic] == 0) {
          int i = 0;
          while (index[i] != oldTopic) {
            i++;
          }
          System.arraycopy(index, i + 1, index, i, nonZero - i - 1);
          nonZero--;
        }
        double smoothingTerm = a[oldTopic] * b / denominator;
        double documentTerm = b * local[oldTopic] / denominator;
        smoothingOnlyMass += smoothingTerm;
        topicBetaMass += documentTerm;
        coefficients[oldTopic] = (a[oldTopic] + local[oldTopic]) / denominator;
        remember(oldTopic, denominator, smoothingTerm, documentTerm);
        decrement(counts, start, oldTopic);

        double topicTermMass = 0;
        int entries = 0;
        for (int v = counts[start]; v > 0; v = counts[start + entries]) {
          double score = coefficients[v & mask] * (v >>> bits);
          topicTermMass += score;
          scores[entries] = score;
          entries++;
        }
        double sample = random.nextDouble() * (smoothingOnlyMass + topicBetaMass + topicTermMass);
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
            sample /= b;
            int i = 0;
            newTopic = index[0];
            for (; i < nonZero; i++) {
              int t = index[i];
              newTopic = t;
              sample -= local[t] / (perTopic[t] + bSum);
              if (sample <= 0) {
                break;
              }
            }
          } else {
            sample -= topicBetaMass;
            sample /= b;
            int t = 0;
            sample -= a[0] / (perTopic[0] + bSum);
            while (sample > 0 && t < numTopics - 1) {
              t++;
              sample -= a[t] / (perTopic[t] + bSum);
            }
            newTopic = t;
          }
          increment(counts, start, newTopic);
        }

        z[position] = newTopic;
        denominator = perTopic[newTopic] + bSum;
        smoothingOnlyMass -= smoothing[newTopic];
        topicBetaMass -= document[newTopic];
        local[newTopic]++;
        if (local[newTopic] == 1) {
          int i = nonZero;
          while (i > 0 && index[i - 1] > newTopic) {
            index[i] = index[i - 1];
            i--;
          }
          index[i] = newTopic;
          nonZero++;
        }
        perTopic[newTopic]++;
        denominator += 1;
        coefficients[newTopic] = (a[newTopic] + local[newTopic]) / denominator;
        smoothingTerm = a[newTopic] * b / denominator;
        documentTerm = b * local[newTopic] / denominator;
        smoothingOnlyMass += smoothingTerm;
        topicBetaMass += documentTerm;
        remember(newTopic, denominator, smoothingTerm, documentTerm);
      }
      for (int i = 0; i < nonZero; i++) {
        int t = index[i];
        coefficients[t] = a[t] / (perTopic[t] + bSum);
        local[t] = 0;
        document[t] = 0;
      }
    }

    /**
     * Keeps topic {@code t}'s terms just added with {@code denominator}, the previous one plus or
     * minus one. The next removal divides by the topic's count plus the prior afresh, which is
     * the same number unless the step crossed a power of two: then the terms are divided again.
     */
    private void remember(int t, double denominator, double smoothingTerm, double documentTerm) {
      double fresh = tokensPerTopic[t] + betaSum;
      if (fresh == denominator) {
        smoothingTerms[t] = smoothingTerm;
        documentTerms[t] = documentTerm;
      } else {
        smoothingTerms[t] = alpha[t] * beta / fresh;
        documentTerms[t] = beta * localTopicCounts[t] / fresh;
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
    int[] local = new int[numTopics];
    for (int[] z : topics) {
      lengths[z.length]++;
      Arrays.fill(local, 0);
      for (int t : z) {
        local[t]++;
      }
      for (int t = 0; t < numTopics; t++) {
        histograms[t][local[t]]++;
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
    for (int d = 0; d < topics.length; d++) {
      int[] doc = corpus.document(d);
      for (int i = 0; i < doc.length; i++) {
        expected[doc[i]][topics[d][i]]++;
        perTopic[topics[d][i]]++;
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

  /** The topic of each token of document {@code d} (a copy). */
  public int[] assignments(int d) {
    return topics[d].clone();
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
