package org.dateline.annotate.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import org.dateline.annotate.embed.FakeSentenceVectors;
import org.dateline.annotate.embed.SentenceVectors;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.Clause;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;
import org.junit.jupiter.api.Test;

class NewsFeaturesTest {

  private static final NewsFeatures FEATURES = new NewsFeatures(VaderLexicon.bundled(), FakeSentenceVectors.INSTANCE);
  private static final NewsGrams GRAMS = new NewsGrams(VaderLexicon.bundled());

  private static Token word(String w) {
    return new Token(w, w, "NN", "O");
  }

  private static double value(double[] x, String name) {
    return x[NewsFeatures.NAMES.indexOf(name)];
  }

  // "Kim did not praise the good talks , but the US condemned the horrible attack ."
  private static final List<Token> TOKENS = List.of(new Token("Kim", "Kim", "NNP", "PERSON"), word("did"), word("not"),
      word("praise"), word("the"), word("good"), word("talks"), word(","), word("but"), word("the"),
      new Token("US", "US", "NNP", "COUNTRY"), word("condemned"), word("the"), word("horrible"), word("attack"),
      word("."));
  private static final ClassProbabilities ROOT = new ClassProbabilities(0.1, 0.3, 0.3, 0.2, 0.1);
  private static final Clause FIRST = new Clause(0, 7, null,
      List.of(new SentenceScore(SentimentEngineId.VADER, -0.4, Tone.NEGATIVE)));
  private static final Clause SECOND = new Clause(9, 15, new ClassProbabilities(0.5, 0.4, 0.1, 0, 0),
      List.of(new SentenceScore(SentimentEngineId.VADER, -0.8, Tone.NEGATIVE)));
  private static final Sentence SENTENCE = new Sentence(TOKENS, null, ROOT,
      List.of(new SentenceScore(SentimentEngineId.VADER, -0.6, Tone.NEGATIVE)), List.of(FIRST, SECOND));

