package org.dateline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;
import org.dateline.model.Token;

/**
 * The script most fakes follow: a sentence per line of the text (or the whole text as one),
 * a token per word between spaces, each a noun outside any entity with the word as its lemma.
 * Each of those choices can be changed; instances are immutable, so one can be shared by the
 * tests of a class and by a run's threads.
 */
public final class Words implements FakeAnnotator.Script {

  /** Makes a sentence of a line's tokens, where the sentence needs more than a class. */
  @FunctionalInterface
  public interface SentenceMaker {
    Sentence make(String line, List<Token> tokens);
  }

  private final boolean wholeText;
  private final UnaryOperator<String> lemma;
  private final Function<String, String> label;
  private final Function<String, EntityType> mention;
  private final SentenceMaker sentence;

  private Words(boolean wholeText, UnaryOperator<String> lemma, Function<String, String> label,
      Function<String, EntityType> mention, SentenceMaker sentence) {
    this.wholeText = wholeText;
    this.lemma = lemma;
    this.label = label;
    this.mention = mention;
    this.sentence = sentence;
  }

  /** One sentence per line. */
  public static Words perLine() {
    return new Words(false, w -> w, w -> "O", w -> null, (line, tokens) -> new Sentence(tokens, null));
  }

  /** The whole text one sentence, line breaks and all. */
  public static Words wholeText() {
    return new Words(true, w -> w, w -> "O", w -> null, (line, tokens) -> new Sentence(tokens, null));
  }

  /** Lemmas are the words in lower case, so that terms count "Missile" and "missile" as one. */
  public Words lowerCaseLemmas() {
    return new Words(wholeText, w -> w.toLowerCase(Locale.ROOT), label, mention, sentence);
  }

  /** The NER label of each word, {@code "O"} outside entities. */
  public Words labels(Function<String, String> labelOfWord) {
    Objects.requireNonNull(labelOfWord, "labelOfWord");
    return new Words(wholeText, lemma, labelOfWord, mention, sentence);
  }

  /** The NER labels of the words in {@code labels}; other words are {@code "O"}. */
  public Words labels(Map<String, String> labels) {
    Map<String, String> copy = Map.copyOf(labels);
    return labels(w -> copy.getOrDefault(w, "O"));
  }

  /** Words that are mentions on their own: their entity type, or null for other words. */
  public Words mentions(Function<String, EntityType> typeOfWord) {
    Objects.requireNonNull(typeOfWord, "typeOfWord");
    return new Words(wholeText, lemma, label, typeOfWord, sentence);
  }

  /** CoreNLP's class of each sentence, from its text; null where it has none. */
  public Words sentiment(Function<String, Sentiment> classOfLine) {
    Objects.requireNonNull(classOfLine, "classOfLine");
    return sentences((line, tokens) -> new Sentence(tokens, classOfLine.apply(line)));
  }

  /** Each sentence as {@code maker} makes it of its line and tokens. */
  public Words sentences(SentenceMaker maker) {
    Objects.requireNonNull(maker, "maker");
    return new Words(wholeText, lemma, label, mention, maker);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    String[] lines = wholeText ? new String[] {article.text()} : article.text().split("\n");
    for (String line : lines) {
      List<Token> tokens = new ArrayList<>();
      for (String word : line.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        tokens.add(new Token(word, lemma.apply(word), "NN", label.apply(word)));
        EntityType type = mention.apply(word);
        if (type != null) {
          mentions.add(new EntityMention(word, type, sentences.size()));
        }
      }
      sentences.add(sentence.make(line, tokens));
    }
    return new AnnotatedArticle(article, sentences, mentions);
  }
}
