package org.dateline.aggregate.dictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The dictionaries of a run, in the order given, and the scope their matches consume words in.
 * Part of the aggregate settings: equal when the dictionaries (names, files' SHA-256, categories,
 * entries) and the scope are, so that partial tables built on different machines merge. Each
 * dictionary is compiled once per JVM, on first use. Immutable and thread-safe.
 */
public final class Dictionaries implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final Dictionaries NONE = new Dictionaries(List.of(), DictionaryScope.KEY);

  private final List<Dictionary> dictionaries;
  private final DictionaryScope scope;
  private transient volatile List<CompiledDictionary> compiled;

  public Dictionaries(List<Dictionary> dictionaries, DictionaryScope scope) {
    this.dictionaries = List.copyOf(dictionaries);
    this.scope = Objects.requireNonNull(scope, "scope");
    Set<String> names = new HashSet<>();
    for (Dictionary d : this.dictionaries) {
      if (!names.add(d.name())) {
        throw new IllegalArgumentException("two dictionaries are named '" + d.name()
            + "' (the file name without extension); rename one of the files");
      }
    }
  }

  /** No dictionary: nothing is counted and no dictionary table is written. */
  public static Dictionaries none() {
    return NONE;
  }

  public List<Dictionary> dictionaries() {
    return dictionaries;
  }

  public DictionaryScope scope() {
    return scope;
  }

  public boolean isEmpty() {
    return dictionaries.isEmpty();
  }

  /** The categories of all dictionaries together. */
  public int totalCategories() {
    int n = 0;
    for (Dictionary d : dictionaries) {
      n += d.categories().size();
    }
    return n;
  }

  List<CompiledDictionary> compiled() {
    List<CompiledDictionary> c = compiled;
    if (c == null) {
      synchronized (this) {
        c = compiled;
        if (c == null) {
          List<CompiledDictionary> made = new ArrayList<>();
          for (Dictionary d : dictionaries) {
            made.add(new CompiledDictionary(d));
          }
          c = List.copyOf(made);
          compiled = c;
        }
      }
    }
    return c;
  }

  /** A short description for the manifest's settings. */
  public String description() {
    if (dictionaries.isEmpty()) {
      return "none";
    }
    List<String> names = new ArrayList<>();
    for (Dictionary d : dictionaries) {
      names.add(d.name());
    }
    return String.join(",", names) + " (scope " + scope.label() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dictionaries other && dictionaries.equals(other.dictionaries) && scope == other.scope;
  }

  @Override
  public int hashCode() {
    return dictionaries.hashCode() * 31 + scope.hashCode();
  }

  @Override
  public String toString() {
    return "Dictionaries[" + description() + "]";
  }
}
