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
 * where Lingua's top language is English too, but for two English sentences that Lingua gets
 * wrong ({@code PlainEnglishTest} checks that on every development set), so the language rule
 * and the language column stay as Lingua makes them.
 */
final class PlainEnglish {

  /**
   * Fewer letters than this, and Lingua decides. Text this short (a one-line KCNA item, a
   * headline with its dateline) is where Lingua is slowest: below 120 characters it loads its
   * models of one- to five-letter sequences for every Latin-script language, about 1.5 s of CPU
   * and 100 MB of heap for a single text, where longer texts need only its trigram models.
   */
  static final int MIN_LETTERS = 80;
  /** Words needed among those read; a share is meaningless on a handful. */
  static final int MIN_WORDS = 12;
  /**
   * The share of words that must be English function words. English news runs at 13-40% (short
   * items crowded with names and titles lowest); Spanish KCNA stories at most 4%, and Spanish,
   * French, German, Italian and Portuguese text in general at 2-8%, since the list leaves out the
   * words they share with English ("a", "in", "as", "on", "was").
   *
   * <p>On the development sets ({@code PlainEnglishTest}) the short cut and Lingua disagree on
   * two texts only, both English sentences crowded with foreign names ("... led by Josef
   * Bierbichler as Brecht and Monica Bleibtreu as Helene Weigel, his wife."), which Lingua takes
   * for German (and would drop) or cannot place; the short cut keeps them as English.
   */
  static final double MIN_FUNCTION_SHARE = 0.12;

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
