package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Token;

/**
 * Clauses of a sentence found without a parse, from punctuation and conjunctions, for the tone
 * towards an entity when no parse tree gives the clauses (VADER alone, or a sentence over the
 * parse-length cap).
 *
 * <p>The rule:
 * <ol>
 *   <li>A new piece starts at a comma, semicolon, colon, dash or bracket, and at a conjunction
 *       that opens a contrasting or subordinate clause ({@link #CONJUNCTIONS}: but, while,
 *       whereas, although, though, yet, however, because, unless), never at the first token.
 *       The boundary token belongs to the piece it opens, so "but" goes with the clause it
 *       introduces.
 *   <li>A piece needs a verb (a part-of-speech tag starting with {@code VB}, or {@code MD}): a
 *       piece without one (an apposition such as ", general secretary of the WPK ,", a list
 *       item, a stray comma) joins the piece after it, or, at the end of the sentence, the piece
 *       before it. When no token has a tag, every piece is kept as cut.
 *   <li>A sentence that stays one piece has no clauses: its own score is the clause score.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class PunctuationClauses {

  /** Tokens that open a new piece. */
  public static final Set<String> PUNCTUATION =
      Set.of(",", ";", ":", "--", "-", "—", "–", "(", ")", "-LRB-", "-RRB-");

  /** Conjunctions, lower case, that open a new piece. */
  public static final Set<String> CONJUNCTIONS =
      Set.of("but", "while", "whereas", "although", "though", "yet", "however", "because", "unless");

  /** A clause's tokens {@code begin .. end - 1}. */
  public record Span(int begin, int end) {
    public Span {
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("a span needs 0 <= begin < end, was " + begin + " .. " + end);
      }
    }
  }

  private PunctuationClauses() {}

  /** The clauses of the sentence by the rule above, in order; empty when it is one clause. */
  public static List<Span> of(List<Token> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (PUNCTUATION.contains(word) || CONJUNCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
        // a run of boundaries (", but") opens one piece, not a piece per token
        if (starts.get(starts.size() - 1) != i - 1 || i - 1 == 0) {
          starts.add(i);
        }
      }
    }
    List<Span> pieces = new ArrayList<>(starts.size());
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
      pieces.add(new Span(starts.get(k), end));
    }
    if (pieces.size() > 1 && tagged(tokens)) {
      pieces = joinVerbless(tokens, pieces);
    }
    return pieces.size() > 1 ? List.copyOf(pieces) : List.of();
  }

  private static List<Span> joinVerbless(List<Token> tokens, List<Span> pieces) {
    List<Span> out = new ArrayList<>(pieces.size());
    int pendingBegin = -1;
    for (Span p : pieces) {
      int begin = pendingBegin >= 0 ? pendingBegin : p.begin();
      if (hasVerb(tokens, p)) {
        out.add(new Span(begin, p.end()));
        pendingBegin = -1;
      } else {
        pendingBegin = begin;
      }
    }
    if (pendingBegin >= 0) {
      int end = tokens.size();
      if (out.isEmpty()) {
        out.add(new Span(pendingBegin, end));
      } else {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.begin(), end));
      }
    }
    return out;
  }

  private static boolean hasVerb(List<Token> tokens, Span span) {
    for (int i = span.begin(); i < span.end(); i++) {
      String pos = tokens.get(i).pos();
      if (pos.startsWith("VB") || pos.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean tagged(List<Token> tokens) {
    for (Token t : tokens) {
      if (!t.pos().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
