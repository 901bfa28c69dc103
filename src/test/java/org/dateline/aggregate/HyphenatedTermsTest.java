package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

class HyphenatedTermsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 14);
  private static final TermPolicy POLICY = AggregateSettings.defaults().termPolicy();

  /**
   * Tokens with the offsets a tokenizer would give: each piece is looked up in {@code text}
   * after the previous one, so pieces written without a space between them touch.
   */
  private static List<Token> tokens(String text, String... pieces) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    for (String piece : pieces) {
      int at = text.indexOf(piece, from);
      if (at < 0) {
        throw new IllegalArgumentException("'" + piece + "' not found in '" + text + "' after " + from);
      }
      tokens.add(new Token(piece, piece.toLowerCase(Locale.ROOT), "NN", "O", at, at + piece.length()));
      from = at + piece.length();
    }
    return tokens;
  }

  private static void assertTerms(List<String> expected, String text, String... pieces) {
    assertEquals(expected, POLICY.terms(tokens(text, pieces)), text);
  }

  @Test
  void weaponDesignatorsSplitByCoreNlpAreOneTermEach() {
    // The pieces are CoreNLP 4.5.10's default tokens for these words.
    assertTerms(List.of("rc-135s", "b-1b", "flew"), "RC-135s and B-1B flew",
        "RC", "-", "135s", "and", "B", "-", "1B", "flew");
    assertTerms(List.of("hwasong-18", "kn-23", "f-35a"), "Hwasong-18, KN-23 and F-35A.",
        "Hwasong", "-", "18", ",", "KN", "-", "23", "and", "F", "-", "35A", ".");
    assertTerms(List.of("u.s.-rok", "drills"), "U.S.-ROK drills", "U.S.", "-", "ROK", "drills");
  }

  @Test
  void wordsKeptWholeByTheTokenizerStayWhole() {
    assertTerms(List.of("anti-dprk", "campaign"), "anti-DPRK campaign", "anti-DPRK", "campaign");
  }

  @Test
  void piecesThatCarryTheirOwnHyphenAreJoinedToo() {
    assertTerms(List.of("hwasong-18"), "Hwasong-18", "Hwasong", "-18");
    // What tokenize.options=invertible=false made of RC-135s: "s" carries no hyphen, so the
    // rule cannot join it, one reason the annotator keeps CoreNLP's default tokens.
    assertTerms(List.of("rc-135", "s"), "RC-135s", "RC", "-135", "s");
  }

  @Test
  void spacesAndDoubleDashesSeparateWords() {
    assertTerms(List.of("rc", "135s"), "RC - 135s", "RC", "-", "135s");
    assertTerms(List.of("war", "peace"), "war--peace", "war", "--", "peace");
    assertTerms(List.of("war", "peace"), "war -- peace", "war", "--", "peace");
    assertTerms(List.of("war", "-peace"), "war -peace", "war", "-peace");
  }

  @Test
  void aLoneHyphenTouchingOnlyOneWordIsPunctuation() {
    assertTerms(List.of("kim", "jong", "un"), "-Kim Jong Un", "-", "Kim", "Jong", "Un");
    assertTerms(List.of("small", "medium-sized"), "small- and medium-sized",
        "small", "-", "and", "medium", "-", "sized");
    assertTerms(List.of("pro-us"), "pro-US", "pro-", "US");
  }

  @Test
  void bracketEscapesAreNotHyphens() {
    assertTerms(List.of("kcna"), "-LRB-KCNA-RRB-", "-LRB-", "KCNA", "-RRB-");
  }

  @Test
  void theTermRulesApplyToTheJoinedWord() {
    // "so" alone is a stopword, "so-called" is not; a range of years has no letter.
    assertTerms(List.of("so-called", "talks"), "so-called talks", "so", "-", "called", "talks");
    assertTerms(List.of("plan"), "2015-2018 plan", "2015", "-", "2018", "plan");
    assertTerms(List.of("1950-july"), "1950-July", "1950", "-", "July");
  }

  @Test
  void tokensWithoutOffsetsAreNeverJoined() {
    List<Token> handMade = List.of(new Token("RC", "rc", "NN", "O"), new Token("-", "-", ":", "O"),
        new Token("135s", "135s", "NNS", "O"));
    assertEquals(List.of("rc", "135s"), POLICY.terms(handMade));
  }

  @Test
  void lemmasOfThePiecesAreJoinedWhenLemmasAreCounted() {
    String text = "RC-135s";
    List<Token> pieces = List.of(new Token("RC", "RC", "NN", "O", 0, 2), new Token("-", "-", ":", "O", 2, 3),
        new Token("135s", "135", "NNS", "O", 3, 7));
    TermPolicy lemmas = AggregateSettings.defaults().withLemma(true).termPolicy();
    assertEquals(List.of("rc-135"), lemmas.terms(pieces), text);
  }

  @Test
  void aJoinedWordIsOneCountedTokenOfItsPeriod() {
    String text = "RC-135s and RC-135s flew";
    List<Token> tokens = tokens(text, "RC", "-", "135s", "and", "RC", "-", "135s", "flew");
    Article article = Article.builder().id("k1").date(DAY, DateSource.FIELD).text(text)
        .origin(Origin.line("kcna.json", 1)).build();
    TermTable table = TermTable.empty(AggregateSettings.defaults())
        .add(new AnnotatedArticle(article, List.of(new Sentence(tokens, null)), List.of()));
    assertEquals(List.of(new TermRow(DAY, "rc-135s", 2, 1, new Ratio(20_000, 3)), new TermRow(DAY, "flew", 1, 1, new Ratio(10_000, 3))),
        table.rows());
    assertEquals(3L, table.countedTokens().get(DAY));
  }

  @Test
  void offsetsAreCheckedAndShifted() {
    assertThrows(IllegalArgumentException.class, () -> new Token("x", "x", "NN", "O", 5, 4));
    assertThrows(IllegalArgumentException.class, () -> new Token("x", "x", "NN", "O", -1, 4));
    Token t = new Token("x", "x", "NN", "O", 5, 6);
    assertEquals(new Token("x", "x", "NN", "O", 25, 26), t.shifted(20));
    Token none = new Token("x", "x", "NN", "O");
    assertEquals(none, none.shifted(20));
  }
}
