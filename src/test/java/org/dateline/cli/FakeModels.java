package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.FixedLanguage;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.testing.FakeAnnotator;

/**
 * Models for command-line tests of options and of a run's plumbing, which need no NLP: each
 * text is one sentence of words, numbers and single punctuation marks, every token a noun outside
 * any entity, with no sentiment; and every text is kept as English by an identifier that tells
 * Lingua's languages.
 */
final class FakeModels implements Models {

  /** The commands over these models. */
  static final Assembly ASSEMBLY = Assembly.of(new FakeModels());

  /** The codes {@code LinguaLanguageIdentifier} tells, as its own test lists them. */
  static final Set<String> LANGUAGES = Set.of("ar", "de", "en", "es", "fr", "it", "ja", "ko", "pt", "ru", "zh");

  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|\\S");

  @Override
  public Annotator annotator(AnnotatorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return FakeAnnotator.of(settings, article -> {
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(article.text());
      while (m.find()) {
        tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), "NN", "O", m.start(), m.end()));
      }
      return new AnnotatedArticle(article, List.of(new Sentence(tokens, null)), List.of());
    });
  }

  @Override
  public Engine engine() {
    return FakeAnnotator.ENGINE;
  }

  @Override
  public String fingerprint(AnnotatorSettings settings) {
    return FakeAnnotator.ENGINE.display() + " " + settings;
  }

  @Override
  public LanguageIdentifier languages() {
    return FixedLanguage.english(LANGUAGES);
  }
}
