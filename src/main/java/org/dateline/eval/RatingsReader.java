package org.dateline.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads rated texts as {@code id<TAB>score<TAB>text} lines without a header, as the NYT
 * editorial ratings of Hutto &amp; Gilbert (2014) come: each line is one record, the score a
 * mean rating on -4 .. +4. Blank lines are skipped. Stateless and thread-safe.
 */
public final class RatingsReader {

  private RatingsReader() {}

  private static final String EXPECTED = "rated sentences (id TAB score TAB text lines)";

  /**
   * @throws GoldFormatException as {@link #read(Reader, String)} does, or naming the line of
   *     the first bytes that are not UTF-8
   */
  public static List<RatingItem> read(Path file) throws IOException {
    return GoldLines.read(file, RatingsReader::parse, EXPECTED);
  }

  /**
   * @param name the file name used in error messages
   * @throws GoldFormatException on a line without three fields, a score that is not a number
   *     in -4 .. 4, or an empty text, and on a file without any rated sentence
   */
  public static List<RatingItem> read(Reader reader, String name) throws IOException {
    return GoldLines.read(reader, name, RatingsReader::parse, EXPECTED);
  }

  private static void parse(String line, long lineNumber, List<RatingItem> out) {
    String[] f = line.split("\t", 3);
    if (f.length != 3) {
      throw new IllegalArgumentException("expected id TAB score TAB text, found " + f.length + " field(s)");
    }
    double score;
    try {
      score = Double.parseDouble(f[1].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("score '" + f[1] + "' is not a number; expected a mean rating such as -1.25", e);
    }
    if (!(score >= -4 && score <= 4)) {
      throw new IllegalArgumentException("score " + f[1] + " lies outside the rating scale -4 .. 4");
    }
    String text = f[2].strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("item '" + f[0] + "' has an empty text");
    }
    out.add(new RatingItem(f[0].strip(), score, text, lineNumber));
  }
}
