package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.annotate.Profile;

/**
 * The results of one evaluation run, over any number of profiles. Immutable.
 *
 * @param ner NER results, one per profile evaluated
 * @param sentiment CoreNLP's SST results, one per profile evaluated
 * @param engines per-engine results of the ratings and NewsMTSC tasks
 */
public record EvalReport(List<NerResult> ner, List<SentimentResult> sentiment, List<EngineResult> engines) {
  public EvalReport {
    ner = List.copyOf(Objects.requireNonNull(ner, "ner"));
    sentiment = List.copyOf(Objects.requireNonNull(sentiment, "sentiment"));
    engines = List.copyOf(Objects.requireNonNull(engines, "engines"));
  }

  public EvalReport(List<NerResult> ner, List<SentimentResult> sentiment) {
    this(ner, sentiment, List.of());
  }

  /** Every scored item of the per-engine tasks, in report order. */
  public List<Prediction> predictions() {
    return engines.stream().flatMap(e -> e.predictions().stream()).toList();
  }

  /**
   * Every figure as a row, profile by profile, NER before sentiment. NER metrics: precision,
   * recall, f1 (micro-averaged), the same per class ({@code f1_PER} ...), entities_gold,
   * entities_predicted, entities_correct, sentences. Sentiment metrics: accuracy_5class,
   * accuracy_binary, accuracy_binary_nonneutral, sentences, sentences_binary,
   * sentences_binary_nonneutral. Then each engine's ratings and NewsMTSC figures.
   */
  public List<EvalRow> rows() {
    List<Profile> profiles = new ArrayList<>();
    ner.forEach(r -> addOnce(profiles, r.profile()));
    sentiment.forEach(r -> addOnce(profiles, r.profile()));
    engines.forEach(r -> addOnce(profiles, r.profile()));
    List<EvalRow> rows = new ArrayList<>();
    for (Profile p : profiles) {
      for (NerResult r : ner) {
        if (r.profile() == p) {
          addNer(rows, r);
        }
      }
      for (SentimentResult r : sentiment) {
        if (r.profile() == p) {
          addSentiment(rows, r);
        }
      }
      for (EngineResult r : engines) {
        if (r.profile() == p) {
          rows.addAll(r.figures());
        }
      }
    }
    return List.copyOf(rows);
  }

  private static void addOnce(List<Profile> profiles, Profile p) {
    if (!profiles.contains(p)) {
      profiles.add(p);
    }
  }

  private static void addNer(List<EvalRow> rows, NerResult r) {
    Profile p = r.profile();
    EvalTask t = EvalTask.NER;
    MatchCounts all = r.overall();
    rows.add(EvalRow.rate(p, t, "precision", all.precision()));
    rows.add(EvalRow.rate(p, t, "recall", all.recall()));
    rows.add(EvalRow.rate(p, t, "f1", all.f1()));
    for (EntityClass c : EntityClass.values()) {
      MatchCounts m = r.of(c);
      rows.add(EvalRow.rate(p, t, "precision_" + c.label(), m.precision()));
      rows.add(EvalRow.rate(p, t, "recall_" + c.label(), m.recall()));
      rows.add(EvalRow.rate(p, t, "f1_" + c.label(), m.f1()));
    }
    rows.add(EvalRow.count(p, t, "entities_gold", all.gold()));
    rows.add(EvalRow.count(p, t, "entities_predicted", all.predicted()));
    rows.add(EvalRow.count(p, t, "entities_correct", all.correct()));
    rows.add(EvalRow.count(p, t, "sentences", r.sentences()));
  }

  private static void addSentiment(List<EvalRow> rows, SentimentResult r) {
    Profile p = r.profile();
    EvalTask t = EvalTask.SST;
    SentimentCounts c = r.counts();
    rows.add(EvalRow.rate(p, t, "accuracy_5class", c.accuracy5()));
    rows.add(EvalRow.rate(p, t, "accuracy_binary", c.accuracyBinary()));
    rows.add(EvalRow.rate(p, t, "accuracy_binary_nonneutral", c.accuracyBinaryNonNeutral()));
    rows.add(EvalRow.count(p, t, "sentences", c.sentences()));
    rows.add(EvalRow.count(p, t, "sentences_binary", c.binarySentences()));
    rows.add(EvalRow.count(p, t, "sentences_binary_nonneutral", c.nonNeutralSentences()));
  }

  /**
   * The figures as an aligned plain-text table: one line per task and metric, one column per
   * profile, for people to read (scripts should read {@code eval.csv}).
   */
  public String formatTable() {
    record Key(EvalTask task, String engine, String metric) {}
    List<Profile> profiles = new ArrayList<>();
    Map<Key, Map<Profile, String>> cells = new LinkedHashMap<>();
    for (EvalRow row : rows()) {
      addOnce(profiles, row.profile());
      cells.computeIfAbsent(new Key(row.task(), row.engineLabel(), row.metric()), k -> new LinkedHashMap<>())
          .put(row.profile(), row.formattedValue());
    }
    int taskWidth = "task".length();
    int engineWidth = "engine".length();
    int metricWidth = "metric".length();
    for (Key k : cells.keySet()) {
      taskWidth = Math.max(taskWidth, k.task().label().length());
      engineWidth = Math.max(engineWidth, k.engine().length());
      metricWidth = Math.max(metricWidth, k.metric().length());
    }
    int valueWidth = 8;
    for (Profile p : profiles) {
      valueWidth = Math.max(valueWidth, p.label().length());
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("task", taskWidth, false)).append("  ").append(pad("engine", engineWidth, false))
        .append("  ").append(pad("metric", metricWidth, false));
    for (Profile p : profiles) {
      out.append("  ").append(pad(p.label(), valueWidth, true));
    }
    out.append('\n');
    for (Map.Entry<Key, Map<Profile, String>> e : cells.entrySet()) {
      Key k = e.getKey();
      out.append(pad(k.task().label(), taskWidth, false)).append("  ").append(pad(k.engine(), engineWidth, false))
          .append("  ").append(pad(k.metric(), metricWidth, false));
      for (Profile p : profiles) {
        out.append("  ").append(pad(e.getValue().getOrDefault(p, "-"), valueWidth, true));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
