package org.dateline.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs the whitespace of scraped text and puts one paragraph on each line.
 *
 * <ul>
 *   <li>CRLF and CR become LF; no-break, zero-width and other odd spaces become spaces or go;
 *   <li>runs of spaces and tabs become one space; lines are trimmed;
 *   <li>a double dash that opens a word ({@code (KCNA) --Kim}) is followed by a space;
 *   <li>hard-wrapped text (paragraphs separated by blank lines, lines broken mid-sentence) has
 *       its lines joined into paragraphs;
 *   <li>otherwise each non-blank line is a paragraph.
 * </ul>
 *
 * <p>The result holds paragraphs separated by single {@code \n}, which the annotator treats as
 * sentence breaks. Stateless and thread-safe.
 */
public final class TextCleaner {

  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t\\f\\x0B]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\x00-\\x08\\x0E-\\x1F\\x7F]");
  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
  /**
   * A double dash after a space and glued to the next word, as in KCNA's datelines
   * ("Pyongyang, January 12 (KCNA) --Kim Jong Un visited"). CoreNLP's tokens are the same with
   * or without a space after the dash, but its NER model then leaves the first word out of the
   * name ("Jong Un"); "word--word" is left alone.
   */
  private static final Pattern GLUED_DASH = Pattern.compile("(?<!\\S)(--+)(?=\\p{L})");
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;\"'”’)\\]]$");

  /** Cleans {@code text}; never returns null. */
  public String clean(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    s = SPACE_RUN.matcher(s).replaceAll(" ");
    s = GLUED_DASH.matcher(s).replaceAll("$1 ");

    String[] rawLines = s.split("\n", -1);
    List<String> lines = new ArrayList<>(rawLines.length);
    for (String line : rawLines) {
      lines.add(line.trim());
    }
    List<String> paragraphs = isHardWrapped(lines) ? joinWrapped(lines) : nonBlank(lines);
    return String.join("\n", paragraphs);
  }

  /**
   * Hard-wrapped text separates paragraphs with blank lines and breaks most lines in the
   * middle of a sentence; text written one paragraph per line ends most lines with
   * punctuation.
   */
  static boolean isHardWrapped(List<String> lines) {
    int nonBlank = 0;
    int blank = 0;
    int open = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        blank++;
        continue;
      }
      nonBlank++;
      boolean followedByText = i + 1 < lines.size() && !lines.get(i + 1).isEmpty();
      if (followedByText && !TERMINAL.matcher(line).matches()) {
        open++;
      }
    }
    return blank > 0 && nonBlank >= 3 && open * 2 > nonBlank;
  }

  private static List<String> joinWrapped(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(current, paragraphs);
        continue;
      }
      if (current.length() > 0) {
        // A word hyphenated across the break ("inter-\nnational") is rejoined without a space.
        if (current.charAt(current.length() - 1) == '-' && current.length() > 1
            && Character.isLetter(current.charAt(current.length() - 2))
            && Character.isLowerCase(line.charAt(0))) {
          current.setLength(current.length() - 1);
        } else {
          current.append(' ');
        }
      }
      current.append(line);
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static List<String> nonBlank(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
