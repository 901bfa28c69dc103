package org.dateline.kwic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds pattern matches in one document's tokens. Immutable and thread-safe.
 */
public final class Concordance {
  private final List<KwicPattern> patterns;
  private final int window;

  /**
   * @param patterns the patterns, in the order their rows come at one position
   * @param window tokens shown on each side, at least 0
   */
  public Concordance(List<KwicPattern> patterns, int window) {
    this.patterns = List.copyOf(Objects.requireNonNull(patterns, "patterns"));
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("give at least one pattern");
    }
    if (window < 0) {
      throw new IllegalArgumentException("--window must be 0 or more, was " + window);
    }
    this.window = window;
  }

  /**
   * The rows for a document's tokens, by position, then pattern order. Positions are counted
   * from {@code offset} + 1 (the tokens of earlier pieces of the same document).
   */
  public List<KwicRow> find(String docId, LocalDate date, List<String> tokens, int offset) {
    List<KwicRow> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (KwicPattern p : patterns) {
        if (p.matchesAt(tokens, i)) {
          int end = i + p.length();
          out.add(new KwicRow(docId, date, offset + i + 1, offset + end,
              String.join(" ", tokens.subList(Math.max(0, i - window), i)),
              String.join(" ", tokens.subList(i, end)),
              String.join(" ", tokens.subList(end, Math.min(tokens.size(), end + window))),
              p.text()));
        }
      }
    }
    return out;
  }
}
