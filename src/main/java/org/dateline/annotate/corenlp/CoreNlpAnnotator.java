package org.dateline.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import org.dateline.annotate.AnnotationException;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.Layers;
import org.dateline.annotate.sentiment.ClauseScorer;
import org.dateline.annotate.sentiment.PunctuationClauses;
import org.dateline.annotate.sentiment.SentimentEngine;
import org.dateline.annotate.sentiment.SentimentEngines;
import org.dateline.io.LibraryVersions;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Phrase;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;

/**
 * The Stanford CoreNLP adapter: builds one CoreNLP pipeline for the given settings and turns
 * its output into our immutable records.
 *
 * <p>Thread-safe: CoreNLP's annotators may be called concurrently on different documents, so
 * one instance serves every worker thread. Building it loads the models, which takes tens of
 * seconds and most of the heap; build it once per program.
 */
public final class CoreNlpAnnotator implements Annotator {

  /** The CoreNLP release on the class path, as the build recorded it from pom.xml. */
  public static final String CORENLP_VERSION = LibraryVersions.CORENLP;

  /** The engine name and version, as {@link #engine()} reports it. */
  public static final Engine ENGINE = new Engine("Stanford CoreNLP", CORENLP_VERSION);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final AnnotatorSettings settings;
  private final StanfordCoreNLP pipeline;
  private final List<SentimentEngine> textEngines;
  private final ClauseScorer clauseScorer;

  /**
   * Loads the models for {@code settings}.
   *
   * @param quiet whether to silence CoreNLP's own progress logging
   */
  public CoreNlpAnnotator(AnnotatorSettings settings, boolean quiet) {
    this(settings, quiet, CoreNlpProperties.TextShape.RUNNING);
  }

  private CoreNlpAnnotator(AnnotatorSettings settings, boolean quiet, CoreNlpProperties.TextShape shape) {
    this.settings = Objects.requireNonNull(settings, "settings");
    if (quiet) {
      RedwoodConfiguration.current().clear().apply();
    }
    this.pipeline = load(CoreNlpProperties.forPipeline(settings, shape));
    this.textEngines = SentimentEngines.textEngines(settings.activeEngines());
    this.clauseScorer = new ClauseScorer(textEngines);
  }

  /**
   * Builds CoreNLP's pipeline with the parser's model loaded on a second thread while this one
   * loads the tagger's and the NER models, which would otherwise load one after another on one
   * core: a separate parser-only pipeline builds the parser, and CoreNLP keeps built annotators
   * in a global cache keyed by their properties (each entry built once, under its own lock), so
   * the full pipeline takes the same parser from there.
   */
  private static StanfordCoreNLP load(Properties properties) {
    List<String> annotators = List.of(properties.getProperty("annotators").split(","));
    if (!annotators.contains("parse")) {
      return new StanfordCoreNLP(properties);
    }
    Properties parserOnly = new Properties();
    parserOnly.putAll(properties);
    parserOnly.setProperty("annotators", "tokenize,ssplit,parse");
    // Without the tagger the parser's requirements are unmet, which only this pipeline, never run, skips.
    FutureTask<StanfordCoreNLP> parser = new FutureTask<>(() -> new StanfordCoreNLP(parserOnly, false));
    Thread thread = new Thread(parser, "dateline-load-parser");
    thread.setDaemon(true);
    thread.start();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    try {
      parser.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the parser's model", e);
    } catch (ExecutionException e) {
      // The full pipeline built the same parser, so this cannot fail where that succeeded.
      throw new IllegalStateException("cannot load the parser's model: " + e.getCause(), e.getCause());
    }
    return pipeline;
  }

  /**
   * An annotator for pre-tokenized text, as gold-standard test sets come: each line of an
   * article's text is one sentence, its tokens separated by single spaces, and CoreNLP keeps
   * both the sentences and the tokens as given.
   */
  public static CoreNlpAnnotator pretokenized(AnnotatorSettings settings, boolean quiet) {
    return new CoreNlpAnnotator(settings, quiet, CoreNlpProperties.TextShape.PRETOKENIZED);
  }

  /**
   * An annotator for one sentence per line of ordinary text, as rated sentences come: CoreNLP
   * tokenizes each line as usual but never splits or joins lines, so every line is one
   * sentence scored on its own.
   */
  public static CoreNlpAnnotator sentencePerLine(AnnotatorSettings settings, boolean quiet) {
    return new CoreNlpAnnotator(settings, quiet, CoreNlpProperties.TextShape.SENTENCE_PER_LINE);
  }

