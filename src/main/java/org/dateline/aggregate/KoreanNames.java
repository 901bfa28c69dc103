package org.dateline.aggregate;

import java.util.Set;

/**
 * Tells Korean personal names, written family name first ({@code Kim Jong Un}, {@code Moon
 * Jae-in}), from names written given name first ({@code Donald Trump}), so that a short name
 * is matched against the right end of a longer one.
 *
 * <p>The test: the first word is one of the common Korean family names below, in the
 * romanisations DPRK and South Korean media use, and the name has two or three words. A
 * Western name that starts with one of these words ({@code Han Solo}) is taken for Korean; in
 * the corpora this library is built for that is rarer than the reverse mistake would be.
 */
public final class KoreanNames {
  /** Family names, as romanised in DPRK (Ri, Pak, Choe, Ryu) and ROK (Lee, Park, Choi, Yoo) media. */
  public static final Set<String> FAMILY_NAMES = Set.of(
      "Kim", "Ri", "Rhee", "Lee", "Yi", "Pak", "Park", "Choe", "Choi", "Jong", "Chong", "Jung", "Chung",
      "Kang", "Jo", "Cho", "Yun", "Yoon", "Jang", "Chang", "Rim", "Im", "Lim", "Han", "O", "Oh", "So", "Seo",
      "Sin", "Shin", "Kwon", "Hwang", "An", "Ahn", "Song", "Ryu", "Yu", "Yoo", "Jon", "Jeon", "Chon", "Hong",
      "Ko", "Go", "Mun", "Moon", "Yang", "Son", "Pae", "Bae", "Paek", "Baek", "Ho", "Heo", "Nam", "Sim",
      "Shim", "No", "Roh", "Ha", "Kwak", "Ju", "Joo", "Hyon", "Hyun", "Thae", "Tae", "Kye", "Kil",
      "Cha", "Won", "Pang", "Bang", "Ryo", "Yo", "Ji", "Chi", "Um", "Ok", "Chae", "Pyon", "Byun");

  private KoreanNames() {}

  /** Whether {@code words} (a name split at spaces) looks like a Korean name, family name first. */
  public static boolean isKorean(String[] words) {
    return words.length >= 2 && words.length <= 3 && FAMILY_NAMES.contains(words[0]);
  }
}
