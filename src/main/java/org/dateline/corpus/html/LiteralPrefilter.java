package org.dateline.corpus.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A quick answer for a case-insensitive alternation: the pattern can match only where one of
 * its literals occurs, compared as {@link java.util.regex.Pattern#CASE_INSENSITIVE} does without
 * {@code UNICODE_CASE} (US-ASCII letters only), and it surely matches where a literal that is a
 * whole alternative occurs. A long alternation tried at every position of every class name costs
 * a page more than its parsing; the literals are looked up by their first character instead, and
 * the pattern runs only where nothing surer is known.
 *
 * <p>Immutable and thread-safe.
 */
final class LiteralPrefilter {

  /** What a text's literals say of the pattern. */
  enum Answer {
    /** No literal occurs: the pattern cannot match. */
    NO,
    /** Only literals of alternatives with more to them occur: the pattern must decide. */
    MAYBE,
    /** A literal that is a whole alternative occurs: the pattern matches. */
    YES
  }

  /** The literals by their first character, for characters below 128. */
  private final String[][] byFirst = new String[128][];
  /** Beside each literal of {@link #byFirst}: whether it is a whole alternative. */
  private final boolean[][] wholeByFirst = new boolean[128][];
  private final Pattern partialPattern;

  /**
   * @param whole lower-case US-ASCII literals that are whole alternatives of the pattern
   * @param partial lower-case US-ASCII literals, one in every other alternative
   * @param partialPattern the other alternatives, which decide when only partial literals occur
   */
  LiteralPrefilter(List<String> whole, List<String> partial, Pattern partialPattern) {
    this.partialPattern = partialPattern;
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    List<String> all = new ArrayList<>(whole);
    all.addAll(partial);
    for (String l : all) {
      if (l.isEmpty() || !l.equals(l.toLowerCase(Locale.ROOT)) || !l.chars().allMatch(c -> c < 128)) {
        throw new IllegalArgumentException("not a lower-case US-ASCII literal: '" + l + "'");
      }
      lists.get(l.charAt(0)).add(l);
    }
    if (!partial.isEmpty() && partialPattern == null) {
      throw new IllegalArgumentException("partial literals need the pattern of their alternatives");
    }
    for (int c = 0; c < 128; c++) {
      List<String> list = lists.get(c);
      if (!list.isEmpty()) {
        byFirst[c] = list.toArray(String[]::new);
        wholeByFirst[c] = new boolean[list.size()];
        for (int i = 0; i < list.size(); i++) {
          wholeByFirst[c][i] = whole.contains(list.get(i));
        }
      }
    }
  }

  /** What the literals in {@code s} say of the pattern. */
  Answer test(String s) {
    boolean maybe = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        continue;
      }
      String[] candidates = byFirst[lower(c)];
      if (candidates == null) {
        continue;
      }
      boolean[] whole = wholeByFirst[lower(c)];
      for (int k = 0; k < candidates.length; k++) {
        if (occursAt(s, i, candidates[k])) {
          if (whole[k]) {
            return Answer.YES;
          }
          maybe = true;
        }
      }
    }
    return maybe ? Answer.MAYBE : Answer.NO;
  }

  /**
   * Whether the pattern finds a match in {@code s}; when only partial literals occur, no whole
   * alternative can match, so the partial alternatives alone decide.
   */
  boolean find(String s) {
    return switch (test(s)) {
      case NO -> false;
      case YES -> true;
      case MAYBE -> partialPattern.matcher(s).find();
    };
  }

  private static boolean occursAt(String s, int at, String literal) {
    int k = literal.length();
    if (at + k > s.length()) {
      return false;
    }
    for (int j = 1; j < k; j++) {
      char c = s.charAt(at + j);
      if (c >= 128 || lower(c) != literal.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
