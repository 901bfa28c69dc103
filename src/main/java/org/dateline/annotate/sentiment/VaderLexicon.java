package org.dateline.annotate.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The VADER valence lexicon: a token's mean human rating on -4 .. +4. Immutable and
 * thread-safe; {@link #bundled()} reads the MIT-licensed lexicon shipped with the project once.
 */
public final class VaderLexicon {

  private static final String RESOURCE = "vader_lexicon.txt";

  private final Map<String, Double> valences;

  private VaderLexicon(Map<String, Double> valences) {
    this.valences = Map.copyOf(valences);
  }

  /** The lexicon bundled as a resource (7,506 tokens; licence in {@code vader_lexicon.LICENSE.txt}). */
  public static VaderLexicon bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Reads a lexicon in VADER's format: {@code token<TAB>mean<TAB>...} per line; blank lines are
   * skipped and a later line for the same token wins, as in the reference implementation.
   *
   * @throws IllegalArgumentException naming the line when a line has no tab or no number
   */
  public static VaderLexicon read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Map<String, Double> map = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = PythonText.strip(line).split("\t", -1);
      if (fields.length < 2) {
        throw new IllegalArgumentException("lexicon line " + number + " has no tab between token and"
            + " valence: '" + line + "'; expected token<TAB>mean<TAB>...");
      }
      try {
        map.put(fields[0], Double.parseDouble(fields[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("lexicon line " + number + " has valence '" + fields[1]
            + "', which is not a number; expected a decimal such as -1.5", e);
      }
    }
    return new VaderLexicon(map);
  }

  /** The valence of a lower-cased token, empty when the lexicon lacks it. */
  public OptionalDouble valence(String token) {
    Double value = valences.get(token);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public boolean contains(String token) {
    return valences.containsKey(token);
  }

  public int size() {
    return valences.size();
  }

  private static final class Holder {
    static final VaderLexicon BUNDLED = load();

    private static VaderLexicon load() {
      try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath;"
              + " rebuild the jar with src/main/resources");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled VADER lexicon", e);
      }
    }
  }
}
