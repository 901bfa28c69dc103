package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.EntityType;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/**
 * The tone towards entities by period and engine: for each (period, entity, type, engine) the
 * mentions scored, the distinct sentences holding them, the sum and sum of squares of the scores
 * of the clauses around the mentions, and the count per tone. Names and types are those of the
 * entity table: {@link EntityResolver} fills this table from the same resolved mentions.
 *
 * <p>Scores are summed as whole multiples of 10^-8 ({@link ScoreStats}), so the figures do not
 * depend on the order of the documents or of merges. A mergeable accumulator: {@link #merge} is
 * associative and commutative with {@link #empty} as identity. Not thread-safe.
 */
public final class EntitySentimentTable {
  private static final int MENTIONS = 0;
  private static final int SENTENCES = 1;
  private static final int SUM = 2;
  private static final int SQUARES = 3;
  private static final int TONES = 4;
  private static final int WIDTH = TONES + Tone.values().length;

  private record Key(LocalDate period, String entity, EntityType type) {}

  private final Map<Key, EnumMap<SentimentEngineId, long[]>> counts = new HashMap<>();

  private EntitySentimentTable() {}

  public static EntitySentimentTable empty() {
    return new EntitySentimentTable();
  }

  private long[] counter(Key key, SentimentEngineId engine) {
    return counts.computeIfAbsent(key, k -> new EnumMap<>(SentimentEngineId.class))
        .computeIfAbsent(engine, e -> new long[WIDTH]);
  }

  /**
   * Counts one scored mention.
   *
   * @param newSentence whether this is the first mention of the entity in its sentence that the
   *     engine scored, so that the sentence is counted once
   */
  void addMention(LocalDate period, String entity, EntityType type, SentimentEngineId engine, long scoreUnits,
      Tone tone, boolean newSentence) {
    long[] c = counter(new Key(period, entity, type), engine);
    c[MENTIONS]++;
    if (newSentence) {
      c[SENTENCES]++;
    }
    c[SUM] += scoreUnits;
    c[SQUARES] += ScoreStats.squareUnits(scoreUnits / ScoreStats.UNIT);
    c[TONES + tone.ordinal()]++;
  }

  /**
   * Adds the counts of {@code other} into this table and returns this; {@code other} is not
   * changed.
   */
  public EntitySentimentTable merge(EntitySentimentTable other) {
    Objects.requireNonNull(other, "other");
    List<Map.Entry<Key, Map<SentimentEngineId, long[]>>> snapshot = new ArrayList<>();
    other.counts.forEach((k, m) -> {
      Map<SentimentEngineId, long[]> copy = new EnumMap<>(SentimentEngineId.class);
      m.forEach((e, c) -> copy.put(e, c.clone()));
      snapshot.add(Map.entry(k, copy));
    });
    for (Map.Entry<Key, Map<SentimentEngineId, long[]>> entry : snapshot) {
      entry.getValue().forEach((engine, from) -> {
        long[] to = counter(entry.getKey(), engine);
        for (int i = 0; i < WIDTH; i++) {
          to[i] += from[i];
        }
      });
    }
    return this;
  }

  /**
   * Rows with at least {@code minMentions} scored mentions, by period ascending, then the
   * entity's largest mention count over its engines descending (so an entity's engines stay
   * together), then entity, type and engine. A snapshot; unmodifiable.
   */
  public List<EntitySentimentRow> rows(long minMentions) {
    record Group(Key key, long mentions, List<EntitySentimentRow> rows) {}
    List<Group> groups = new ArrayList<>();
    counts.forEach((key, engines) -> {
      long most = 0;
      List<EntitySentimentRow> rows = new ArrayList<>(engines.size());
      for (Map.Entry<SentimentEngineId, long[]> e : engines.entrySet()) {
        long[] c = e.getValue();
        if (c[MENTIONS] >= minMentions) {
          ScoreStats stats = ScoreStats.of(e.getKey(), c[MENTIONS], c[SUM], c[SQUARES]);
          rows.add(new EntitySentimentRow(key.period(), key.entity(), key.type(), e.getKey(), c[MENTIONS],
              c[SENTENCES], stats.mean(), stats.ciLow(), stats.ciHigh(), c[TONES], c[TONES + 1], c[TONES + 2]));
          most = Math.max(most, c[MENTIONS]);
        }
      }
      if (!rows.isEmpty()) {
        groups.add(new Group(key, most, rows));
      }
    });
    groups.sort(Comparator.comparing((Group g) -> g.key().period())
        .thenComparing(Comparator.comparingLong(Group::mentions).reversed())
        .thenComparing(g -> g.key().entity())
        .thenComparing(g -> g.key().type().name()));
    List<EntitySentimentRow> out = new ArrayList<>();
    for (Group g : groups) {
      out.addAll(g.rows());
    }
    return List.copyOf(out);
  }
}
