package org.dateline.aggregate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dateline.model.EntityType;

/**
 * How entity mentions are merged into one row per entity before any entity table is built:
 * canonical names ({@link Alias} rules), type by majority within a document, and short names
 * resolved to the one longer PERSON name of the document, or else of the run, they can stand for
 * (see {@link EntityResolver}). Immutable.
 *
 * @param aliases canonical-name rules; where two rules share an alias, the later one wins, so a
 *     user's file overrides the built-in list
 * @param aliasSource how the rules were put together, for the manifest ({@code built-in}, a file
 *     name, {@code none})
 * @param majorityType whether each name takes the type most of its mentions get in the document
 * @param shortNames whether a short PERSON name counts under the one longer PERSON name of its
 *     document it is a part of, and a short name of any type under the one person of the run
 *     that holds most of the full names it could stand for
 */
public record EntityRules(List<Alias> aliases, String aliasSource, boolean majorityType, boolean shortNames) implements java.io.Serializable {
  private static final String BUILT_IN_RESOURCE = "dprk-aliases.csv";

  private static final class BuiltInHolder {
    static final List<Alias> ALIASES = loadBuiltIn();
  }

  public EntityRules {
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    Objects.requireNonNull(aliasSource, "aliasSource");
  }

  /** The built-in DPRK canonical names, type by majority and short names: the default. */
  public static EntityRules defaults() {
    return new EntityRules(BuiltInHolder.ALIASES, "built-in", true, true);
  }

  /** Every mention counts as annotated (after titles are dropped). */
  public static EntityRules none() {
    return new EntityRules(List.of(), "none", false, false);
  }

  /** The built-in DPRK list (resource {@code org/dateline/aggregate/dprk-aliases.csv}). */
  public static List<Alias> builtInAliases() {
    return BuiltInHolder.ALIASES;
  }

  public EntityRules withAliases(List<Alias> value, String source) {
    return new EntityRules(value, source, majorityType, shortNames);
  }

  public EntityRules withMajorityType(boolean value) {
    return new EntityRules(aliases, aliasSource, value, shortNames);
  }

  public EntityRules withShortNames(boolean value) {
    return new EntityRules(aliases, aliasSource, majorityType, value);
  }

  /**
   * The form a mention text and an alias are compared in: typographic apostrophes become
   * {@code '} and the space the tokenizer puts before {@code 's} or a lone {@code '} is dropped
   * ({@code Workers ' Party} and {@code People 's} match {@code Workers' Party} and {@code
   * People's}). Case is kept: {@code US} is not {@code us}.
   */
  public static String key(String text) {
    String t = text.replace('\u2019', '\'').replace('\u2018', '\'');
    return t.replace(" '", "'");
  }

  /**
   * Reads alias rules from a CSV file with a header naming the columns {@code alias} and {@code
   * canonical} and, optionally, {@code type} (an entity type such as {@code PERSON}; empty keeps
   * the mention's type). Lines starting with {@code #} are comments.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the line when a column is missing or a type unknown
   */
  public static List<Alias> readAliases(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, file.toString());
    }
  }

  private static List<Alias> parse(Reader in, String name) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true)
        .setTrim(true).get();
    List<Alias> out = new ArrayList<>();
    try (var parser = format.parse(in)) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains("alias") || !header.contains("canonical")) {
        throw new IllegalArgumentException(name + ": the alias file needs a header line with the columns "
            + "alias,canonical and optionally type; found " + header);
      }
      for (CSVRecord r : parser) {
        String alias = r.isSet("alias") ? r.get("alias") : "";
        String canonical = r.isSet("canonical") ? r.get("canonical") : "";
        if (alias.isEmpty() || canonical.isEmpty()) {
          throw new IllegalArgumentException(name + " line " + r.getParser().getCurrentLineNumber()
              + ": both alias and canonical must be filled in, got '" + alias + "','" + canonical + "'");
        }
        String typeText = header.contains("type") && r.isSet("type") ? r.get("type") : "";
        EntityType type = null;
        if (!typeText.isEmpty()) {
          try {
            type = EntityType.valueOf(typeText.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " line " + r.getParser().getCurrentLineNumber()
                + ": unknown entity type '" + typeText + "'; use PERSON, LOCATION, ORGANIZATION, MISC"
                + " or leave the type empty", e);
          }
        }
        out.add(new Alias(alias, canonical, type));
      }
    }
    return List.copyOf(out);
  }

  private static List<Alias> loadBuiltIn() {
    InputStream stream = EntityRules.class.getResourceAsStream(BUILT_IN_RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("resource " + BUILT_IN_RESOURCE + " is missing from the jar; rebuild it");
    }
    try (Reader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return parse(in, BUILT_IN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
