package org.dateline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.TopicSettings;
import org.dateline.analysis.topics.TopicCorpus;
import org.dateline.analysis.topics.TopicModel;
import org.dateline.pipeline.RunResult;

/**
 * The topic tables of a run ({@code --topics K}): the model is fitted once, when the first of
 * its three tables is made, and its figures go to the manifest.
 */
public final class TopicReports {
  public static final String TOPICS_FILE = "topics.csv";
  public static final String TOPICS_BY_DATE_FILE = "topics_by_date.csv";
  public static final String DOCUMENT_TOPICS_FILE = "document_topics.csv";
  static final List<String> FILES = List.of(TOPICS_FILE, TOPICS_BY_DATE_FILE, DOCUMENT_TOPICS_FILE);

  private final RunResult result;
  private final TopicSettings settings;
  private final int threads;
  private TopicModel model;
  private long millis;

  private TopicReports(RunResult result, TopicSettings settings, int threads) {
    this.result = result;
    this.settings = settings;
    this.threads = Math.max(1, threads);
  }

  /**
   * The topic tables of {@code result}, or null when the run asked for no topic model; the
   * sampler runs on up to {@code threads} threads (the tables are the same whatever their number).
   */
  static TopicReports of(RunResult result, int threads) {
    Objects.requireNonNull(result, "result");
    TopicSettings settings = result.tables().settings().topics();
    if (settings == null || result.tables().topicDocuments() == null) {
      return null;
    }
    return new TopicReports(result, settings, threads);
  }

  /** Fits on first call; several table threads may ask at once. */
  synchronized TopicModel model() {
    if (model == null) {
      long t0 = System.nanoTime();
      List<String> order = new ArrayList<>(result.documents().size());
      for (DocumentRow d : result.documents()) {
        order.add(d.docId());
      }
      model = TopicModel.fit(TopicCorpus.of(result.tables().topicDocuments(), order), settings, threads);
      millis = (System.nanoTime() - t0) / 1_000_000;
    }
    return model;
  }

  List<TableFile<?, ?>> tables() {
    AggregateSettings aggregate = result.tables().settings();
    return List.of(
        new TableFile<>(TOPICS_FILE, TopicColumn.class, () -> model().topics()),
        new TableFile<>(TOPICS_BY_DATE_FILE, TopicByDateColumn.class, () -> model().byPeriod(aggregate.period())),
        new TableFile<>(DOCUMENT_TOPICS_FILE, DocumentTopicColumn.class, () -> model().documentTopics()));
  }

  /** {@code manifest} with the model's settings, sizes and time added. */
  Manifest extend(Manifest manifest) {
    TopicModel m = model();
    List<Manifest.Setting> s = new ArrayList<>(manifest.settings());
    s.add(new Manifest.Setting("topics", Integer.toString(settings.topics())));
    s.add(new Manifest.Setting("topic_iterations", Integer.toString(settings.iterations())));
    s.add(new Manifest.Setting("topic_seed", Long.toString(settings.seed())));
    s.add(new Manifest.Setting("topic_words", Integer.toString(settings.words())));
    s.add(new Manifest.Setting("topic_sampler", "sparse collapsed Gibbs (SparseLDA), asymmetric alpha and beta "
        + "optimised every 10 iterations after 200; final alpha sum " + ReportNumbers.fixed(m.alphaSum())
        + ", beta " + ReportNumbers.fixed(m.beta())));
    List<Manifest.Count> c = new ArrayList<>(manifest.counts());
    c.add(new Manifest.Count("topic_documents", m.corpus().size()));
    c.add(new Manifest.Count("topic_vocabulary", m.corpus().vocabulary().size()));
    c.add(new Manifest.Count("topic_tokens", m.corpus().tokens()));
    List<Manifest.Timing> t = new ArrayList<>(manifest.timings());
    t.add(new Manifest.Timing("topics", millis));
    return new Manifest(manifest.program(), manifest.version(), manifest.corenlpVersion(), s,
        manifest.inputs(), c, t, manifest.started(), manifest.finished());
  }
}
