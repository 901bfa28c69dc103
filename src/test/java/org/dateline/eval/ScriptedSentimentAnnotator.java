package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.sentiment.VaderEngine;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;

/**
 * One sentence per line, no models: a scripted CoreNLP class (great/wonderful very positive,
 * horrible/bad negative, else neutral; its score the class minus 2) and the real VADER engine.
 */
final class ScriptedSentimentAnnotator implements Annotator {
  private final AnnotatorSettings settings;
  private final VaderEngine vader = VaderEngine.bundled();

  ScriptedSentimentAnnotator(AnnotatorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  static Sentiment coreNlpClass(String line) {
    if (line.contains("great") || line.contains("wonderful")) {
      return Sentiment.VERY_POSITIVE;
    }
    return line.contains("horrible") || line.contains("bad") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    for (String line : article.text().split("\n")) {
      List<Token> tokens = new ArrayList<>();
      for (String word : line.split(" ")) {
        tokens.add(new Token(word, word, "NN", "O"));
      }
      List<SentenceScore> scores = new ArrayList<>();
      Sentiment sentiment = null;
      if (settings.activeEngines().contains(SentimentEngineId.CORENLP)) {
        sentiment = coreNlpClass(line);
        scores.add(new SentenceScore(SentimentEngineId.CORENLP, sentiment.score(), Tone.of(sentiment)));
      }
      if (settings.activeEngines().contains(SentimentEngineId.VADER)) {
        scores.add(vader.score(line));
      }
      sentences.add(new Sentence(tokens, sentiment, null, scores));
    }
    return new AnnotatedArticle(article, sentences, List.of());
  }

  @Override
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public Engine engine() {
    return new Engine("scripted", "1");
  }
}
