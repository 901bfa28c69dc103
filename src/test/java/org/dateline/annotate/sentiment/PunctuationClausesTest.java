package org.dateline.annotate.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.sentiment.PunctuationClauses.Span;
import org.dateline.model.Clause;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

class PunctuationClausesTest {

  /** Tokens from "word/TAG" pairs; offsets as if the words were joined by single spaces. */
  private static List<Token> tagged(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String pair : text.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = slash > 0 ? pair.substring(0, slash) : pair;
      String pos = slash > 0 ? pair.substring(slash + 1) : "";
      tokens.add(new Token(word, word, pos, "O", at, at + word.length()));
      at += word.length() + 1;
    }
    return tokens;
  }

  @Test
  void aContrastSplitsTheSentenceAndTheConjunctionOpensTheSecondClause() {
    List<Token> t = tagged("Kim/NNP praised/VBD the/DT workers/NNS ,/, but/CC the/DT United/NNP States/NNPS"
        + " was/VBD condemned/VBN ./.");
    assertEquals(List.of(new Span(0, 4), new Span(4, 12)), PunctuationClauses.of(t));
  }

  @Test
  void anAppositionWithoutAVerbStaysWithTheClauseAfterIt() {
    List<Token> t = tagged("Kim/NNP ,/, general/JJ secretary/NN of/IN the/DT WPK/NNP ,/, inspected/VBD the/DT"
        + " farm/NN ;/: the/DT harvest/NN failed/VBD ./.");
    assertEquals(List.of(new Span(0, 11), new Span(11, 16)), PunctuationClauses.of(t));
  }

  @Test
  void aVerblessTailJoinsTheClauseBeforeIt() {
    List<Token> t = tagged("Japan/NNP was/VBD blamed/VBN ,/, not/RB Russia/NNP ./.");
    assertEquals(List.of(), PunctuationClauses.of(t));
  }

  @Test
  void untaggedTokensAreCutAtEveryBoundary() {
    List<Token> t = tagged("peace talks , however they end , matter");
    assertEquals(List.of(new Span(0, 2), new Span(2, 6), new Span(6, 8)), PunctuationClauses.of(t));
  }

  @Test
  void aSentenceWithoutBoundariesIsOneClause() {
    assertEquals(List.of(), PunctuationClauses.of(tagged("The/DT harvest/NN was/VBD good/JJ ./.")));
  }

  @Test
  void vaderScoresEachClauseOnItsTextAsWrittenWithoutTheNames() {
    String text = "Kim praised the workers, but the United States was condemned.";
    List<Token> t = new ArrayList<>();
    int at = 0;
    String[][] words = {{"Kim", "NNP", "PERSON"}, {"praised", "VBD", "O"}, {"the", "DT", "O"}, {"workers", "NNS", "O"},
        {",", ",", "O"}, {"but", "CC", "O"}, {"the", "DT", "O"}, {"United", "NNP", "LOCATION"},
        {"States", "NNPS", "LOCATION"}, {"was", "VBD", "O"}, {"condemned", "VBN", "O"}, {".", ".", "O"}};
    for (String[] w : words) {
      int begin = text.indexOf(w[0], at);
      t.add(new Token(w[0], w[0], w[1], w[2], begin, begin + w[0].length()));
      at = begin + w[0].length();
    }
    ClauseScorer scorer = new ClauseScorer(List.of(VaderEngine.bundled()));
    List<Clause> clauses = scorer.punctuationClauses(t, text);
    VaderAnalyzer vader = VaderAnalyzer.bundled();
    assertEquals(List.of(0, 4), clauses.stream().map(Clause::begin).toList());
    assertEquals(vader.score("praised the workers").compound(), clauses.get(0).scores().get(0).score());
    // VADER rates "United" +1.8: with the name the clause would be neutral (-0.0387)
    assertEquals(vader.score(", but the   was condemned.").compound(), clauses.get(1).scores().get(0).score());
    assertTrue(clauses.get(0).scores().get(0).score() > 0.05);
    assertTrue(clauses.get(1).scores().get(0).score() < -0.05);

    Clause whole = scorer.wholeSentence(t, text).get(0);
    assertEquals(0, whole.begin());
    assertEquals(12, whole.end());
    assertEquals(vader.score("praised the workers, but the   was condemned.").compound(),
        whole.scores().get(0).score());
    assertEquals(List.of(), scorer.wholeSentence(tagged("The/DT harvest/NN was/VBD good/JJ ./."), "x"));
  }
}
