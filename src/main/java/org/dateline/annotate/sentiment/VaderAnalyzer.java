package org.dateline.annotate.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The VADER rule-based sentiment method (Hutto &amp; Gilbert 2014) on raw sentence text: lexicon
 * valences adjusted for negation, boosters and dampeners, a contrastive "but", emphasis by
 * capitals, exclamation and question marks, a handful of idioms, and the compound
 * normalisation {@code x / sqrt(x^2 + 15)}.
 *
 * <p>The rules follow the published reference implementation (cjhutto/vaderSentiment) closely
 * enough that its compound scores are reproduced, including its quirks: words are the
 * whitespace-separated pieces of the text with outer punctuation removed, the "but" rule
 * rescales by value rather than by position, and a word two places after "so" or "this" is
 * strengthened. Emoji are not translated into words (news text has almost none).
 *
 * <p>Immutable and thread-safe; needs no parse, tagger or model beyond the lexicon.
 */
public final class VaderAnalyzer {

  /** Empirical rating increase for a booster word, and decrease for a dampener. */
  static final double BOOST = 0.293;
  /** Empirical rating increase for a sentiment word in capitals among lower-case words. */
  static final double CAPS_BOOST = 0.733;
  /** A negated valence is reversed and shrunk by this factor. */
  static final double NEGATION = -0.74;
  /** The compound normalisation's alpha: about the largest sum expected in a sentence. */
  static final double ALPHA = 15;

  private static final Set<String> NEGATIONS = Set.of(
      "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
      "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
      "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
      "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
      "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
      "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
      "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
      "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  /** Degree adverbs: boosters raise the next sentiment word's intensity, dampeners lower it. */
  private static final Map<String, Double> DEGREE = degreeWords();

  /** Phrases whose valence replaces that of the sentiment word inside them. */
  private static final Map<String, Double> IDIOMS = Map.of(
      "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
      "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
      "beating heart", 3.1, "broken heart", -2.9);

  private final VaderLexicon lexicon;

  public VaderAnalyzer(VaderLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** An analyser over the bundled lexicon. */
  public static VaderAnalyzer bundled() {
    return new VaderAnalyzer(VaderLexicon.bundled());
  }

  /** Scores one text, best one sentence as written (capitals and punctuation matter). */
  public VaderScores score(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = PythonText.strip(text);
    Words words = Words.of(stripped);
    if (words.size() == 0) {
      return VaderScores.EMPTY;
    }
    double[] valences = new double[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String lower = words.lower(i);
      boolean degreeWord = DEGREE.containsKey(lower)
          || (lower.equals("kind") && i + 1 < words.size() && words.lower(i + 1).equals("of"));
      valences[i] = degreeWord ? 0 : valence(words, i);
    }
    contrast(words, valences);
    return summarise(valences, stripped);
  }

  private double valence(Words words, int i) {
    String lower = words.lower(i);
    if (!lexicon.contains(lower)) {
      return 0;
    }
    double base = lexicon.valence(lower).getAsDouble();
    double valence = base;
    // "no" before another sentiment word negates that word instead of counting itself
    if (lower.equals("no") && i != words.size() - 1 && lexicon.contains(words.lower(i + 1))) {
      valence = 0;
    }
    if ((i > 0 && words.lower(i - 1).equals("no"))
        || (i > 1 && words.lower(i - 2).equals("no"))
        || (i > 2 && words.lower(i - 3).equals("no")
            && (words.lower(i - 1).equals("or") || words.lower(i - 1).equals("nor")))) {
      valence = base * NEGATION;
    }
    if (words.capsContrast() && PythonText.isUpper(words.word(i))) {
      valence += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
    }
    for (int distance = 0; distance < 3; distance++) {
      int before = i - distance - 1;
      if (before < 0 || lexicon.contains(words.lower(before))) {
        continue;
      }
      double shift = degreeShift(words, before, valence);
      if (distance == 1) {
        shift *= 0.95;
      } else if (distance == 2) {
        shift *= 0.9;
      }
      valence += shift;
      valence = negation(valence, words, distance, i);
      if (distance == 2) {
        valence = idioms(valence, words, i);
      }
    }
    return least(valence, words, i);
  }

  private static double degreeShift(Words words, int at, double valence) {
    Double degree = DEGREE.get(words.lower(at));
    if (degree == null) {
      return 0;
    }
    double shift = valence < 0 ? -degree : degree;
    if (words.capsContrast() && PythonText.isUpper(words.word(at))) {
      shift += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
    }
    return shift;
  }

  private static boolean negating(String lowerWord) {
    return NEGATIONS.contains(lowerWord) || lowerWord.contains("n't");
  }

  private static double negation(double valence, Words words, int distance, int i) {
    switch (distance) {
      case 0:
        return negating(words.lower(i - 1)) ? valence * NEGATION : valence;
      case 1: {
        String two = words.lower(i - 2);
        String one = words.lower(i - 1);
        if (two.equals("never") && (one.equals("so") || one.equals("this"))) {
          return valence * 1.25;
        }
        if (two.equals("without") && one.equals("doubt")) {
          return valence;
        }
        return negating(two) ? valence * NEGATION : valence;
      }
      default: {
        String three = words.lower(i - 3);
        String two = words.lower(i - 2);
        String one = words.lower(i - 1);
        // the reference strengthens after "so"/"this" even without "never"; kept for its scores
        if ((three.equals("never") && (two.equals("so") || two.equals("this")))
            || one.equals("so") || one.equals("this")) {
          return valence * 1.25;
        }
        if (three.equals("without") && (two.equals("doubt") || one.equals("doubt"))) {
          return valence;
        }
        return negating(three) ? valence * NEGATION : valence;
      }
    }
  }

  private static double idioms(double valence, Words words, int i) {
    String three = words.lower(i - 3);
    String two = words.lower(i - 2);
    String one = words.lower(i - 1);
    String zero = words.lower(i);
    String threeTwoOne = three + " " + two + " " + one;
    String threeTwo = three + " " + two;
    String twoOne = two + " " + one;
    double result = valence;
    for (String phrase : List.of(one + " " + zero, two + " " + one + " " + zero, twoOne,
        threeTwoOne, threeTwo)) {
      Double idiom = IDIOMS.get(phrase);
      if (idiom != null) {
        result = idiom;
        break;
      }
    }
    if (words.size() - 1 > i) {
      Double idiom = IDIOMS.get(zero + " " + words.lower(i + 1));
      if (idiom != null) {
        result = idiom;
      }
    }
    if (words.size() - 1 > i + 1) {
      Double idiom = IDIOMS.get(zero + " " + words.lower(i + 1) + " " + words.lower(i + 2));
      if (idiom != null) {
        result = idiom;
      }
    }
    // two-word dampeners ("kind of", "sort of") before the word
    for (String phrase : List.of(threeTwoOne, threeTwo, twoOne)) {
      Double degree = DEGREE.get(phrase);
      if (degree != null) {
        result += degree;
      }
    }
    return result;
  }

  private double least(double valence, Words words, int i) {
    if (i > 0 && words.lower(i - 1).equals("least") && !lexicon.contains("least")) {
      // "at least" and "very least" concede rather than negate
      if (i > 1 && (words.lower(i - 2).equals("at") || words.lower(i - 2).equals("very"))) {
        return valence;
      }
      return valence * NEGATION;
    }
    return valence;
  }

  /**
   * After the first "but", words before it count half and words after it one and a half times.
   * The reference finds each word's place by looking up its value, so a value that occurs
   * twice is rescaled at its first place twice; that is reproduced because it moves scores.
   */
  private static void contrast(Words words, double[] valences) {
    int but = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.lower(i).equals("but")) {
        but = i;
        break;
      }
    }
    if (but < 0) {
      return;
    }
    for (int k = 0; k < valences.length; k++) {
      double value = valences[k];
      int first = 0;
      while (valences[first] != value) {
        first++;
      }
      if (first < but) {
        valences[first] = value * 0.5;
      } else if (first > but) {
        valences[first] = value * 1.5;
      }
    }
  }

