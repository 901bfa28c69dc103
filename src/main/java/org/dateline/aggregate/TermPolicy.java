package org.dateline.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dateline.model.Token;

/**
 * Decides whether a token counts as a term, and which term. Immutable and thread-safe.
 *
 * <p>The term is the token's word form (or its lemma, when lemmas are asked for) lower-cased
 * with {@link Locale#ROOT}. It counts when all of these hold:
 *
 * <ul>
 *   <li>it holds at least one letter, which leaves out punctuation ({@code ,} {@code --}),
 *       plain numbers ({@code 1950}, {@code 3.5}) and symbols;
 *   <li>it is not a number with a letter suffix: ordinals ({@code 1st}, {@code 25th}) and
 *       exponents ({@code 1e6}); mixed tokens such as {@code 1950-july} or {@code 1950s} do
 *       count;
 *   <li>it is not one of the Penn Treebank bracket escapes ({@code -lrb-}, {@code -rrb-}, ...)
 *       that CoreNLP can emit for brackets;
 *   <li>it is not a stopword.
 * </ul>
 *
 * <p>A hyphenated word is one term, as written, the way quanteda's {@code tokens()} keeps it by
 * default: CoreNLP splits {@code RC-135s} into {@code RC}, {@code -}, {@code 135s}, and
 * {@link #terms} joins the pieces back into {@code rc-135s}. Tokens are joined when they touch in
 * the text (no character between them, by their offsets) and one of the two is {@code -} or
 * ends (the first) or begins (the second) with a single {@code -}. A lone {@code -} joins only
 * when it touches a token on both sides, so that a dash opening a list item ({@code -Kim Jong
 * Un}) or a hyphen left hanging ({@code small- and medium-sized}) stays punctuation. A double
 * dash {@code --} is punctuation between words, never a hyphen, and neither is a bracket escape
 * such as {@code -LRB-}. The rules above apply to the joined form, so {@code 2015-2018} is no
 * term while {@code anti-dprk} and {@code u.s.-rok} are.
 *
 * <p>The "counted tokens" of a period, the denominator of {@code per_10k}, are the terms under
 * this policy, a joined hyphenated word counting once.
 */
public final class TermPolicy implements java.io.Serializable {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?\\d[\\d.,:/]*(?:st|nd|rd|th|e[+-]?\\d+)?");
  private static final Set<String> BRACKET_ESCAPES =
      Set.of("-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-");

  private final boolean lemma;
  private final Stopwords stopwords;

  public TermPolicy(boolean lemma, Stopwords stopwords) {
    this.lemma = lemma;
    this.stopwords = Objects.requireNonNull(stopwords, "stopwords");
  }

  /**
   * The lower-cased term for the token taken alone, or empty when it does not count. A token
   * that is a piece of a hyphenated word counts only through {@link #terms}.
   */
  public Optional<String> term(Token token) {
    return Optional.ofNullable(termOrNull(form(Objects.requireNonNull(token, "token"))));
  }

  /** True when the token taken alone counts as a term. */
  public boolean counts(Token token) {
    return termOrNull(form(Objects.requireNonNull(token, "token"))) != null;
  }

  /** The terms of one sentence's tokens, in order, hyphenated words joined. */
  public List<String> terms(List<Token> sentence) {
    List<String> out = new ArrayList<>();
    forEachTerm(Objects.requireNonNull(sentence, "sentence"), out::add);
    return out;
  }

  /** Gives {@code sink} the terms of one sentence's tokens, in order, hyphenated words joined. */
  void forEachTerm(List<Token> sentence, Consumer<String> sink) {
    forEachJoined(sentence, this::form, joined -> {
      String term = termOrNull(joined);
      if (term != null) {
        sink.accept(term);
      }
    });
  }

  /**
   * Gives {@code sink} the words of one sentence's tokens for dictionary matching: the written
   * forms, hyphenated words joined as in {@link #terms}, lower-cased with {@link Locale#ROOT},
   * typographic apostrophes made typewriter ones, keeping every word with at least one letter or
   * digit except the bracket escapes. Unlike terms, stopwords and numbers are kept.
   */
  public static void forEachWord(List<Token> sentence, Consumer<String> sink) {
    forEachJoined(sentence, Token::word, written -> {
      String word = written.toLowerCase(Locale.ROOT);
      if (word.indexOf('\u2019') >= 0 || word.indexOf('\u2018') >= 0) {
        word = word.replace('\u2019', '\'').replace('\u2018', '\'');
      }
      if (hasLetterOrDigit(word) && !BRACKET_ESCAPES.contains(word)) {
        sink.accept(word);
      }
    });
  }

  /**
   * The hyphen rule, once for terms and dictionary words: gives {@code sink} each token's {@code
   * form}, the forms of the pieces of a hyphenated word joined into one.
   */
  private static void forEachJoined(List<Token> sentence, Function<Token, String> form, Consumer<String> sink) {
    int n = sentence.size();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && joined(sentence, j)) {
        j++;
      }
      if (j == i + 1) {
        sink.accept(form.apply(sentence.get(i)));
      } else {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < j; k++) {
          joined.append(form.apply(sentence.get(k)));
        }
        sink.accept(joined.toString());
      }
      i = j;
    }
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the tokens at {@code i - 1} and {@code i} are pieces of one hyphenated word. */
  private static boolean joined(List<Token> sentence, int i) {
    Token a = sentence.get(i - 1);
    Token b = sentence.get(i);
    if (!a.touches(b)) {
      return false;
    }
    // A lone hyphen joins only between two words it touches: one opening a list item
    // ("-Kim Jong Un ...") or left hanging ("small- and medium-sized") is punctuation.
    if (a.word().equals("-")) {
      return i >= 2 && sentence.get(i - 2).touches(a);
    }
    if (b.word().equals("-")) {
      return i + 1 < sentence.size() && b.touches(sentence.get(i + 1));
    }
    return endsWithHyphen(a.word()) || startsWithHyphen(b.word());
  }

  private static boolean endsWithHyphen(String word) {
    int n = word.length();
    return n > 0 && word.charAt(n - 1) == '-' && (n == 1 || word.charAt(n - 2) != '-')
        && !isBracketEscape(word);
  }

  private static boolean startsWithHyphen(String word) {
    int n = word.length();
    return n > 0 && word.charAt(0) == '-' && (n == 1 || word.charAt(1) != '-')
        && !isBracketEscape(word);
  }

  private static boolean isBracketEscape(String word) {
    return word.length() == 5 && BRACKET_ESCAPES.contains(word.toLowerCase(Locale.ROOT));
  }

  private String form(Token token) {
    return lemma ? token.lemma() : token.word();
  }

  // Called once per token; null instead of Optional keeps the hot loop allocation-free.
  private String termOrNull(String written) {
    String form = written.toLowerCase(Locale.ROOT);
    if (form.indexOf('\u2019') >= 0 || form.indexOf('\u2018') >= 0) {
      // Scraped text mixes typographic and typewriter apostrophes; "people’s" and "people's"
      // are one term, and "’s" is the stopword "'s".
      form = form.replace('\u2019', '\'').replace('\u2018', '\'');
    }
    if (!hasLetter(form)
        || BRACKET_ESCAPES.contains(form)
        || stopwords.contains(form)
        || NUMBER.matcher(form).matches()) {
      return null;
    }
    return form;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
