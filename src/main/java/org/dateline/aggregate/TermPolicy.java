package org.dateline.aggregate;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>The "counted tokens" of a period, the denominator of {@code per_10k}, are the tokens that
 * count as terms under this policy.
 */
public final class TermPolicy {
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

  /** The lower-cased term for the token, or empty when the token does not count. */
  public Optional<String> term(Token token) {
    return Optional.ofNullable(termOrNull(Objects.requireNonNull(token, "token")));
  }

  /** True when the token counts as a term. */
  public boolean counts(Token token) {
    return termOrNull(Objects.requireNonNull(token, "token")) != null;
  }

  // The tables call this once per token; null instead of Optional keeps the hot loop allocation-free.
  String termOrNull(Token token) {
    String form = (lemma ? token.lemma() : token.word()).toLowerCase(Locale.ROOT);
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
