package org.dateline.annotate.sentiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.ScoreMemo;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.embed.SentenceVectors;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Clause;
import org.dateline.model.EntityMention;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.TargetScore;
import org.dateline.model.Tone;

/**
 * Adds the {@code news} engine's scores to what another annotator (often a cache) returns: a
 * score for every sentence, one for every clause, taken as the target's clause, and one for
 * every entity mention with its tokens, taken as the target itself, so that the tone towards a
 * mention reads the words around it and its place in the parse, as in training.
 * The scores are computed from the sentence's annotations ({@link NewsScorer}), so cached
 * annotations serve the engine without being redone, and a new model needs no new cache.
 *
 * <p>The {@code news} engine needs CoreNLP's and VADER's scores, so the inner annotator computes
 * them whenever {@code news} is chosen; the scores of engines that were not chosen are removed
 * here after use, so tables show only the chosen engines. Thread-safe if the inner annotator is.
 */
public final class NewsScoringAnnotator implements Annotator {

  /** The encoding of scores kept in a {@link ScoreMemo}; part of their key. */
  static final int MEMO_FORMAT = 1;

  private final Annotator inner;
  private final NewsScorer scorer;
  private final Set<SentimentEngineId> chosen;
  private final ScoreMemo memo;
  /** Names the scores kept in the memo: their encoding, the model and the encoder that made them. */
  private final String memoKey;

  /** Scores every time; a memo offered by {@code inner} is not used. */
  public NewsScoringAnnotator(Annotator inner, NewsScorer scorer) {
    this(inner, scorer, null);
  }

  /**
   * @param memo where scores are kept between runs, or null; scores read from it equal those
   *     computed, to the bit
   */
  public NewsScoringAnnotator(Annotator inner, NewsScorer scorer, ScoreMemo memo) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.chosen = inner.settings().activeEngines();
    this.memo = memo;
    this.memoKey = memo == null ? null
        : "news scores " + MEMO_FORMAT + " " + scorer.model().fingerprint() + " " + scorer.vectorsModel();
  }

  /**
   * {@code annotator} with the bundled news model over {@code vectors} around it when it runs
   * the {@code news} engine; else itself. When {@code annotator} offers a {@link ScoreMemo} (a
   * cache does), the scores are kept there, so a re-run of the same texts reads them instead of
   * computing them.
   */
  public static Annotator over(Annotator annotator, SentenceVectors vectors) {
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(vectors, "vectors");
    return annotator.settings().activeEngines().contains(SentimentEngineId.NEWS)
        ? new NewsScoringAnnotator(annotator, NewsScorer.bundled(vectors), annotator instanceof ScoreMemo m ? m : null)
        : annotator;
  }

  /** {@link #over(Annotator, SentenceVectors)} with the encoder the bundled model was trained with. */
  public static Annotator over(Annotator annotator) {
    return over(annotator, SentenceEncoder.shared());
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    AnnotatedArticle annotated = inner.annotate(article);
    List<Sentence> in = annotated.sentences();
    // each sentence's distinct mention spans, in the order of the mentions
    List<List<TokenSpan>> targets = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      targets.add(new ArrayList<>());
    }
    for (EntityMention m : annotated.mentions()) {
      if (m.hasSpan() && m.sentenceIndex() >= 0 && m.sentenceIndex() < targets.size()
          && m.end() <= in.get(m.sentenceIndex()).tokens().size()) {
        List<TokenSpan> spans = targets.get(m.sentenceIndex());
        TokenSpan span = new TokenSpan(m.begin(), m.end());
        if (!spans.contains(span)) {
          spans.add(span);
        }
      }
    }
    List<List<SentenceScore>> news = memo == null ? null : remembered(article, in, targets);
    if (news == null) {
      news = new ArrayList<>(in.size());
      for (int i = 0; i < in.size(); i++) {
        news.add(scorer.scoreAll(in.get(i), targets.get(i)));
      }
      if (memo != null) {
        memo.putScores(article, memoKey, encode(news));
      }
    }
    List<Sentence> sentences = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      sentences.add(withScores(in.get(i), news.get(i), targets.get(i)));
    }
    return new AnnotatedArticle(annotated.article(), sentences, annotated.mentions());
  }

  /** The sentence with the news scores added and the scores of engines not chosen removed. */
  public Sentence score(Sentence s) {
    return score(s, List.of());
  }

  /**
   * {@link #score(Sentence)}, and each mention at {@code mentions} scored as a target of its
   * own ({@link NewsScorer#score(Sentence, int, int)}: the words around it and its place in the
   * parse count), which {@link Sentence#scoreAround} then gives for it instead of its clause's.
   */
  public Sentence score(Sentence s, List<TokenSpan> mentions) {
    List<TokenSpan> distinct = new ArrayList<>(new LinkedHashSet<>(mentions));
    return withScores(s, scorer.scoreAll(s, distinct), distinct);
  }

  private Sentence withScores(Sentence s, List<SentenceScore> news, List<TokenSpan> distinct) {
    int firstTarget = 1 + s.clauses().size();
    List<TargetScore> targets = new ArrayList<>(distinct.size());
    for (int i = 0; i < distinct.size(); i++) {
      TokenSpan m = distinct.get(i);
      targets.add(new TargetScore(m.from(), m.to(), List.of(news.get(firstTarget + i))));
    }
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

  /**
   * The scores the memo holds for these annotations, or null when it holds none or holds
   * something that does not fit them (then they are computed and stored again).
   */
  private List<List<SentenceScore>> remembered(Article article, List<Sentence> sentences,
      List<List<TokenSpan>> targets) {
    Optional<byte[]> data = memo.scores(article, memoKey);
    if (data.isEmpty()) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data.get()))) {
      if (in.readInt() != sentences.size()) {
        return null;
      }
      Tone[] tones = Tone.values();
      List<List<SentenceScore>> out = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        int n = in.readInt();
        if (n != 1 + sentences.get(i).clauses().size() + targets.get(i).size()) {
          return null;
        }
        List<SentenceScore> scores = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          double score = in.readDouble();
          scores.add(new SentenceScore(SentimentEngineId.NEWS, score, tones[in.readUnsignedByte()]));
        }
        out.add(scores);
      }
      return in.available() == 0 ? out : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static byte[] encode(List<List<SentenceScore>> news) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(news.size());
      for (List<SentenceScore> scores : news) {
        out.writeInt(scores.size());
        for (SentenceScore score : scores) {
          out.writeDouble(score.score());
          out.writeByte(score.tone().ordinal());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode news scores", e);
    }
    return bytes.toByteArray();
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
  public Engine engine() {
    return inner.engine();
  }
}
