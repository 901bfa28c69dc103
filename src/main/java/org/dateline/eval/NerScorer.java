package org.dateline.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Entity-level exact-match scoring of one sentence, in the manner of the CoNLL-2003
 * {@code conlleval} script. Pure functions; no models involved.
 */
public final class NerScorer {

  private NerScorer() {}

  /**
   * Gold entities from IOB tags: {@code B-X} starts an entity of class X, {@code I-X}
   * continues one of class X, and an {@code I-X} after {@code O} or after another class starts
   * a new entity, so IOB1 input scores the same as IOB2.
   */
  public static List<EntitySpan> goldSpans(List<IobTag> tags) {
    Objects.requireNonNull(tags, "tags");
    List<EntitySpan> spans = new ArrayList<>();
    int start = -1;
    EntityClass open = null;
    for (int i = 0; i < tags.size(); i++) {
      IobTag tag = tags.get(i);
      boolean continues = tag.prefix() == IobTag.Prefix.I && tag.type() == open;
      if (!continues) {
        if (open != null) {
          spans.add(new EntitySpan(start, i, open));
        }
        open = tag.type();
        start = i;
      }
    }
    if (open != null) {
      spans.add(new EntitySpan(start, tags.size(), open));
    }
    return List.copyOf(spans);
  }

  /**
   * Predicted entities from CoreNLP NER labels mapped by {@link EntityClass#ofCoreNlp}: maximal
   * runs of tokens with the same class. CoreNLP's CRF tags without B-/I- prefixes, so two
   * adjacent entities of one class come out as one; the CoNLL data rarely has them.
   */
  public static List<EntitySpan> predictedSpans(List<String> labels) {
    Objects.requireNonNull(labels, "labels");
    List<EntitySpan> spans = new ArrayList<>();
    int start = -1;
    EntityClass open = null;
    for (int i = 0; i < labels.size(); i++) {
      EntityClass type = EntityClass.ofCoreNlp(labels.get(i)).orElse(null);
      if (type != open) {
        if (open != null) {
          spans.add(new EntitySpan(start, i, open));
        }
        open = type;
        start = i;
      }
    }
    if (open != null) {
      spans.add(new EntitySpan(start, labels.size(), open));
    }
    return List.copyOf(spans);
  }

  /**
   * Scores one sentence.
   *
   * @param gold the gold tags
   * @param predicted CoreNLP NER labels, one per gold tag
   * @throws IllegalArgumentException when the lengths differ
   */
  public static NerCounts score(List<IobTag> gold, List<String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " tags but there are " + predicted.size() + " predicted labels");
    }
    return scoreSpans(goldSpans(gold), predictedSpans(predicted));
  }

  /** Scores one sentence given as entity spans. */
  public static NerCounts scoreSpans(List<EntitySpan> gold, List<EntitySpan> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Set<EntitySpan> goldSet = new HashSet<>(gold);
    Map<EntityClass, long[]> n = new EnumMap<>(EntityClass.class);
    for (EntityClass c : EntityClass.values()) {
      n.put(c, new long[3]);
    }
    for (EntitySpan g : gold) {
      n.get(g.type())[0]++;
    }
    for (EntitySpan p : predicted) {
      n.get(p.type())[1]++;
      if (goldSet.contains(p)) {
        n.get(p.type())[2]++;
      }
    }
    Map<EntityClass, MatchCounts> counts = new EnumMap<>(EntityClass.class);
    n.forEach((c, v) -> counts.put(c, new MatchCounts(v[0], v[1], v[2])));
    return NerCounts.of(counts);
  }
}
