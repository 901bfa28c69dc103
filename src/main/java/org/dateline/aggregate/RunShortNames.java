package org.dateline.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.EntityType;

/**
 * The run-wide short-name rule of {@link EntityResolver}: a short name joins the one PERSON
 * name of the run that holds a clear majority of the full-name mentions it could stand for,
 * whatever type the model gave the short name, in every document that does not make it another
 * person's (names another person it could stand for, and not the one it joins).
 *
 * <p>Built from counts over the whole run (a sum over documents, so the same whatever the order
 * of documents and merges), then applied to each document. Immutable and thread-safe once built.
 */
final class RunShortNames {
  /** The share of the candidate full names' mentions the one holder must have. */
  static final double MAJORITY = 0.9;

  /**
   * The most words a full name has; a longer PERSON mention is an organisation or a place
   * the model took for a person ({@code Kim Jong Suk Silk Mill}), and must not draw its last
   * words ({@code Silk Mill}) to it.
   */
  static final int MAX_WORDS = 4;

  /** Short name (possessive dropped) -> the full names of the run it stands for, sorted. */
  private final Map<String, List<String>> candidates;
  /** Short name -> the one full name it joins. */
  private final Map<String, String> holders;
  private final long ambiguous;

  private RunShortNames(Map<String, List<String>> candidates, Map<String, String> holders, long ambiguous) {
    this.candidates = candidates;
    this.holders = holders;
    this.ambiguous = ambiguous;
  }

  /** Counts the mentions of each (name, type) of the run, after the per-document rules. */
  static final class Counts {
    private final Map<String, Long> persons = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final Set<String> multiWordPersons = new HashSet<>();

    void add(String[] texts, EntityType[] types) {
      for (int i = 0; i < texts.length; i++) {
        String text = texts[i];
        boolean person = types[i] == EntityType.PERSON;
        int words = words(text);
        if (person && words > 1) {
          multiWordPersons.add(text);
          if (words <= MAX_WORDS) {
            persons.merge(text, 1L, Long::sum);
          }
        }
        byKey.merge(key(text), 1L, Long::sum);
      }
    }

    RunShortNames rules() {
      Map<String, List<String>> index = new HashMap<>();
      // Sorted, so that the candidate lists and the holder chosen do not depend on hash order.
      for (String full : new TreeMap<>(persons).keySet()) {
        for (String shortForm : shortForms(full.split(" "))) {
          index.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(full);
        }
      }
      Map<String, List<String>> candidates = new HashMap<>();
      Map<String, String> holders = new HashMap<>();
      long ambiguous = 0;
      for (Map.Entry<String, Long> e : byKey.entrySet()) {
        String shortName = e.getKey();
        List<String> fulls = index.get(shortName);
        // A name of two or more words that the run counts as a PERSON is a full name of its own.
        if (fulls == null || multiWordPersons.contains(shortName)) {
          continue;
        }
        candidates.put(shortName, List.copyOf(fulls));
        long total = 0;
        String best = null;
        long bestCount = -1;
        for (String full : fulls) {
          long c = persons.get(full);
          total += c;
          if (c > bestCount) {
            best = full;
            bestCount = c;
          }
        }
        if (bestCount < MAJORITY * total) {
          ambiguous++;
          continue;
        }
        // One word alone ("English", "Virginia", "Jordan") is often a language or a place that
        // some person of the run is also called: it stands for that person only when the person
        // is written in full more often than the word appears alone.
        if (shortName.indexOf(' ') < 0 && bestCount <= e.getValue()) {
          continue;
        }
        holders.put(shortName, best);
      }
      return new RunShortNames(candidates, holders, ambiguous);
    }
  }

  private static int words(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /**
   * The short names a full name can be written as: its last word(s) or, for a Korean name
   * (family name first), its family name alone or its given name ({@code Kim}, {@code Jong Un}
   * for {@code Kim Jong Un}).
   */
  static List<String> shortForms(String[] words) {
    List<String> out = new ArrayList<>();
    if (KoreanNames.isKorean(words)) {
      out.add(words[0]);
      out.add(String.join(" ", List.of(words).subList(1, words.length)));
    } else {
      for (int from = 1; from < words.length; from++) {
        out.add(String.join(" ", List.of(words).subList(from, words.length)));
      }
    }
    return out;
  }

  /**
   * The name as a short name: without a final possessive ({@code Trump's}, {@code Trump’s},
   * {@code Trump 's}).
   */
  static String key(String text) {
    return EntityNames.withoutPossessive(text);
  }

  /**
   * Rewrites the document's short names that have a holder to the holder, typed PERSON, except
   * where the document names another person the short name could stand for and not the holder;
   * returns the mentions changed.
   */
  long apply(String[] texts, EntityType[] types) {
    if (holders.isEmpty()) {
      return 0;
    }
    Set<String> persons = null;
    long changed = 0;
    for (int i = 0; i < texts.length; i++) {
      String shortName = key(texts[i]);
      String holder = holders.get(shortName);
      if (holder == null) {
        continue;
      }
      if (persons == null) {
        persons = new HashSet<>();
        for (int j = 0; j < texts.length; j++) {
          if (types[j] == EntityType.PERSON) {
            persons.add(texts[j]);
          }
        }
      }
      if (namesAnother(persons, candidates.get(shortName), holder)) {
        continue;
      }
      texts[i] = holder;
      types[i] = EntityType.PERSON;
      changed++;
    }
    return changed;
  }

  /**
   * Whether the document makes the short name another person's: it names another person the
   * short name could stand for and not the holder. Where it names the holder too, the short
   * name is as ambiguous in the document as the per-document rule found it, and the run decides.
   */
  private static boolean namesAnother(Set<String> persons, List<String> fulls, String holder) {
    if (persons.contains(holder)) {
      return false;
    }
    for (String full : fulls) {
      if (persons.contains(full)) {
        return true;
      }
    }
    return false;
  }

  /** Short names that could stand for several people of the run, none with a clear majority. */
  long ambiguous() {
    return ambiguous;
  }

  /** The short names that join a full name, and the name each joins; for tests. */
  Map<String, String> holders() {
    return new TreeMap<>(holders);
  }
}
