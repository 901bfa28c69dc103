package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Locale;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.near.Fingerprint;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.model.ArticleKind;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * The stage between reading and annotation, the same in every driver: it numbers the records
 * (as {@link RecordIntake} left them) and the problems in reading order, drops exact duplicates through one {@link Deduplicator}, and
 * releases the records that go on to annotation, each with its number.
 *
 * <p>Steps, for each thing read, in reading order:
 *
 * <ol>
 *   <li>It gets the next sequence number, whether it is a record or a problem, so that sorting
 *       by the number gives reading order however the work is shared out later.
 *   <li>A problem ({@link #problem}: a file's problem or a record skipped while it was cleaned)
 *       is listed, and stops the run under {@code --strict}.
 *   <li>A record ({@link #record}) is offered to the {@link Deduplicator}. A new full article is
 *       released at once. A teaser is held back: only once everything is read ({@link #finish})
 *       is it known whether it opens a full article; those that do not are released then, in
 *       reading order, with the numbers they got when read. A full article seen before becomes a
 *       {@code duplicate} problem (a {@code --strict} stop); a repeated teaser is only counted.
 * </ol>
 *
 * <p>The records exact dedup kept are then checked for near-duplicates ({@link
 * NearDuplicateFinder}), as {@link PipelineConfig#nearDuplicates()} says. Which record of a
 * cluster is kept (the earliest dated) is only known once everything is read, so: with {@code
 * report}, records are released at once and only their fingerprints are kept until {@link
 * #finish}, which clusters them; with {@code drop}, every record is held until {@link #finish},
 * which releases, in reading order, those that are not near-duplicates of a kept one and lists
 * the others as {@code near_duplicate} problems. Annotation then starts only when reading ends,
 * and the records are held meanwhile.
 *
 * <p>The local run's records are articles; a Spark driver, which has only the records' dedup
 * keys, passes the ids of their events instead. Not thread-safe: records are offered from one
 * thread, in reading order, which keeps the numbers and the copies kept deterministic.
 *
 * @param <P> what a released record carries to annotation
 */
public final class Intake<P> {

  private final PipelineConfig config;
  private final RunCounts counts;
  private final Consumer<Sequenced<P>> release;
  private final Deduplicator dedup = new Deduplicator();
  private final Map<Deduplicator.Key, Sequenced<P>> heldTeasers = new IdentityHashMap<>();
  private final Map<Deduplicator.Key, Fingerprint> heldTeaserFingerprints = new IdentityHashMap<>();
  private final Map<Deduplicator.Key, Origin> heldTeaserOrigins = new IdentityHashMap<>();
  private final List<Sequenced<Problem>> problems = new ArrayList<>();
  private final NearDuplicateFinder nearFinder;
  private final List<Held<P>> heldForNear = new ArrayList<>();
  private NearDuplicateFinder.Clusters nearClusters = NearDuplicateFinder.Clusters.none();
  private long seq;
  private boolean finished;

  /**
   * @param counts where the duplicates are counted, by {@link #finish}
   * @param release takes each record that goes on to annotation, with its sequence number
   */
  public Intake(PipelineConfig config, RunCounts counts, Consumer<Sequenced<P>> release) {
    this.config = Objects.requireNonNull(config, "config");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.release = Objects.requireNonNull(release, "release");
    this.nearFinder = config.nearDuplicates().enabled() ? new NearDuplicateFinder(config.nearDuplicates()) : null;
  }

  /** A record held under {@code --near-duplicates drop} until the clusters are known. */
  private record Held<P>(Sequenced<P> record, Origin origin) {}

  /**
   * A problem read in place of a record: a file's, or a record's that was skipped.
   *
   * @throws PipelineException under {@code --strict}
   */
  public void problem(Problem problem) {
    Objects.requireNonNull(problem, "problem");
    requireOpen();
    stopOrList(seq++, problem);
  }

  /**
   * A record that was read and cleaned.
   *
   * @param key the record's dedup key, made from its cleaned text
   * @param origin where it came from, for a duplicate's problem
   * @param payload what goes on to annotation when the record is released
   * @param repair a repair made while cleaning it (listed, never a {@code --strict} stop), or null
   * @throws PipelineException under {@code --strict}, when it repeats an earlier full article
   */
  public void record(Deduplicator.Key key, Origin origin, P payload, Problem repair) {
    record(key, origin, payload, repair, null);
  }

  /**
   * As {@link #record(Deduplicator.Key, Origin, Object, Problem)}, with the record's fingerprint
   * for the near-duplicate check (null: the record is not checked).
   */
  public void record(Deduplicator.Key key, Origin origin, P payload, Problem repair, Fingerprint fingerprint) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(origin, "origin");
    requireOpen();
    Sequenced<P> numbered = new Sequenced<>(seq++, payload);
    if (repair != null) {
      problems.add(new Sequenced<>(numbered.seq(), repair));
    }
    if (key.kind() == ArticleKind.TEASER) {
      heldTeasers.put(key, numbered);
      heldTeaserOrigins.put(key, origin);
      if (fingerprint != null) {
        heldTeaserFingerprints.put(key, fingerprint);
      }
    }
    if (dedup.offer(key)) {
      passedExactDedup(numbered, origin, fingerprint);
    } else if (key.kind() == ArticleKind.ARTICLE) {
      stopOrList(numbered.seq(), duplicate(origin));
    }
  }

  /**
   * Releases the held teasers that open no full article and counts the duplicates; returns
   * every problem listed, in reading order.
   */
  public List<Sequenced<Problem>> finish() {
    requireOpen();
    finished = true;
    for (Deduplicator.Key teaser : dedup.remainingTeaserKeys()) {
      passedExactDedup(heldTeasers.get(teaser), heldTeaserOrigins.get(teaser), heldTeaserFingerprints.get(teaser));
    }
    heldTeasers.clear();
    heldTeaserOrigins.clear();
    heldTeaserFingerprints.clear();
    counts.add(Counter.DUPLICATES_EXACT, dedup.exactDuplicates());
    counts.add(Counter.DUPLICATES_TEASER_IN_ARTICLE, dedup.containedTeasers());
    if (nearFinder != null) {
      clusterNearDuplicates();
    }
    return List.copyOf(problems);
  }

  /** The near-duplicate clusters found by {@link #finish} (none when the check is off). */
  public NearDuplicateFinder.Clusters nearDuplicates() {
    return nearClusters;
  }

  private void passedExactDedup(Sequenced<P> record, Origin origin, Fingerprint fingerprint) {
    if (nearFinder != null && fingerprint != null && fingerprint.signature() != null) {
      nearFinder.add(record.seq(), fingerprint.docId(), fingerprint.date(), fingerprint.signature());
    }
    if (config.nearDuplicates().mode() == NearDuplicateSettings.Mode.DROP) {
      heldForNear.add(new Held<>(record, origin));
    } else {
      release.accept(record);
    }
  }

  /**
   * Clusters the fingerprints; under {@code drop}, releases the held records that are not
   * near-duplicates of a kept one, in reading order, and lists the others.
   */
  private void clusterNearDuplicates() {
    nearClusters = nearFinder.cluster();
    counts.add(Counter.NEAR_DUPLICATE_CLUSTERS, nearClusters.clusters());
    counts.add(Counter.NEAR_DUPLICATE_RECORDS, nearClusters.members().size());
    counts.add(Counter.NEAR_DUPLICATE_LARGEST_CLUSTER, nearClusters.largest());
    if (config.nearDuplicates().mode() != NearDuplicateSettings.Mode.DROP) {
      return;
    }
    Map<Long, NearDuplicateFinder.Member> dropped = new java.util.HashMap<>();
    for (NearDuplicateFinder.Member m : nearClusters.dropped()) {
      dropped.put(m.seq(), m);
    }
    Map<Long, Origin> origins = new java.util.HashMap<>();
    heldForNear.sort(java.util.Comparator.comparingLong(h -> h.record().seq()));
    for (Held<P> h : heldForNear) {
      origins.put(h.record().seq(), h.origin());
    }
    List<Held<P>> held = List.copyOf(heldForNear);
    heldForNear.clear();
    counts.add(Counter.DUPLICATES_NEAR, dropped.size());
    for (Held<P> h : held) {
      NearDuplicateFinder.Member m = dropped.get(h.record().seq());
      if (m == null) {
        release.accept(h.record());
      } else {
        stopOrList(h.record().seq(), new Problem(h.origin(), ProblemKind.NEAR_DUPLICATE, String.format(Locale.ROOT,
            "near-duplicate of %s at %s (estimated similarity %.2f), which is kept; skipped", m.keptDocId(),
            origins.get(m.keptSeq()), m.similarityToKept())));
      }
    }
  }

  private void stopOrList(long n, Problem problem) {
    Pipeline.stopIfStrict(config, problem);
    problems.add(new Sequenced<>(n, problem));
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("finish() was already called; create a new Intake per run");
    }
  }

  /**
   * The problem of a full article dropped by dedup. Repeated teasers are routine on scraped
   * pages and only counted; a whole article seen twice usually means overlapping inputs, which
   * the user should see.
   */
  static Problem duplicate(Origin origin) {
    return new Problem(Objects.requireNonNull(origin, "origin"), ProblemKind.DUPLICATE,
        "same text as an earlier article; skipped");
  }
}
