package org.dateline.eval;

import java.util.Objects;

/**
 * A gold NER tag in IOB notation: outside, or the beginning or inside of an entity of a class.
 *
 * @param prefix where the token stands in an entity
 * @param type the entity class; null exactly when {@code prefix} is {@link Prefix#O}
 */
public record IobTag(Prefix prefix, EntityClass type) {

  /** The position of a token relative to an entity. */
  public enum Prefix {
    B,
    I,
    O
  }

  /** The outside tag {@code O}. */
  public static final IobTag OUTSIDE = new IobTag(Prefix.O, null);

  public IobTag {
    Objects.requireNonNull(prefix, "prefix");
    if ((prefix == Prefix.O) != (type == null)) {
      throw new IllegalArgumentException(
          "prefix " + prefix + " and type " + type + " disagree; O takes no type, B and I need one");
    }
  }

  public static IobTag begin(EntityClass type) {
    return new IobTag(Prefix.B, Objects.requireNonNull(type, "type"));
  }

  public static IobTag inside(EntityClass type) {
    return new IobTag(Prefix.I, Objects.requireNonNull(type, "type"));
  }

  /**
   * Parses {@code O}, {@code B-PER}, {@code I-LOC} and so on.
   *
   * @throws IllegalArgumentException naming the bad tag and the accepted forms
   */
  public static IobTag parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.equals("O")) {
      return OUTSIDE;
    }
    if (tag.length() > 2 && tag.charAt(1) == '-' && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')) {
      try {
        EntityClass type = EntityClass.valueOf(tag.substring(2));
        return tag.charAt(0) == 'B' ? begin(type) : inside(type);
      } catch (IllegalArgumentException unknownType) {
        // fall through to the message that shows the whole tag
      }
    }
    throw new IllegalArgumentException(
        "bad NER tag '" + tag + "'; expected O or B-/I- followed by PER, LOC, ORG or MISC");
  }

  @Override
  public String toString() {
    return prefix == Prefix.O ? "O" : prefix + "-" + type;
  }
}
