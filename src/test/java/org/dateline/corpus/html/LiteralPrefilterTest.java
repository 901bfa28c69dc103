package org.dateline.corpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.dateline.corpus.html.LiteralPrefilter.Answer;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {

  /** The pattern's alternatives as plain strings that match them. */
  private static List<String> alternatives(Pattern pattern) {
    List<String> out = new ArrayList<>();
    for (String alt : pattern.pattern().split("\\|")) {
      String plain = alt.replace("\\b", "");
      // "x?" and "-?": both with and without the optional character
      out.add(plain.replaceAll("(.)\\?", "$1"));
      out.add(plain.replaceAll(".\\?", ""));
    }
    return out;
  }

  /** Strings made of the pattern's alternatives, their parts, separators and look-alike letters. */
  private static List<String> strings(Pattern pattern, int count) {
    List<String> fragments = new ArrayList<>(alternatives(pattern));
    for (String a : alternatives(pattern)) {
      if (a.length() > 2) {
        fragments.add(a.substring(1));
        fragments.add(a.substring(0, a.length() - 1));
      }
    }
    fragments.addAll(List.of("-", " ", "_", "2", "\u0130", "\u212A", "\u017F", "\u00E9", "header", "body",
        "load", "shadow", "AD", "Ad", "x"));
    SplittableRandom random = new SplittableRandom(7);
    List<String> out = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        String f = fragments.get(random.nextInt(fragments.size()));
        sb.append(random.nextInt(4) == 0 ? f.toUpperCase(Locale.ROOT) : f);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static void answersAsThePatternDoes(LiteralPrefilter filter, Pattern pattern) {
    int[] answers = new int[3];
    int matched = 0;
    for (String s : strings(pattern, 200_000)) {
      boolean found = pattern.matcher(s).find();
      Answer answer = filter.test(s);
      answers[answer.ordinal()]++;
      if (answer == Answer.NO) {
        assertTrue(!found, "refused a string the pattern matches: " + s);
      } else if (answer == Answer.YES) {
        assertTrue(found, "accepted a string the pattern does not match: " + s);
      }
      assertEquals(found, filter.find(s), s);
      matched += found ? 1 : 0;
    }
    assertTrue(matched > 10_000, "the strings exercise the pattern: " + matched);
    assertTrue(answers[Answer.NO.ordinal()] > 1_000, "some strings hold no literal");
    assertTrue(answers[Answer.YES.ordinal()] > 1_000, "some strings hold a whole alternative");
  }

  @Test
  void unlikelyClassWordsAnswerAsTheirPattern() {
    answersAsThePatternDoes(ArticleExtractor.UNLIKELY_LITERALS, ArticleExtractor.UNLIKELY);
    for (String a : alternatives(ArticleExtractor.UNLIKELY)) {
      assertTrue(ArticleExtractor.UNLIKELY_LITERALS.find("x " + a.toUpperCase(Locale.ROOT)), a);
    }
  }

  @Test
  void keepingClassWordsAnswerAsTheirPattern() {
    answersAsThePatternDoes(ArticleExtractor.MAYBE_LITERALS, ArticleExtractor.MAYBE);
  }

  @Test
  void answersForClassNamesAResearcherWouldSee() {
    LiteralPrefilter f = ArticleExtractor.UNLIKELY_LITERALS;
    assertEquals(Answer.NO, f.test("article-body"));
    assertEquals(Answer.NO, f.test("entry-content post"));
    assertEquals(Answer.NO, f.test(""));
    // a Kelvin sign is no "k" for a pattern without UNICODE_CASE
    assertEquals(Answer.NO, f.test("boo\u212Amark"));
    assertEquals(Answer.YES, f.test("Site-FOOTER"));
    assertEquals(Answer.MAYBE, f.test("bad"));
    assertEquals(false, f.find("bad"));
    assertEquals(true, f.find("top-ad"));
  }

  @Test
  void refusesLiteralsThatAreNotLowerCaseAscii() {
    assertThrows(IllegalArgumentException.class, () -> new LiteralPrefilter(List.of("Ad"), List.of(), null));
    assertThrows(IllegalArgumentException.class, () -> new LiteralPrefilter(List.of(), List.of(""), Pattern.compile("x")));
    assertThrows(IllegalArgumentException.class, () -> new LiteralPrefilter(List.of("caf\u00E9"), List.of(), null));
    assertThrows(IllegalArgumentException.class, () -> new LiteralPrefilter(List.of(), List.of("ad"), null));
  }
}
