package org.dateline.aggregate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;

/**
 * Puts entity mentions in the form they are counted under, so that one entity is counted under
 * one name.
 *
 * <ul>
 *   <li>Titles and honorifics that the NER model often takes into a name are dropped from its
 *       front ("Comrade Kim Jong Un", "General Secretary Kim Jong Un", "Dear Respected Comrade
 *       Kim Jong Un", "Mr. Moon"), when a capitalised word follows. Words that open the names of
 *       organisations too ("General" Assembly, "Supreme" People's Assembly, "Great" Britain) are
 *       dropped only as part of a title ("General Secretary", "Supreme Leader", "Great
 *       Leader"); epithets (Respected, Dear, Beloved, Great, Fatherly) only before a title.
 *   <li>A final full stop, or other sentence punctuation, is dropped: where a name ends a
 *       sentence, CoreNLP's mention may take the sentence's full stop with it or not, so
 *       {@code Kim Jong Il.} is {@code Kim Jong Il}, and {@code Samsung Co.} and {@code Samsung
 *       Co} are both {@code Samsung Co}. The one exception is an initialism, letters each
 *       followed by a full stop ({@code U.S.}, {@code D.P.R.K.}): it always ends with its full
 *       stop, so {@code U.S} becomes {@code U.S.}.
 * </ul>
 *
 * <p>A mention that opens with a personal honorific (Comrade, Mr, Mrs, Ms, Dr) names a person,
 * so it is counted as a PERSON even where the model typed it otherwise; state media
 * write "the respected Comrade Kim Jong Un" so often that the model sometimes calls it an
 * organisation. Stateless and thread-safe.
 */
public final class EntityNames {

  /**
   * Titles dropped from the front of a mention when a capitalised word follows; several words
   * are matched as a whole. Checked in kcna-2024 for the titles that state media put before
   * names.
   */
  public static final Set<String> TITLES = Set.of(
      "Comrade", "Comrades", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
      "President", "Premier", "Marshal", "Generalissimo", "Generalissimos",
      "Chairman", "Chairwoman", "Chairperson", "Vice-Chairman", "Vice Chairman",
      "General Secretary", "Secretary General", "Secretary-General", "Secretary",
      "Minister", "Prime Minister", "Foreign Minister", "Vice Foreign Minister",
      "Leader", "Supreme Leader", "Great Leader", "Dear Leader", "Supreme Commander",
      "His Excellency", "Her Excellency");

  /** Epithets of state media, dropped only before a title ("Respected Comrade"). */
  public static final Set<String> EPITHETS =
      Set.of("Respected", "Dear", "Beloved", "Great", "Fatherly", "Esteemed");

  private static final Set<String> HONORIFICS = Set.of(
      "Comrade", "Comrades", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

  /**
   * Longest first: "Secretary General Guterres" must lose "Secretary General", not only
   * "Secretary", which would leave "General Guterres".
   */
  private static final List<String[]> TITLE_WORDS = TITLES.stream()
      .map(t -> t.split(" "))
      .sorted(Comparator.<String[]>comparingInt(w -> w.length).reversed()
          .thenComparing(w -> String.join(" ", w)))
      .toList();

  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}\\.?");
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.,;:!?]+$");

  private EntityNames() {}

  /** The mention as counted; the same instance when nothing changes. */
  public static EntityMention normalize(EntityMention mention) {
    Objects.requireNonNull(mention, "mention");
    String[] words = mention.text().split(" ");
    int start = 0;
    boolean honorific = false;
    while (true) {
      int epithets = 0;
      while (start + epithets < words.length && EPITHETS.contains(words[start + epithets])) {
        epithets++;
      }
      int title = titleLength(words, start + epithets);
      int length = title == 0 ? 0 : epithets + title;
      if (length == 0 || start + length >= words.length || words[start + length].isEmpty()
          || !Character.isUpperCase(words[start + length].charAt(0))) {
        break;
      }
      honorific |= HONORIFICS.contains(words[start + epithets]);
      start += length;
    }
    String last = words[words.length - 1];
    String fixedLast = lastWord(last);
    if (start == 0 && fixedLast.equals(last) && mention.type() != EntityType.PERSON) {
      return mention;
    }
    if (fixedLast.isEmpty()) {
      // A mention of punctuation alone is the model's mistake; keep it rather than invent one.
      return mention;
    }
    String[] kept = Arrays.copyOfRange(words, start, words.length);
    kept[kept.length - 1] = fixedLast;
    EntityType type = honorific ? EntityType.PERSON : mention.type();
    String text = String.join(" ", kept);
    if (type == EntityType.PERSON) {
      text = withoutPossessive(text);
    }
    return text.equals(mention.text()) && type == mention.type()
        ? mention : new EntityMention(text, type, mention.sentenceIndex());
  }

  /**
   * The name without a final possessive: {@code Trump's} and {@code Trump’s}, glued or as the
   * tokenizer's separate {@code 's}, are {@code Trump}; the same instance when there is none.
   * Only a PERSON mention loses it as it is counted ({@code Moody's} is a company's name); the
   * run-wide short-name rule compares any mention without it.
   */
  public static String withoutPossessive(String text) {
    int cut = -1;
    if (text.endsWith(" 's") || text.endsWith(" \u2019s")) {
      cut = text.length() - 3;
    } else if (text.endsWith(" '") || text.endsWith(" \u2019")) {
      cut = text.length() - 2;
    } else if ((text.endsWith("'s") || text.endsWith("\u2019s")) && text.length() > 2
        && Character.isLetter(text.charAt(text.length() - 3))) {
      cut = text.length() - 2;
    }
    return cut > 0 ? text.substring(0, cut) : text;
  }

  /** The number of words of the longest title at {@code at}, or 0. */
  private static int titleLength(String[] words, int at) {
    for (String[] title : TITLE_WORDS) {
      if (at + title.length <= words.length
          && Arrays.equals(title, 0, title.length, words, at, at + title.length)) {
        return title.length;
      }
    }
    return 0;
  }

  private static String lastWord(String word) {
    if (INITIALISM.matcher(word).matches()) {
      return word.endsWith(".") ? word : word + ".";
    }
    return SENTENCE_PUNCTUATION.matcher(word).replaceFirst("");
  }
}