  @Override
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public Engine engine() {
    return ENGINE;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Objects.requireNonNull(article, "article");
    Annotation document = new Annotation(article.text());
    try {
      pipeline.annotate(document);
    } catch (RuntimeException e) {
      throw new AnnotationException("CoreNLP failed on " + article.origin() + ": " + e, e);
    }
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences == null ? 0 : coreSentences.size());
    List<EntityMention> mentions = new ArrayList<>();
    if (coreSentences != null) {
      for (CoreMap coreSentence : coreSentences) {
        int index = sentences.size();
        List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
        sentences.add(sentence(coreSentence, labels, article.text()));
        if (settings.layers().includes(Layers.ENTITIES)) {
          addMentions(coreSentence, index, mentions);
        }
      }
    }
    return new AnnotatedArticle(article, sentences, mentions);
  }

  private List<Token> tokens(List<CoreLabel> labels) {
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      String word = label.word();
      String lemma = label.lemma();
      String pos = label.tag();
      String ner = label.ner();
      int begin = label.beginPosition();
      int end = label.endPosition();
      boolean offsets = begin >= 0 && end >= begin;
      tokens.add(new Token(word, lemma == null ? word : lemma, pos == null ? "" : pos, ner == null ? "O" : ner,
          offsets ? begin : Token.NO_OFFSET, offsets ? end : Token.NO_OFFSET));
    }
    return tokens;
  }

  private Sentence sentence(CoreMap coreSentence, List<CoreLabel> labels, String documentText) {
    List<SentenceScore> scores = new ArrayList<>(2);
    Sentiment sentiment = null;
    ClassProbabilities probabilities = null;
    Tree tree = sentimentTree(coreSentence, labels.size());
    if (tree != null) {
      int predicted = RNNCoreAnnotations.getPredictedClass(tree);
      if (predicted >= 0) {
        sentiment = Sentiment.ofClass(predicted);
        probabilities = ClassProbabilities.of(RNNCoreAnnotations.getPredictionsAsStringList(tree));
        scores.add(new SentenceScore(SentimentEngineId.CORENLP, probabilities.expectedScore(), Tone.of(sentiment)));
      }
    }
    if (!textEngines.isEmpty()) {
      // the sentence as written, which text engines need: capitals and punctuation count
      String text = coreSentence.get(CoreAnnotations.TextAnnotation.class);
      for (SentimentEngine engine : textEngines) {
        scores.add(engine.score(text == null ? "" : text));
      }
    }
    List<Token> tokens = tokens(labels);
    // Clause scores serve only the tone towards entities, so they are left out without entities.
    List<Clause> clauses = settings.layers().includes(Layers.ENTITIES)
        ? clauses(tree, tokens, documentText)
        : List.of();
    // Phrases serve the news engine's target features, which need the entities' clauses too.
    List<Phrase> phrases = tree != null && settings.layers().includes(Layers.ENTITIES)
        && tree.getLeaves().size() == tokens.size() ? ClauseNodes.phrases(tree) : List.of();
    return new Sentence(tokens, sentiment, probabilities, scores, clauses, phrases);
  }

  /**
   * The clauses of the sentiment tree scored by CoreNLP's model at their nodes and by the text
   * engines on their text; without a tree, the {@link PunctuationClauses} scored by the text
   * engines. The text engines also score the whole sentence without its names
   * ({@link ClauseScorer}).
   */
  private List<Clause> clauses(Tree tree, List<Token> tokens, String documentText) {
    List<Clause> clauses = new ArrayList<>(clauseScorer.wholeSentence(tokens, documentText));
    if (tree == null || tree.getLeaves().size() != tokens.size()) {
      clauses.addAll(clauseScorer.punctuationClauses(tokens, documentText));
      return clauses;
    }
    for (ClauseNodes.Node node : ClauseNodes.of(tree)) {
      ClassProbabilities p = node.probabilities();
      List<SentenceScore> scores = new ArrayList<>(2);
      scores.add(new SentenceScore(SentimentEngineId.CORENLP, p.expectedScore(), Tone.of(p.mostLikely())));
      scores.addAll(clauseScorer.score(tokens, node.begin(), node.end(), documentText));
      clauses.add(new Clause(node.begin(), node.end(), p, scores));
    }
    return clauses;
  }

  private Tree sentimentTree(CoreMap sentence, int length) {
    if (!settings.runsCoreNlpSentiment() || length > settings.maxParseLength()) {
      // Over the cap CoreNLP substitutes a flat placeholder tree, whose sentiment means nothing.
      return null;
    }
    return sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
  }

  private static void addMentions(CoreMap sentence, int sentenceIndex, List<EntityMention> out) {
    List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (found == null) {
      return;
    }
    for (CoreMap mention : found) {
      EntityType type = EntityType.ofLabel(mention.get(CoreAnnotations.EntityTypeAnnotation.class));
      if (type == null || !hasNamedToken(mention.get(CoreAnnotations.TokensAnnotation.class))) {
        // CoreNLP also lists pronouns ("he", "his") as PERSON mentions for coreference;
        // their tokens carry no NER label, and they are not named entities.
        continue;
      }
      String text = WHITESPACE.matcher(mention.get(CoreAnnotations.TextAnnotation.class).strip()).replaceAll(" ");
      List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
      // CoreLabel.index() counts the sentence's tokens from 1
      int begin = tokens.isEmpty() ? -1 : tokens.get(0).index() - 1;
      int end = tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).index();
      out.add(begin >= 0 && end > begin
          ? new EntityMention(text, type, sentenceIndex, begin, end)
          : new EntityMention(text, type, sentenceIndex));
    }
  }

  private static boolean hasNamedToken(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      String ner = token.ner();
      if (ner != null && !ner.equals("O")) {
        return true;
      }
    }
    return false;
  }
}
