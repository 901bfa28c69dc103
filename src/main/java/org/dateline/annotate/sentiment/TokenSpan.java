package org.dateline.annotate.sentiment;

/**
 * Tokens {@code from .. to - 1} of a sentence: a target of the {@code news} engine or another
 * mention of it.
 */
public record TokenSpan(int from, int to) {

  public TokenSpan {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("a token span needs 0 <= from < to, was " + from + " .. " + to);
    }
  }
}
