package org.dateline.aggregate.dictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dictionary compiled once for counting: a trie over words whose edges are word globs, each
 * word node holding a trie over characters. A glob's characters up to its first {@code *} are a
 * path in that trie, {@code ?} an edge any one character takes; a glob without {@code *} ends
 * there in an "exact" edge, {@code prefix*} in a "star" edge taken by every word that reaches it,
 * and any other glob hangs there as the rest of its pattern, tried only on words that reach it.
 * Matching a word at a word node thus walks the word's characters once (branching only at
 * {@code ?} edges), whatever the number of entries; only globs that start with {@code *} are
 * tried on every word.
 *
 * <p>Immutable once built; {@link Scanner}s, which hold the scratch space of one thread, count
 * with it.
 */
final class CompiledDictionary {

  private static final int[] NONE = new int[0];

  private final int categories;
  private final WordNode root = new WordNode();

  /** Where a phrase has got to: the entries ending here, and the character trie to the next word. */
  private static final class WordNode {
    final CharNode chars = new CharNode();
    int[] accepts = NONE;
  }

  private static final class CharNode {
    /** While building; {@link #freeze} turns it into the sorted arrays below. */
    Map<Character, CharNode> building = new TreeMap<>();
    char[] keys;
    CharNode[] children;
    /** The {@code ?} edge: any one character (code point). */
    CharNode any;
    WordNode exact;
    WordNode star;
    /** The globs whose literal prefix ends here, as the rest of the pattern from its first wildcard. */
    List<String> globs;
    List<WordNode> globTargets;
    String[] globArray;
    WordNode[] globTargetArray;

