package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;
import org.dateline.model.Token;

/**
 * A pre-tokenizing annotator with scripted output, so that the scoring can be checked against
 * hand-computed figures without loading models: NER labels come from a word table, sentiment
 * from a function of the sentence text.
 */
final class FakeAnnotator implements Annotator {
  private final AnnotatorSettings settings;
  private final Map<String, String> labels;
  private final Function<String, Sentiment> sentiment;

  FakeAnnotator(AnnotatorSettings settings, Map<String, String> labels, Function<String, Sentiment> sentiment) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.labels = Map.copyOf(labels);
    this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
  }

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

  static FakeAnnotator forSettings(AnnotatorSettings settings) {
    return new FakeAnnotator(settings, MINI_CONLL_LABELS, FakeAnnotator::miniSstSentiment);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    for (String line : article.text().split("\n")) {
      List<Token> tokens = new ArrayList<>();
      for (String word : line.split(" ")) {
        String ner = settings.layers().includes(Layers.ENTITIES) ? labels.getOrDefault(word, "O") : "O";
        tokens.add(new Token(word, word, "NN", ner));
      }
      Sentiment s = settings.layers().includes(Layers.SENTIMENT) ? sentiment.apply(line) : null;
      sentences.add(new Sentence(tokens, s));
    }
    return new AnnotatedArticle(article, sentences, List.of());
  }

  @Override
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public Engine engine() {
    return new Engine("fake", "1");
  }
}
