package org.dateline.aggregate;

import java.util.Objects;
import java.util.Set;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;

/**
 * Puts entity mentions in the form they are counted under: titles and honorifics that the
 * NER model often takes into a name ("Comrade Kim Jong Un", "President Kim Il Sung",
 * "Mr. Moon") are dropped, so that one person is counted under one name.
 *
 * <p>A mention that opens with a personal honorific (Comrade, Mr, Mrs, Ms, Dr) names a person,
 * so it is counted as a PERSON even where the model typed it otherwise; state media
 * write "the respected Comrade Kim Jong Un" so often that the model sometimes calls it an
 * organisation. Stateless and thread-safe.
 */
public final class EntityNames {

  /** Titles dropped from the front of a mention when a capitalised word follows. */
  public static final Set<String> TITLES = Set.of(
      "Comrade", "Comrades", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
      "President", "Premier", "Marshal", "Chairman", "Chairwoman", "Vice-Chairman", "Secretary",
      "Minister", "Prime", "General", "Leader", "Supreme");

  private static final Set<String> HONORIFICS = Set.of(
      "Comrade", "Comrades", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");

  private EntityNames() {}

  /** The mention as counted; the same instance when nothing changes. */
  public static EntityMention normalize(EntityMention mention) {
    Objects.requireNonNull(mention, "mention");
    String[] words = mention.text().split(" ");
    int start = 0;
    boolean honorific = false;
    while (start < words.length - 1 && TITLES.contains(words[start])
        && Character.isUpperCase(words[start + 1].charAt(0))) {
      honorific |= HONORIFICS.contains(words[start]);
      start++;
    }
    if (start == 0) {
      return mention;
    }
    String text = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    EntityType type = honorific ? EntityType.PERSON : mention.type();
    return new EntityMention(text, type, mention.sentenceIndex());
  }
}
