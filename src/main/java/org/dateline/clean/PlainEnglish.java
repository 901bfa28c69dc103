package org.dateline.clean;

import java.util.Objects;
import java.util.Set;

/**
 * A cheap check, run before Lingua, for text that is plainly English: long enough, written in
 * the Latin alphabet without letters English does not use, and with a share of English function
 * words that no other language Lingua tells here comes near. Such text needs no full detection,
 * whose models take seconds to load and whose scoring costs more than the rest of reading.
 *
 * <p>It only ever says "English" or "ask Lingua", never drops a record, and says "English" only
 * where Lingua's top language is English too ({@code PlainEnglishTest} checks that on every
 * development set), so the language rule and the language column stay as Lingua makes them.
 */
final class PlainEnglish {

  /**
   * Fewer letters than this, and Lingua decides: on single sentences crowded with foreign names
   * ("... led by Josef Bierbichler as Brecht and Monica Bleibtreu as Helene Weigel") Lingua is
   * unsure or says German, and with 100 letters the short cut would have said English there.
   */
  static final int MIN_LETTERS = 200;
  /** Words needed among those read; a share is meaningless on a handful. */
  static final int MIN_WORDS = 40;
  /**
   * The share of words that must be English function words. English news runs at 20-40% (lists of medal winners lowest);
   * Spanish, French, German, Italian and Portuguese text at 2-8%, since the list leaves out the
   * words they share with English ("a", "in", "as", "on", "was").
   */
  static final double MIN_FUNCTION_SHARE = 0.15;

  static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "that", "for", "with", "is", "are", "by", "it", "at", "from", "this",
      "which", "has", "have", "were", "been", "their", "be", "his", "its", "they", "will", "not");

  private PlainEnglish() {}

  /** Whether {@code sample} is plainly English; false means "ask the full detector". */
  static boolean test(String sample) {
    Objects.requireNonNull(sample, "sample");
    int letters = 0;
    int words = 0;
    int function = 0;
    int i = 0;
    int n = sample.length();
    while (i < n) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(sample.charAt(i))) {
        char l = sample.charAt(i);
        if (l > 'z' || (l > 'Z' && l < 'a')) {
          // An accented or non-Latin letter: English rarely needs one, others often do.
          return false;
        }
        i++;
      }
      letters += i - start;
      words++;
      if (i - start <= 5 && FUNCTION_WORDS.contains(lowerAscii(sample, start, i))) {
        function++;
      }
    }
    return letters >= MIN_LETTERS && words >= MIN_WORDS && function >= MIN_FUNCTION_SHARE * words;
  }

  private static String lowerAscii(String s, int from, int to) {
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }
}
