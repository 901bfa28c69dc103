package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * An annotator without models for pipeline tests: one sentence per line, tokens split at
 * spaces, every token a noun outside any entity; on a text containing {@code marker} it calls
 * {@code failure}, which throws whatever the test needs.
 */
final class ScriptedAnnotator implements Annotator {

  private final String marker;
  private final Function<String, RuntimeException> failure;

  ScriptedAnnotator(String marker, Function<String, RuntimeException> failure) {
    this.marker = Objects.requireNonNull(marker, "marker");
    this.failure = Objects.requireNonNull(failure, "failure");
  }

  /** Never fails. */
  ScriptedAnnotator() {
    this("\u0000never\u0000", text -> new IllegalStateException("unreachable"));
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    if (article.text().contains(marker)) {
      throw failure.apply(article.text());
    }
    List<Sentence> sentences = new ArrayList<>();
    for (String line : article.text().split("\n")) {
      List<Token> tokens = new ArrayList<>();
      for (String word : line.split(" +")) {
        if (!word.isEmpty()) {
          tokens.add(new Token(word, word.toLowerCase(java.util.Locale.ROOT), "NN", "O"));
        }
      }
      sentences.add(new Sentence(tokens, null));
    }
    return new AnnotatedArticle(article, sentences, List.of());
  }

  @Override
  public AnnotatorSettings settings() {
    return AnnotatorSettings.defaults().withLayers(Layers.TERMS);
  }

  @Override
  public Engine engine() {
    return new Engine("scripted", "1");
  }
}
