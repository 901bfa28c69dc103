package org.dateline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Sentiment;

/**
 * Reads the SST test sentences as a tab-separated file with the header
 * {@code sentence_index, fine_label_0to4, binary_label, sentence}: the fine class 0 to 4, the
 * binary label 0 or 1 (empty for neutral), and the space-separated tokens. The binary label
 * must agree with the fine class, which catches a file whose columns were shifted.
 *
 * <p>Stateless and thread-safe.
 */
public final class SstReader {

  static final List<String> HEADER = List.of("sentence_index", "fine_label_0to4", "binary_label", "sentence");

  private SstReader() {}

  /**
   * @throws GoldFormatException as {@link #read(Reader, String)} does, or naming the line of
   *     the first bytes that are not UTF-8
   */
  public static List<SstSentence> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = GoldText.open(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * @param name the file name used in error messages
   * @throws GoldFormatException on a bad header, a line without four fields or a bad label, and
   *     on a file without any sentence
   */
  public static List<SstSentence> read(Reader reader, String name) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String header = in.readLine();
    if (header == null) {
      throw new GoldFormatException(name, "is empty; expected the tab-separated header "
          + String.join(" TAB ", HEADER) + " and one sentence per line");
    }
    if (!List.of(header.strip().split("\t", -1)).equals(HEADER)) {
      throw new GoldFormatException(name, 1,
          "expected the tab-separated header " + String.join(" TAB ", HEADER) + ", found '" + header + "'", null);
    }
    List<SstSentence> out = new ArrayList<>();
    long lineNumber = 1;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      // The sentence is the last field and holds no tabs, so a plain split is exact here.
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new GoldFormatException(name, lineNumber,
            "expected 4 tab-separated fields, found " + f.length, null);
      }
      try {
        int index = Integer.parseInt(f[0].strip());
        Sentiment gold = Sentiment.ofClass(Integer.parseInt(f[1].strip()));
        Polarity binary = f[2].isBlank() ? null : Polarity.ofLabel(Integer.parseInt(f[2].strip()));
        if (!Objects.equals(binary, Polarity.of(gold).orElse(null))) {
          throw new IllegalArgumentException(
              "binary label '" + f[2] + "' does not fit fine label " + f[1]
                  + " (0-1 need 0, 3-4 need 1, 2 needs an empty field)");
        }
        out.add(new SstSentence(index, gold, binary, f[3].strip(), lineNumber));
      } catch (IllegalArgumentException e) {
        throw new GoldFormatException(name, lineNumber, e.getMessage(), e);
      }
    }
    if (out.isEmpty()) {
      throw new GoldFormatException(name, "holds its header but no sentences");
    }
    return List.copyOf(out);
  }
}
