package org.dateline.kwic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds pattern matches in one document's tokens. Immutable and thread-safe.
 */
public final class Concordance {
  /** The widest window: wider ones show whole documents, which a concordance is not for. */
  public static final int MAX_WINDOW = 1000;

  private final List<KwicPattern> patterns;
  private final int window;

  /**
   * @param patterns the patterns, in the order their rows come at one position
   * @param window tokens shown on each side, 0 to {@link #MAX_WINDOW}
   */
  public Concordance(List<KwicPattern> patterns, int window) {
    this.patterns = List.copyOf(Objects.requireNonNull(patterns, "patterns"));
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("give at least one pattern");
    }
    if (window < 0 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("--window must be between 0 and " + MAX_WINDOW + " tokens, was " + window);
    }
    this.window = window;
  }

  /**
   * The rows for a document's tokens, by position, then pattern order. Positions are counted
   * from {@code offset} + 1 (the tokens of earlier pieces of the same document).
   *
   * @param origin where the document came from, as {@code documents.csv} gives it
   */
  public List<KwicRow> find(String docId, LocalDate date, String origin, List<String> tokens, int offset) {
    List<KwicRow> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (KwicPattern p : patterns) {
        if (p.matchesAt(tokens, i)) {
          int end = i + p.length();
          // Subtracted rather than added, so that no sum can overflow.
          out.add(new KwicRow(docId, date, offset + i + 1, offset + end,
              String.join(" ", tokens.subList(i - Math.min(i, window), i)),
              String.join(" ", tokens.subList(i, end)),
              String.join(" ", tokens.subList(end, end + Math.min(tokens.size() - end, window))),
              p.text(), origin));
        }
      }
    }
    return out;
  }
}
