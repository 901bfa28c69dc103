package org.dateline.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which delimiter a {@code .csv} file uses, as R's {@code data.table::fread} and Python's
 * {@code csv.Sniffer} decide it: among comma, semicolon, tab and bar, the one that occurs
 * outside quotes in the header line and the same number of times in most of the rows that
 * follow; a comma when it ties or when none occurs. A semicolon file exported by a European
 * spreadsheet is the common case.
 *
 * <p>Stateless and thread-safe.
 */
final class DelimiterSniffer {

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  /** How much of the file is looked at; within the reader's buffer, so it can be reset. */
  static final int SNIFF_CHARS = 32768;
  private static final int SNIFF_LINES = 20;

  private DelimiterSniffer() {}

  /** The delimiter of the text {@code r} is about to read; {@code r} is left where it was. */
  static char sniff(BufferedReader r) throws IOException {
    r.mark(SNIFF_CHARS + 1);
    char[] buf = new char[SNIFF_CHARS];
    int n = 0;
    int read;
    while (n < buf.length && (read = r.read(buf, n, buf.length - n)) > 0) {
      n += read;
    }
    r.reset();
    return choose(lines(new String(buf, 0, n)));
  }

  /** Logical lines: a line break inside quotes does not end one. The last, maybe cut off, is dropped when there are others. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length() && out.size() < SNIFF_LINES + 1; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if ((c == '\n' || c == '\r') && !quoted) {
        if (i > start) {
          out.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (out.isEmpty() && start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  static char choose(List<String> lines) {
    if (lines.isEmpty()) {
      return ',';
    }
    char best = ',';
    double bestShare = -1;
    for (char d : CANDIDATES) {
      int header = count(lines.get(0), d);
      if (header == 0) {
        continue;
      }
      int same = 0;
      for (int i = 1; i < lines.size(); i++) {
        if (count(lines.get(i), d) == header) {
          same++;
        }
      }
      double share = lines.size() == 1 ? 1 : (double) same / (lines.size() - 1);
      if (share > bestShare) {
        best = d;
        bestShare = share;
      }
    }
    return best;
  }

  /** How often {@code d} occurs outside double quotes. */
  static int count(String line, char d) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        n++;
      }
    }
    return n;
  }
}
