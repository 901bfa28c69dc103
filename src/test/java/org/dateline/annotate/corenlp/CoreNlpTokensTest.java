package org.dateline.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.TermPolicy;
import org.dateline.aggregate.TermRow;
import org.dateline.aggregate.TermTable;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Period;
import org.dateline.testing.DatedArticles;
import org.dateline.model.Token;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our term table against CoreNLP's own tokenizer with its default options: the terms must be
 * CoreNLP's default tokens, with only the pieces of hyphenated words joined back.
 */
@Tag("slow")
class CoreNlpTokensTest {

  private static final AggregateSettings SETTINGS = AggregateSettings.defaults().withPeriod(Period.YEAR);

  @Test
  void tokensCarryTheirOffsetsAndHyphenatedWordsAreOneTerm() {
    String text = "Pyongyang, March 14 (KCNA) -- RC-135s, B-1B and F-35A flew near the anti-DPRK U.S.-ROK drills.";
    Article article = Article.builder().id("k1").date(LocalDate.of(2024, 3, 14), DateSource.FIELD)
        .text(text).origin(Origin.line("kcna.txt", 1)).build();
    AnnotatedArticle annotated = SharedAnnotators.get(Layers.TERMS).annotate(article);
    List<Token> tokens = annotated.sentences().get(0).tokens();
    for (Token t : tokens) {
      assertEquals(t.word(), text.substring(t.begin(), t.end()), t.toString());
    }
    List<String> words = tokens.stream().map(Token::word).toList();
    assertEquals(List.of("RC", "-", "135s"), words.subList(words.indexOf("RC"), words.indexOf("RC") + 3));
    // "near" is a stopword.
    assertEquals(List.of("pyongyang", "march", "kcna", "rc-135s", "b-1b", "f-35a", "flew", "anti-dprk",
        "u.s.-rok", "drills"), SETTINGS.termPolicy().terms(tokens));
  }

  @Test
  void termsOfKcnaStoriesAreCoreNlpsDefaultTokensWithHyphenatedWordsJoined() throws IOException {
    Path folder = Path.of("..", "shared", "corpora", "kcna-2024");
    assumeTrue(Files.isDirectory(folder), "../shared is absent");
    List<Article> articles = DatedArticles.read(folder);
    assertEquals(1862, articles.size());

    Annotator ours = SharedAnnotators.get(Layers.TERMS);
    TermTable table = TermTable.empty(SETTINGS);
    Properties defaults = new Properties();
    defaults.setProperty("annotators", "tokenize,ssplit");
    StanfordCoreNLP reference = new StanfordCoreNLP(defaults);
    TermPolicy policy = SETTINGS.termPolicy();
    Map<String, Long> expected = new TreeMap<>();
    // The archive repeats stories up to six times; a repeat tells nothing new about the tokens.
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Article article : articles) {
      if (!seen.add(article.text())) {
        continue;
      }
      AnnotatedArticle annotated = ours.annotate(article);
      table.add(annotated);
      Annotation document = new Annotation(article.text());
      reference.annotate(document);
      for (String word : joinedAtHyphens(document.get(CoreAnnotations.TokensAnnotation.class))) {
        policy.term(new Token(word, word, "", "O")).ifPresent(t -> expected.merge(t, 1L, Long::sum));
      }
    }
    Map<String, Long> actual = new TreeMap<>();
    for (TermRow row : table.rows()) {
      actual.merge(row.term(), row.count(), Long::sum);
    }

    assertEquals(expected, actual);
    // The designators and compounds that used to fall apart into junk terms.
    for (String term : List.of("b-1b", "b-1bs", "hwasongpho-19", "u.s.-rok", "u.s.-japan-rok", "anti-dprk")) {
      assertTrue(actual.getOrDefault(term, 0L) > 0, () -> term + " " + actual.get(term));
    }
    assertFalse(actual.containsKey("1b"), "1b " + actual.get("1b"));
    // List items open with a dash touching the first word ("-Kim Jong Un inspected ...").
    assertTrue(actual.getOrDefault("kim", 0L) > 0);
    assertFalse(actual.containsKey("-kim"), "-kim " + actual.get("-kim"));
    assertFalse(actual.keySet().stream().anyMatch(t -> t.startsWith("-") || t.endsWith("-")),
        "a term begins or ends with a hyphen");
  }

  /**
   * The rule, written out again from CoreNLP's tokens: tokens that touch (no character between
   * them) are one word when one of the two ends, or begins, with a single {@code -}; a lone
   * {@code -} only when it touches a token on both sides.
   */
  private static List<String> joinedAtHyphens(List<CoreLabel> tokens) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      boolean joins = i > 0 && touch(tokens.get(i - 1), token) && hyphenBetween(tokens, i);
      if (joins) {
        word.append(token.word());
      } else {
        if (word != null) {
          words.add(word.toString());
        }
        word = new StringBuilder(token.word());
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean touch(CoreLabel a, CoreLabel b) {
    return a.endPosition() == b.beginPosition();
  }

  private static boolean hyphenBetween(List<CoreLabel> tokens, int i) {
    String before = tokens.get(i - 1).word();
    String after = tokens.get(i).word();
    if (before.equals("-")) {
      return i >= 2 && touch(tokens.get(i - 2), tokens.get(i - 1));
    }
    if (after.equals("-")) {
      return i + 1 < tokens.size() && touch(tokens.get(i), tokens.get(i + 1));
    }
    return endsWithSingleHyphen(before) || startsWithSingleHyphen(after);
  }

  private static boolean endsWithSingleHyphen(String w) {
    return w.endsWith("-") && !w.endsWith("--");
  }

  private static boolean startsWithSingleHyphen(String w) {
    return w.startsWith("-") && !w.startsWith("--");
  }
}
