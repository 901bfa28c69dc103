package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The few string rules of Python 3 that VADER's published scores depend on: what counts as
 * whitespace when a sentence is split into words, which characters count as punctuation, and
 * when a word is "upper case". Java's own rules differ in small ways (Java's {@code strip} and
 * {@code isUpperCase} are not Python's), and those differences would move scores.
 */
final class PythonText {

  /** Python's {@code string.punctuation}: the ASCII punctuation characters. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private PythonText() {}

  /** Python's {@code str.isspace} for one code point. */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0
        || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029
        || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  static boolean isPunctuation(int c) {
    return c < 0x80 && PUNCTUATION.indexOf(c) >= 0;
  }

  /** {@code str.split()} without arguments: runs of whitespace separate, no empty words. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isSpace(c)) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  /** {@code str.strip()}: whitespace off both ends. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** {@code str.strip(string.punctuation)}. */
  static String stripPunctuation(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && isPunctuation(word.charAt(start))) {
      start++;
    }
    while (end > start && isPunctuation(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(start, end);
  }

  /** {@code len(str)}: code points, not UTF-16 units. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * {@code str.isupper()}: at least one upper-case letter and no lower- or title-case one, so
   * {@code "U.S."} is upper case and {@code "1990"} is not.
   */
  static boolean isUpper(String word) {
    boolean cased = false;
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        cased = true;
      }
      i += Character.charCount(c);
    }
    return cased;
  }
}
