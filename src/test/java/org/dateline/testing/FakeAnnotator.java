package org.dateline.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;

/**
 * An annotator without models: the test scripts what it returns ({@link Script}, often {@link
 * Words}) and with which settings; the fake counts its calls and keeps the texts it was given.
 * Thread-safe when its script is, as the pipeline's workers share it.
 *
 * <p>Not final, so that a test can add an interface the pipeline looks for (a score memo, say)
 * without writing an annotator of its own.
 */
public class FakeAnnotator implements Annotator {

  /** What the fake returns for an article. */
  @FunctionalInterface
  public interface Script {
    AnnotatedArticle annotate(Article article);
  }

  /** The engine every fake names; no test depends on its value, only on its being one. */
  public static final Engine ENGINE = new Engine("fake", "1");

  private final AnnotatorSettings settings;
  private final Script script;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> texts = Collections.synchronizedList(new ArrayList<>());

  public FakeAnnotator(AnnotatorSettings settings, Script script) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.script = Objects.requireNonNull(script, "script");
  }

  /** A fake with {@code settings} whose articles {@code script} annotates. */
  public static FakeAnnotator of(AnnotatorSettings settings, Script script) {
    return new FakeAnnotator(settings, script);
  }

  /**
   * The terms layer of a run without models: a sentence per line, a token per word, lemmas in
   * lower case, no entities.
   */
  public static FakeAnnotator terms() {
    return new FakeAnnotator(AnnotatorSettings.defaults().withLayers(Layers.TERMS), Words.perLine().lowerCaseLemmas());
  }

  /** A fake for tests that build an annotator but never annotate with it: it throws if asked to. */
  public static FakeAnnotator unused() {
    return new FakeAnnotator(AnnotatorSettings.defaults(), article -> {
      throw new UnsupportedOperationException("not annotated in this test");
    });
  }

  /**
   * This fake's settings and script, except that on a text containing {@code marker} it throws
   * what {@code failure} makes of the text: how tests make a worker fail on one document.
   */
  public FakeAnnotator failingOn(String marker, Function<String, RuntimeException> failure) {
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(failure, "failure");
    return new FakeAnnotator(settings, article -> {
      if (article.text().contains(marker)) {
        throw failure.apply(article.text());
      }
      return script.annotate(article);
    });
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    calls.incrementAndGet();
    texts.add(article.text());
    return script.annotate(article);
  }

  @Override
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public Engine engine() {
    return ENGINE;
  }

  /** How many articles it was asked to annotate, failed ones included. */
  public int calls() {
    return calls.get();
  }

  /** The texts it was given, in the order of the calls. */
  public List<String> texts() {
    synchronized (texts) {
      return List.copyOf(texts);
    }
  }
}
