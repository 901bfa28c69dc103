package org.dateline.kwic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A case-insensitive glob over tokens: {@code *} stands for any characters, {@code ?} for one;
 * a pattern with spaces matches a sequence of tokens ({@code "Kim Jong Un"}, {@code "nuclear
 * weapon*"}). Immutable and thread-safe.
 */
public final class KwicPattern {
  private final String text;
  private final List<Pattern> words;

  private KwicPattern(String text, List<Pattern> words) {
    this.text = text;
    this.words = words;
  }

  /**
   * Parses a pattern.
   *
   * @throws IllegalArgumentException when the pattern holds no word
   */
  public static KwicPattern of(String text) {
    Objects.requireNonNull(text, "text");
    List<Pattern> words = new ArrayList<>();
    for (String w : text.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(glob(w));
      }
    }
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the pattern '" + text + "' holds no word; give a word or a glob such as nuclear*");
    }
    return new KwicPattern(text, List.copyOf(words));
  }

  private static Pattern glob(String word) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (cp == '*') {
        re.append(".*");
      } else if (cp == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(new String(Character.toChars(cp))));
      }
      i += Character.charCount(cp);
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  /** The pattern as given. */
  public String text() {
    return text;
  }

  /** Tokens the pattern spans. */
  public int length() {
    return words.size();
  }

  /** Whether the pattern matches {@code tokens} from index {@code start} on. */
  public boolean matchesAt(List<String> tokens, int start) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).matcher(tokens.get(start + i)).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text.toLowerCase(Locale.ROOT);
  }
}
