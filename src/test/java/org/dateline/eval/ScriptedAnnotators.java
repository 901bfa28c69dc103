package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.sentiment.VaderEngine;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;
import org.dateline.testing.FakeAnnotator;
import org.dateline.testing.Words;

/**
 * Pre-tokenizing fakes with scripted output for the evaluation's fixtures, so that the scoring
 * can be checked against hand-computed figures without loading models.
 */
final class ScriptedAnnotators {

  private ScriptedAnnotators() {}

  /** Labels of the mini.conll fixture; see NerEvaluationTest for the figures they give. */
  static final Map<String, String> MINI_CONLL_LABELS = Map.of(
      "Kim", "PERSON", "Jong", "PERSON", "Un", "PERSON",
      "Pyongyang", "CITY",
      "Workers", "ORGANIZATION", "Party", "ORGANIZATION",
      "Wonsan", "PERSON",
      "Korean", "NATIONALITY",
      "Seoul", "LOCATION",
      "officials", "TITLE");

  /** Sentiment rules for the mini-sst.tsv fixture; see SentimentEvaluationTest. */
  static Sentiment miniSstSentiment(String sentence) {
    List<String> words = List.of(sentence.split(" "));
    if (words.contains("great")) {
      return Sentiment.VERY_POSITIVE;
    }
    if (words.contains("good")) {
      return Sentiment.POSITIVE;
    }
    if (words.contains("terrible") || words.contains("dull")) {
      return Sentiment.NEGATIVE;
    }
    return Sentiment.NEUTRAL;
  }

  /**
   * One sentence per line: NER labels from {@link #MINI_CONLL_LABELS} when {@code settings} has
   * the entities layer, sentiment by {@link #miniSstSentiment} when it has the sentiment layer.
   */
  static FakeAnnotator forSettings(AnnotatorSettings settings) {
    Words words = Words.perLine();
    if (settings.layers().includes(Layers.ENTITIES)) {
      words = words.labels(MINI_CONLL_LABELS);
    }
    if (settings.layers().includes(Layers.SENTIMENT)) {
      words = words.sentiment(ScriptedAnnotators::miniSstSentiment);
    }
    return FakeAnnotator.of(settings, words);
  }

  /** A scripted CoreNLP class: great/wonderful very positive, horrible/bad negative, else neutral. */
  static Sentiment coreNlpClass(String line) {
    if (line.contains("great") || line.contains("wonderful")) {
      return Sentiment.VERY_POSITIVE;
    }
    return line.contains("horrible") || line.contains("bad") ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
  }

  /**
   * One sentence per line, scored by each engine {@code settings} activates: CoreNLP by {@link
   * #coreNlpClass} (its score the class minus 2), VADER by the real engine.
   */
  static FakeAnnotator sentiment(AnnotatorSettings settings) {
    VaderEngine vader = VaderEngine.bundled();
    return FakeAnnotator.of(settings, Words.perLine().sentences((line, tokens) -> {
      List<SentenceScore> scores = new ArrayList<>();
      Sentiment sentiment = null;
      if (settings.activeEngines().contains(SentimentEngineId.CORENLP)) {
        sentiment = coreNlpClass(line);
        scores.add(new SentenceScore(SentimentEngineId.CORENLP, sentiment.score(), Tone.of(sentiment)));
      }
      if (settings.activeEngines().contains(SentimentEngineId.VADER)) {
        scores.add(vader.score(line));
      }
      return new Sentence(tokens, sentiment, null, scores);
    }));
  }
}