    CharNode child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }
  }

  CompiledDictionary(Dictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.categories = dictionary.categories().size();
    for (int c = 0; c < categories; c++) {
      for (String entry : dictionary.entries().get(c)) {
        WordNode node = root;
        for (String glob : entry.split(" ")) {
          node = edge(node, glob);
        }
        accept(node, c);
      }
    }
    freeze(root, new java.util.IdentityHashMap<>());
  }

  private static void accept(WordNode node, int category) {
    for (int a : node.accepts) {
      if (a == category) {
        return;
      }
    }
    int[] grown = Arrays.copyOf(node.accepts, node.accepts.length + 1);
    grown[grown.length - 1] = category;
    Arrays.sort(grown);
    node.accepts = grown;
  }

  /** The word node reached from {@code from} by the word glob {@code glob}, made when new. */
  private static WordNode edge(WordNode from, String glob) {
    String g = collapseStars(glob);
    int wild = g.indexOf('*');
    int trieEnd = wild < 0 ? g.length() : wild;
    CharNode cn = from.chars;
    for (int i = 0; i < trieEnd; i++) {
      char c = g.charAt(i);
      if (c == '?') {
        if (cn.any == null) {
          cn.any = new CharNode();
        }
        cn = cn.any;
      } else {
        cn = cn.building.computeIfAbsent(c, k -> new CharNode());
      }
    }
    if (wild < 0) {
      if (cn.exact == null) {
        cn.exact = new WordNode();
      }
      return cn.exact;
    }
    String rest = g.substring(wild);
    if (rest.equals("*")) {
      if (cn.star == null) {
        cn.star = new WordNode();
      }
      return cn.star;
    }
    if (cn.globs == null) {
      cn.globs = new ArrayList<>();
      cn.globTargets = new ArrayList<>();
    }
    int at = cn.globs.indexOf(rest);
    if (at >= 0) {
      return cn.globTargets.get(at);
    }
    WordNode node = new WordNode();
    cn.globs.add(rest);
    cn.globTargets.add(node);
    return node;
  }

  private static String collapseStars(String glob) {
    return glob.indexOf("**") < 0 ? glob : glob.replaceAll("\\*{2,}", "*");
  }

  private static void freeze(WordNode node, Map<Object, Boolean> done) {
    if (done.put(node, Boolean.TRUE) != null) {
      return;
    }
    freeze(node.chars, done);
  }

  private static void freeze(CharNode cn, Map<Object, Boolean> done) {
    int n = cn.building.size();
    cn.keys = new char[n];
    cn.children = new CharNode[n];
    int i = 0;
    for (Map.Entry<Character, CharNode> e : cn.building.entrySet()) {
      cn.keys[i] = e.getKey();
      cn.children[i] = e.getValue();
      i++;
    }
    cn.building = null;
    for (CharNode child : cn.children) {
      freeze(child, done);
    }
    if (cn.any != null) {
      freeze(cn.any, done);
    }
    if (cn.exact != null) {
      freeze(cn.exact, done);
    }
    if (cn.star != null) {
      freeze(cn.star, done);
    }
    if (cn.globs != null) {
      cn.globArray = cn.globs.toArray(new String[0]);
      cn.globTargetArray = cn.globTargets.toArray(new WordNode[0]);
      cn.globs = null;
      cn.globTargets = null;
      for (WordNode w : cn.globTargetArray) {
        freeze(w, done);
      }
    }
  }

  int categories() {
    return categories;
  }

  /**
   * Whether {@code text} from {@code from} on matches {@code pattern} as a whole: {@code *} any
   * run of characters, empty too, {@code ?} exactly one character (code point).
   */
  static boolean globMatches(String pattern, String text, int from) {
    int p = 0;
    int t = from;
    int starP = -1;
    int starT = -1;
    int pn = pattern.length();
    int tn = text.length();
    while (t < tn) {
      if (p < pn) {
        char pc = pattern.charAt(p);
        if (pc == '*') {
          starP = p++;
          starT = t;
          continue;
        }
        if (pc == '?') {
          p++;
          t += Character.charCount(text.codePointAt(t));
          continue;
        }
        if (pc == text.charAt(t)) {
          p++;
          t++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      p = starP + 1;
      starT += Character.charCount(text.codePointAt(starT));
      t = starT;
    }
    while (p < pn && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pn;
  }

  /**
   * Counts matches in sentences with the scratch space of one thread. Not thread-safe: give each
   * thread its own.
   */
  final class Scanner {
    /** The longest match of each category at the current start, 0 for none. */
    private final int[] best = new int[categories];
    private final int[] touched = new int[categories];
    private final int[] nextFree = new int[categories];
    private List<WordNode> active = new ArrayList<>();
    private List<WordNode> next = new ArrayList<>();

    /**
     * Adds to {@code counts} (one slot per category, from {@code offset}) the matches in one
     * sentence's words under {@code scope}; returns the number of matches added.
     */
    long count(String[] words, int n, DictionaryScope scope, long[] counts, int offset) {
      long added = 0;
      Arrays.fill(nextFree, 0);
      int dictionaryFree = 0;
      for (int i = 0; i < n; i++) {
        int touchedCount = longestAt(words, n, i);
        if (touchedCount == 0) {
          continue;
        }
        if (scope == DictionaryScope.KEY) {
          for (int k = 0; k < touchedCount; k++) {
            int c = touched[k];
            if (i >= nextFree[c]) {
              counts[offset + c]++;
              added++;
              nextFree[c] = i + best[c];
            }
          }
        } else {
          int longest = 0;
          for (int k = 0; k < touchedCount; k++) {
            longest = Math.max(longest, best[touched[k]]);
          }
          if (i >= dictionaryFree) {
            for (int k = 0; k < touchedCount; k++) {
              int c = touched[k];
              if (best[c] == longest) {
                counts[offset + c]++;
                added++;
              }
            }
            dictionaryFree = i + longest;
          }
        }
        for (int k = 0; k < touchedCount; k++) {
          best[touched[k]] = 0;
        }
      }
      return added;
    }

    /**
     * Fills {@link #best} with the longest match of each category starting at word {@code i};
     * returns how many categories matched, listed in {@link #touched}.
     */
    private int longestAt(String[] words, int n, int i) {
      int touchedCount = 0;
      active.clear();
      active.add(root);
      for (int j = i; j < n && !active.isEmpty(); j++) {
        next.clear();
        String word = words[j];
        for (WordNode node : active) {
          step(node, word, next);
        }
        int length = j - i + 1;
        for (WordNode node : next) {
          for (int c : node.accepts) {
            if (best[c] == 0) {
              touched[touchedCount++] = c;
            }
            best[c] = length;
          }
        }
        List<WordNode> swap = active;
        active = next;
        next = swap;
      }
      return touchedCount;
    }
  }

  /** Adds to {@code out} the word nodes {@code word} leads to from {@code node}, each once. */
  private static void step(WordNode node, String word, List<WordNode> out) {
    step(node.chars, word, 0, out);
  }

  /** Walks {@code word} from character {@code d} on down the character trie from {@code cn}. */
  private static void step(CharNode cn, String word, int d, List<WordNode> out) {
    int len = word.length();
    while (true) {
      if (cn.star != null) {
        addOnce(out, cn.star);
      }
      if (cn.globArray != null) {
        for (int g = 0; g < cn.globArray.length; g++) {
          if (globMatches(cn.globArray[g], word, d)) {
            addOnce(out, cn.globTargetArray[g]);
          }
        }
      }
      if (d == len) {
        if (cn.exact != null) {
          addOnce(out, cn.exact);
        }
        return;
      }
      if (cn.any != null) {
        step(cn.any, word, d + Character.charCount(word.codePointAt(d)), out);
      }
      cn = cn.child(word.charAt(d));
      if (cn == null) {
        return;
      }
      d++;
    }
  }

  private static void addOnce(List<WordNode> out, WordNode node) {
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) == node) {
        return;
      }
    }
    out.add(node);
  }
}