  private static VaderScores summarise(double[] valences, String text) {
    double sum = 0;
    for (double v : valences) {
      sum += v;
    }
    double emphasis = punctuationEmphasis(text);
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    double compound = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
    double positive = 0;
    double negative = 0;
    int neutral = 0;
    for (double v : valences) {
      // +1 and -1 put each sentiment word on the scale of a neutral word's count of 1
      if (v > 0) {
        positive += v + 1;
      } else if (v < 0) {
        negative += v - 1;
      } else {
        neutral++;
      }
    }
    if (positive > Math.abs(negative)) {
      positive += emphasis;
    } else if (positive < Math.abs(negative)) {
      negative -= emphasis;
    }
    double total = positive + Math.abs(negative) + neutral;
    return new VaderScores(round(Math.abs(negative / total), 3), round(Math.abs(neutral / total), 3),
        round(Math.abs(positive / total), 3), round(compound, 4));
  }

  private static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double emphasis = Math.min(exclamations, 4) * 0.292;
    if (questions > 1) {
      emphasis += questions <= 3 ? questions * 0.18 : 0.96;
    }
    return emphasis;
  }

  /** Rounds the exact binary value half to even, as Python's {@code round(x, n)} does. */
  static double round(double value, int places) {
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static Map<String, Double> degreeWords() {
    List<String> boosters = List.of("absolutely", "amazingly", "awfully", "completely",
        "considerable", "considerably", "decidedly", "deeply", "effing", "enormous", "enormously",
        "entirely", "especially", "exceptional", "exceptionally", "extreme", "extremely",
        "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin",
        "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly",
        "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
        "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
        "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
        "unbelievably", "unusually", "utter", "utterly", "very");
    List<String> dampeners = List.of("almost", "barely", "hardly", "just enough", "kind of",
        "kinda", "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional",
        "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat",
        "sort of", "sorta", "sortof", "sort-of");
    var map = new java.util.HashMap<String, Double>();
    boosters.forEach(w -> map.put(w, BOOST));
    dampeners.forEach(w -> map.put(w, -BOOST));
    return Map.copyOf(map);
  }

  /** A text's words as VADER sees them, with their lower-case forms computed once. */
  private record Words(List<String> words, List<String> lower, boolean capsContrast) {

    static Words of(String text) {
      List<String> words = new ArrayList<>();
      for (String piece : PythonText.split(text)) {
        String stripped = PythonText.stripPunctuation(piece);
        // two characters or fewer left: likely an emoticon such as ":)", kept whole
        words.add(PythonText.length(stripped) <= 2 ? piece : stripped);
      }
      List<String> lower = new ArrayList<>(words.size());
      int upper = 0;
      for (String w : words) {
        lower.add(w.toLowerCase(Locale.ROOT));
        if (PythonText.isUpper(w)) {
          upper++;
        }
      }
      // capitals emphasise only when some, not all, words are in capitals
      int notUpper = words.size() - upper;
      return new Words(words, lower, notUpper > 0 && notUpper < words.size());
    }

    int size() {
      return words.size();
    }

    String word(int i) {
      return words.get(i);
    }

    String lower(int i) {
      return lower.get(i);
    }
  }
}
