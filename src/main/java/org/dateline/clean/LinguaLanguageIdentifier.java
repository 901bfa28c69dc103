package org.dateline.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.io.LibraryVersions;

/**
 * Language identification with Lingua, which is accurate on short texts such as teasers,
 * where character-trigram detectors trained on web text often guess wrong.
 *
 * <p>It tells apart the languages news archives of this kind are published in (the state
 * media of the DPRK publish in English, Spanish, French, Russian, Chinese, Japanese, Arabic
 * and Korean) plus German, Italian and Portuguese. Only the opening of a long text is read:
 * a few hundred characters decide the language of a news story.
 *
 * <p>The rule: the detector's top language is taken when it is kept. Otherwise the record is
 * dropped only when the detector is confident, that is the text has at least {@value
 * #MIN_LETTERS} letters and every kept language scores below {@value #KEEP_CONFIDENCE} of the
 * top language's confidence; else it is kept as {@link #UNDETERMINED}. Both numbers come from
 * the development sets: short English lines ("Sure.", "Don't bet on it.") have too few letters
 * for Lingua to be sure and score English 0.90 to 0.99 of a wrong top language, while Spanish
 * KCNA stories score English below 0.92 in 99.5% of cases and no English KCNA story does.
 * Text that is {@link PlainEnglish plainly English} is taken as English without asking Lingua
 * when English is kept. Thread-safe.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

  private static final int SAMPLE_CHARS = 1_000;
  private static final String ENGLISH = "en";
  /** Lingua's release, part of the fingerprint, as the build recorded it from pom.xml. */
  static final String LINGUA_VERSION = LibraryVersions.LINGUA;
  static final int MIN_LETTERS = 30;
  static final double KEEP_CONFIDENCE = 0.92;
  private static final Language[] LANGUAGES = {
    Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.RUSSIAN,
    Language.CHINESE, Language.JAPANESE, Language.ARABIC, Language.KOREAN,
    Language.GERMAN, Language.ITALIAN, Language.PORTUGUESE
  };

  private final Set<String> supported;
  /** Asked for every text whose verdict is cached, so made once. */
  private final String fingerprint = "lingua " + LINGUA_VERSION + "; " + Arrays.toString(LANGUAGES) + "; sample "
      + SAMPLE_CHARS + "; min letters " + MIN_LETTERS + "; keep confidence " + KEEP_CONFIDENCE + "; plain English "
      + PlainEnglish.MIN_LETTERS + "/" + PlainEnglish.MIN_WORDS + "/" + PlainEnglish.MIN_FUNCTION_SHARE + "/"
      + PlainEnglish.FUNCTION_WORDS.stream().sorted().toList();

  /**
   * Built on first use: a run whose texts are all plainly English, or whose verdicts are all in
   * the cache, never loads Lingua's classes (and its runtime's), let alone its models, which
   * Lingua reads only when it first scores a language.
   */
  private static final class Detector {
    static final LanguageDetector INSTANCE = LanguageDetectorBuilder.fromLanguages(LANGUAGES).build();
  }

  public LinguaLanguageIdentifier() {
    Set<String> codes = new TreeSet<>();
    for (Language l : LANGUAGES) {
      codes.add(code(l));
    }
    this.supported = Set.copyOf(codes);
  }

  @Override
  public Set<String> supported() {
    return supported;
  }

  @Override
  public Optional<String> fingerprint() {
    return Optional.of(fingerprint);
  }

  @Override
  public LanguageVerdict judge(String text, Set<String> kept) {
    Objects.requireNonNull(kept, "kept");
    if (text == null || text.isBlank()) {
      return new LanguageVerdict(UNDETERMINED, true);
    }
    String sample = sample(text);
    if (kept.contains(ENGLISH) && PlainEnglish.test(sample)) {
      // Lingua's verdict on such text is English as well; its models need not even load.
      return new LanguageVerdict(ENGLISH, true);
    }
    return judgeByLingua(sample, kept);
  }

  private static String sample(String text) {
    return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
  }

  /** Lingua's verdict on the opening of {@code text}, without the plain-English check. */
  LanguageVerdict linguaVerdict(String text, Set<String> kept) {
    return judgeByLingua(sample(text), kept);
  }

  private LanguageVerdict judgeByLingua(String sample, Set<String> kept) {
    Map<Language, Double> confidence = Detector.INSTANCE.computeLanguageConfidenceValues(sample);
    Language top = null;
    double topValue = 0;
    for (Map.Entry<Language, Double> e : confidence.entrySet()) {
      if (e.getValue() > topValue) {
        top = e.getKey();
        topValue = e.getValue();
      }
    }
    if (top == null || topValue <= 0) {
      return new LanguageVerdict(UNDETERMINED, true);
    }
    String topCode = code(top);
    if (kept.contains(topCode)) {
      return new LanguageVerdict(topCode, true);
    }
    double bestKept = 0;
    for (Map.Entry<Language, Double> e : confidence.entrySet()) {
      if (kept.contains(code(e.getKey()))) {
        bestKept = Math.max(bestKept, e.getValue());
      }
    }
    boolean confident = letters(sample) >= MIN_LETTERS && bestKept < KEEP_CONFIDENCE * topValue;
    return confident ? new LanguageVerdict(topCode, false) : new LanguageVerdict(UNDETERMINED, true);
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static String code(Language l) {
    return l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }
}
