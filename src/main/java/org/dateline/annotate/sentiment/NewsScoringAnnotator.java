package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Clause;
import org.dateline.model.EntityMention;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.TargetScore;

/**
 * Adds the {@code news} engine's scores to what another annotator (often a cache) returns: a
 * score for every sentence, one for every clause, taken as the target's clause, and one for
 * every entity mention with its tokens, taken as the target itself, so that the tone towards a
 * mention reads the words around it and its place in the parse, as in training.
 * The scores are computed from the sentence's annotations ({@link NewsFeatures}), so cached
 * annotations serve the engine without being redone, and a new model needs no new cache.
 *
 * <p>The {@code news} engine needs CoreNLP's and VADER's scores, so the inner annotator computes
 * them whenever {@code news} is chosen; the scores of engines that were not chosen are removed
 * here after use, so tables show only the chosen engines. Thread-safe if the inner annotator is.
 */
public final class NewsScoringAnnotator implements Annotator {

  private final Annotator inner;
  private final NewsModel model;
  private final Set<SentimentEngineId> chosen;

  public NewsScoringAnnotator(Annotator inner, NewsModel model) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.model = Objects.requireNonNull(model, "model");
    this.chosen = inner.settings().activeEngines();
  }

  /** {@code annotator} with the bundled news model around it when it runs the {@code news} engine; else itself. */
  public static Annotator over(Annotator annotator) {
    Objects.requireNonNull(annotator, "annotator");
    return annotator.settings().activeEngines().contains(SentimentEngineId.NEWS)
        ? new NewsScoringAnnotator(annotator, NewsModel.bundled())
        : annotator;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    AnnotatedArticle annotated = inner.annotate(article);
    List<List<TokenSpan>> spans = new ArrayList<>(annotated.sentences().size());
    for (int i = 0; i < annotated.sentences().size(); i++) {
      spans.add(new ArrayList<>());
    }
    for (EntityMention m : annotated.mentions()) {
      if (m.hasSpan() && m.sentenceIndex() >= 0 && m.sentenceIndex() < spans.size()
          && m.end() <= annotated.sentences().get(m.sentenceIndex()).tokens().size()) {
        spans.get(m.sentenceIndex()).add(new TokenSpan(m.begin(), m.end()));
      }
    }
    List<Sentence> sentences = new ArrayList<>(annotated.sentences().size());
    for (int i = 0; i < annotated.sentences().size(); i++) {
      sentences.add(score(annotated.sentences().get(i), spans.get(i)));
    }
    return new AnnotatedArticle(annotated.article(), sentences, annotated.mentions());
  }

  /** The sentence with the news scores added and the scores of engines not chosen removed. */
  public Sentence score(Sentence s) {
    return score(s, List.of());
  }

  /**
   * {@link #score(Sentence)}, and each mention at {@code mentions} scored as a target of its
   * own ({@link NewsModel#score(Sentence, int, int)}: the words around it and its place in the
   * parse count), which {@link Sentence#scoreAround} then gives for it instead of its clause's.
   */
  public Sentence score(Sentence s, List<TokenSpan> mentions) {
    List<TokenSpan> distinct = new ArrayList<>(new LinkedHashSet<>(mentions));
    List<SentenceScore> targetScores = model.scoreTargets(s, distinct);
    List<TargetScore> targets = new ArrayList<>(distinct.size());
    for (int i = 0; i < distinct.size(); i++) {
      TokenSpan m = distinct.get(i);
      targets.add(new TargetScore(m.from(), m.to(), List.of(targetScores.get(i))));
    }
    List<SentenceScore> news = model.scoreWithClauses(s);
    List<SentenceScore> scores = kept(s.scores());
    scores.add(news.get(0));
    List<Clause> clauses = new ArrayList<>(s.clauses().size());
    for (int i = 0; i < s.clauses().size(); i++) {
      Clause c = s.clauses().get(i);
      List<SentenceScore> clauseScores = kept(c.scores());
      clauseScores.add(news.get(i + 1));
      clauses.add(new Clause(c.begin(), c.end(), c.probabilities(), clauseScores));
    }
    boolean corenlp = chosen.contains(SentimentEngineId.CORENLP);
    return new Sentence(s.tokens(), corenlp ? s.sentiment() : null, corenlp ? s.probabilities() : null, scores,
        clauses, corenlp ? s.phrases() : List.of(), targets);
  }

  private List<SentenceScore> kept(List<SentenceScore> scores) {
    List<SentenceScore> out = new ArrayList<>(scores.size() + 1);
    for (SentenceScore score : scores) {
      if (chosen.contains(score.engine()) && score.engine() != SentimentEngineId.NEWS) {
        out.add(score);
      }
    }
    return out;
  }

  @Override
  public AnnotatorSettings settings() {
    return inner.settings();
  }

  @Override
  public String engineVersion() {
    return inner.engineVersion();
  }
}