  @Test
  void theSentenceVectorIsThatOfItsWordsSpacedAsTheTextWas() {
    Sentence s = new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON", 0, 3), new Token("'s", "'s", "POS", "O", 3, 5),
        new Token("visit", "visit", "NN", "O", 6, 11), new Token("ended", "end", "VBD", "O", 12, 17),
        new Token(".", ".", ".", "O", 17, 18)), null);
    assertEquals("Kim's visit ended.", NewsFeatures.text(s));
    Sentence unplaced = new Sentence(List.of(new Token("Talks", "talk", "NNS", "O"), new Token("ended", "end", "VBD", "O")),
        null);
    assertEquals("Talks ended", NewsFeatures.text(unplaced), "tokens without offsets are spaced");
    double[] x = FEATURES.of(s, null);
    double[] vector = FakeSentenceVectors.INSTANCE.vector("Kim's visit ended.");
    int first = NewsFeatures.NAMES.indexOf(NewsFeatures.EMBEDDING + "000");
    assertEquals(NewsFeatures.NAMES.size() - SentenceVectors.DIMENSIONS, first);
    assertArrayEquals(vector, Arrays.copyOfRange(x, first, x.length));
  }

  @Test
  void theSmallestClauseAroundTheTargetIsPicked() {
    assertSame(SECOND, TargetPlace.clauseAround(SENTENCE, 10, 11));
    assertSame(FIRST, TargetPlace.clauseAround(SENTENCE, 0, 1));
    assertNull(TargetPlace.clauseAround(SENTENCE, 6, 10), "no clause holds tokens 6 .. 9");
    assertNull(TargetPlace.clauseAround(SENTENCE, -1, -1));
  }

  @Test
  void sentenceAndTargetFeaturesComeFromTheRootAndTheClause() {
    double[] x = FEATURES.of(SENTENCE, SECOND);
    assertEquals(0.1, value(x, "sentence_corenlp_p0"));
    assertEquals(-0.2 - 0.3 + 0.2 + 0.2, value(x, "sentence_corenlp_expected"), 1e-12);
    assertEquals(-0.6, value(x, "sentence_vader_compound"));
    assertEquals(0.5, value(x, "target_corenlp_p0"));
    assertEquals(-1.4, value(x, "target_corenlp_expected"), 1e-12);
    assertEquals(-0.8, value(x, "target_vader_compound"));
    // VADER's lexicon: horrible -2.5, condemned -1.9, attack -2.1; praise +2.6, good +1.9 are in the other clause
    assertEquals(Math.sqrt(2.5 + 1.9 + 2.1), value(x, "target_lexicon_negative"), 1e-9);
    assertEquals(0, value(x, "target_lexicon_positive"));
    assertEquals(Math.sqrt(2.6 + 1.9), value(x, "sentence_lexicon_positive"), 1e-9);
    assertEquals(1, value(x, "sentence_negations"));
    assertEquals(0, value(x, "target_negations"));
    assertEquals(1, value(x, "target_in_clause"));
    assertEquals(-0.8 + 0.6, value(x, "target_vader_minus_sentence"), 1e-12);
  }

  @Test
  void aClauseWithoutProbabilitiesFallsBackToTheRootAndNoTargetToTheSentence() {
    double[] x = FEATURES.of(SENTENCE, FIRST);
    assertEquals(0.1, value(x, "target_corenlp_p0"), "cut at punctuation, so no probabilities of its own");
    assertEquals(-0.4, value(x, "target_vader_compound"));
    assertEquals(1, value(x, "target_negations"));
    double[] whole = FEATURES.of(SENTENCE, null);
    for (int j = 0; j < 9; j++) {
      assertEquals(whole[j], whole[j + 9], NewsFeatures.NAMES.get(j));
    }
    assertEquals(0, value(whole, "target_in_clause"));
    Sentence bare = new Sentence(List.of(word("fine")), null, null, List.of(), List.of());
    assertEquals(0, value(FEATURES.of(bare, null), "sentence_corenlp_expected"),
        "no CoreNLP probabilities: a certain neutral class");
  }

  @Test
  void gramsMaskNamesAndTheTargetAndKeepOnlyWords() {
    Sentence s = new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON"), word("Jong"), word("did"), word("n't"),
        word("win"), word("3"), word("votes"), word("!")), null, null, List.of(), List.of());
    // tokens 0 .. 1 are the target: "Jong" has no NER label here but is masked with it
    assertEquals(List.of("!", "<name>", "<name> did", "R1:did", "R:did", "R:n't", "R:win", "START", "did", "did n't",
        "n't", "n't win", "votes", "votes !", "win", "win votes"), GRAMS.grams(s, 0, 2));
    assertEquals(List.of("!", "<name>", "<name> jong", "did", "did n't", "jong", "jong did", "n't", "n't win", "votes",
        "votes !", "win", "win votes"), GRAMS.grams(s, -1, -1));
  }

  @Test
  void theTargetsWindowGivesTheWordsWithinFourTokensOnEachSideAndNamesAsMasked() {
    // 0 The 1 army 2 , 3 Seoul 4 and 5 7 6 others 7 attacked 8 [Pyongyang 9 city] 10 again 11 , 12 sadly 13 . 14 ok
    Sentence s = new Sentence(List.of(word("The"), word("army"), word(","), new Token("Seoul", "Seoul", "NNP", "CITY"),
        word("and"), word("7"), word("others"), word("attacked"), word("Pyongyang"), word("city"), word("again"),
        word(","), word("sadly"), word("."), word("ok")), null, null, List.of(), List.of());
    List<String> window = GRAMS.grams(s, 8, 10).stream().filter(g -> g.matches("^(L1?|R1?):.*|START")).toList();
    // left: "and", "7", "others", "attacked" (the number gives nothing); right: "again", ",", "sadly", "."
    assertEquals(List.of("L1:attacked", "L:and", "L:attacked", "L:others", "R1:again", "R:again", "R:sadly"), window);
    List<String> near = GRAMS.grams(s, 4, 5).stream().filter(g -> g.matches("^(L1?|R1?):.*|START")).toList();
    // "," is not a word, so the nearest left word is the masked name; "7" likewise on the right
    assertEquals(List.of("L1:<name>", "L:<name>", "L:army", "L:the", "R1:others", "R:attacked", "R:others",
        "R:pyongyang"), near);
    assertTrue(GRAMS.grams(s, -1, -1).stream().noneMatch(g -> g.matches("^(L1?|R1?):.*|START")),
        "the sentence's own tone has no window");
  }

  // 0 The 1 leader 2 Kim 3 condemned 4 Japan 5 's 6 army 7 . as CoreNLP's binarized tree holds it:
  // (S (NP The leader Kim) (@S (VP condemned (NP (NP Japan 's) army)) .))
  private static final ClassProbabilities SUBJECT = new ClassProbabilities(0, 0.1, 0.6, 0.3, 0);
  private static final ClassProbabilities PREDICATE = new ClassProbabilities(0.3, 0.5, 0.2, 0, 0);
  private static final ClassProbabilities OBJECT = new ClassProbabilities(0, 0.2, 0.8, 0, 0);
  private static final Sentence PARSED = new Sentence(List.of(word("The"), word("leader"),
      new Token("Kim", "Kim", "NNP", "PERSON"), new Token("condemned", "condemn", "VBD", "O"),
      new Token("Japan", "Japan", "NNP", "COUNTRY"), new Token("'s", "'s", "POS", "O"), word("army"), word(".")),
      null, ROOT, List.of(), List.of(), List.of(
          new Phrase(0, 3, PhraseKind.NOUN_PHRASE, SUBJECT),
          new Phrase(3, 8, PhraseKind.CLAUSE, PREDICATE),
          new Phrase(3, 7, PhraseKind.VERB_PHRASE, PREDICATE),
          new Phrase(4, 7, PhraseKind.NOUN_PHRASE, OBJECT),
          new Phrase(4, 6, PhraseKind.NOUN_PHRASE, new ClassProbabilities(0, 0, 1, 0, 0))));

  private static List<String> place(List<String> grams) {
    return grams.stream().filter(g -> g.startsWith("P:")).toList();
  }

  @Test
  void aSubjectTakesItsNounPhraseAndThePredicateAsItsSibling() {
    double[] x = FEATURES.ofTarget(PARSED, new TokenSpan(2, 3));
    assertEquals(SUBJECT.expectedScore(), value(x, "phrase_corenlp_expected"), 1e-12);
    assertEquals(0.3, value(x, "sibling_corenlp_p0"));
    assertEquals(PREDICATE.expectedScore(), value(x, "sibling_corenlp_expected"), 1e-12);
    assertEquals(1, value(x, "sibling_known"));
    // the predicate's most likely class is 1 (negative); "condemned" (-1.9) is in the window
    assertEquals(List.of("P:subject", "P:subject+sibling:negative", "P:subject+window:negative"),
        place(GRAMS.grams(PARSED, 2, 3)));
  }

  @Test
  void theWindowsToneIsReadInTheLexiconTheGramsAreGiven() throws java.io.IOException {
    VaderLexicon kind = VaderLexicon.read(new java.io.StringReader("condemned\t2.0\t0.5\t[2, 2]\n"));
    assertEquals(List.of("P:subject", "P:subject+sibling:negative", "P:subject+window:positive"),
        place(new NewsGrams(kind).grams(PARSED, 2, 3)));
  }

  @Test
  void aPossessorInsideTheObjectIsANounPhrasePartWithoutAKnownSibling() {
    double[] x = FEATURES.ofTarget(PARSED, new TokenSpan(4, 5));
    assertEquals(0, value(x, "phrase_corenlp_expected"), "the smallest phrase around Japan: (NP Japan 's)");
    // "army" is one word, without probabilities of its own: the parent (the object) stands in
    assertEquals(OBJECT.expectedScore(), value(x, "sibling_corenlp_expected"), 1e-12);
    assertEquals(0, value(x, "sibling_known"));
    assertEquals(List.of("P:np", "P:np+window:negative", "P:possessive", "P:possessive+window:negative"),
        place(GRAMS.grams(PARSED, 4, 5)));
    assertEquals(List.of("P:object", "P:object+window:negative"), place(GRAMS.grams(PARSED, 4, 7)));
  }

  @Test
  void withoutATargetOrAParseTheRootStandsForThePhrase() {
    double[] none = FEATURES.ofTarget(PARSED, null);
    assertEquals(ROOT.expectedScore(), value(none, "phrase_corenlp_expected"), 1e-12);
    assertEquals(ROOT.expectedScore(), value(none, "sibling_corenlp_expected"), 1e-12);
    assertEquals(0, value(none, "sibling_known"));
    double[] unparsed = FEATURES.ofTarget(SENTENCE, new TokenSpan(10, 11));
    assertEquals(ROOT.expectedScore(), value(unparsed, "phrase_corenlp_expected"), 1e-12);
    assertTrue(place(GRAMS.grams(SENTENCE, 10, 11)).isEmpty(), "no parse, no place in it");
  }
}
