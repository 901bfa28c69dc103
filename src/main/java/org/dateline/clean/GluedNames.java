package org.dateline.clean;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.io.ListFile;

/**
 * An optional repair for names glued to their neighbours. Scraped KCNA pages set leaders'
 * names in bold or as links, and the scrape drops the spaces around them: "atKim Il
 * SungSquare", "Comrade Kim Jong Unreceived". The tagger then sees the words "atKim" and
 * "SungSquare" and finds no person. This repair puts a space between a known name and a letter
 * or digit touching it on either side: "at Kim Il Sung Square".
 *
 * <p>Names are matched case-sensitively, as written, longest first. The built-in list
 * ({@code glued-names.txt}: Kim Il Sung, Kim Jong Il, Kim Jong Un, Kim Jong Suk, Kim Yo Jong)
 * can be extended with {@link #withNamesFrom(Path)}. A name should be one that never runs on
 * into a longer word in correct text, since any such run-on is split.
 *
 * <p>Immutable and thread-safe.
 */
public final class GluedNames implements java.io.Serializable {

  /** The text after repair and how many spaces were inserted. */
  public record Repair(String text, int spacesInserted) {
    public Repair {
      Objects.requireNonNull(text, "text");
    }
  }

  private static final String BUILT_IN = "glued-names.txt";

  private final List<String> names;
  private final Pattern pattern;

  private GluedNames(Collection<String> names) {
    TreeSet<String> unique = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    unique.addAll(names);
    this.names = List.copyOf(unique);
    List<String> quoted = new ArrayList<>();
    for (String n : this.names) {
      quoted.add(Pattern.quote(n));
    }
    this.pattern = Pattern.compile(String.join("|", quoted));
  }

  /** The built-in list of leaders' names. */
  public static GluedNames builtIn() {
    return new GluedNames(texts(ListFile.resource(GluedNames.class, BUILT_IN)));
  }

  /** These names plus those in {@code file}, a {@link ListFile}: one name per line, {@code #} comments. */
  public GluedNames withNamesFrom(Path file) throws IOException {
    return withNames(texts(ListFile.read(Objects.requireNonNull(file, "file"))));
  }

  /** These names plus {@code more}. */
  public GluedNames withNames(Collection<String> more) {
    Objects.requireNonNull(more, "more");
    List<String> all = new ArrayList<>(names);
    for (String n : more) {
      String name = Objects.requireNonNull(n, "name").strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a glued-name list holds an empty name; remove the line");
      }
      all.add(name);
    }
    return new GluedNames(all);
  }

  /** The names, longest first. */
  public List<String> names() {
    return names;
  }

  /** Puts a space between each known name and a letter or digit touching it. */
  public Repair repair(String text) {
    Objects.requireNonNull(text, "text");
    if (names.isEmpty()) {
      return new Repair(text, 0);
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    int inserted = 0;
    while (m.find()) {
      boolean before = m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1));
      boolean after = m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()));
      if (!before && !after) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16);
      }
      out.append(text, copied, m.start());
      if (before) {
        out.append(' ');
        inserted++;
      }
      out.append(text, m.start(), m.end());
      if (after) {
        out.append(' ');
        inserted++;
      }
      copied = m.end();
    }
    if (out == null) {
      return new Repair(text, 0);
    }
    out.append(text, copied, text.length());
    return new Repair(out.toString(), inserted);
  }

  private static List<String> texts(List<ListFile.Entry> entries) {
    return entries.stream().map(ListFile.Entry::text).toList();
  }
}
