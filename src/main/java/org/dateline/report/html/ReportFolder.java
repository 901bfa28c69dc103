package org.dateline.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.Period;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.ManifestWriter;
import org.dateline.report.ResearchReportWriter;

/**
 * The checks {@code dateline report DIR} makes before it draws a page from a folder: that
 * {@code manifest.json} is one dateline writes, and that every table it says the run wrote is
 * there. The tables' cells are checked as they are read ({@link CsvTable#read}).
 */
public final class ReportFolder {

  /** The tables every run writes. */
  static final List<String> ALWAYS = List.of(CsvReportWriter.DOCUMENTS_FILE, CsvReportWriter.TERMS_FILE,
      CsvReportWriter.ENTITIES_FILE, CsvReportWriter.SENTIMENT_FILE, CsvReportWriter.ENTITY_SENTIMENT_FILE,
      CsvReportWriter.PROBLEMS_FILE);

  /** The tables a run writes when its manifest's {@code research_tables} setting is {@code on}. */
  static final List<String> RESEARCH = List.of(ResearchReportWriter.KEYNESS_FILE, ResearchReportWriter.BURSTS_FILE,
      ResearchReportWriter.COOCCURRENCE_FILE, ResearchReportWriter.COLLOCATIONS_FILE);

  private static final JsonFactory JSON = new JsonFactory();

  private ReportFolder() {}

  /**
   * Checks {@code dir}'s manifest and that the tables it implies are present; returns those
   * tables' file names.
   *
   * @throws IOException naming the manifest's path and what is wrong with it, or the tables missing
   */
  public static List<String> check(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path manifest = dir.resolve(ManifestWriter.FILE_NAME);
    if (!Files.isRegularFile(manifest)) {
      throw new IOException("no " + ManifestWriter.FILE_NAME + " in " + dir
          + "; give the output folder of a finished 'dateline run'");
    }
    String text;
    try {
      text = Files.readString(manifest, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(manifest + " is not UTF-8 text, as dateline writes it; rewrite the folder with 'dateline run'");
    }
    Map<String, String> settings = settings(manifest, text);
    String period = settings.getOrDefault("period", "day");
    try {
      Period.valueOf(period.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException(manifest + " names the period '" + period + "'; expected day, week, month or year");
    }
    List<String> tables = new ArrayList<>(ALWAYS);
    if ("on".equals(settings.get("research_tables"))) {
      tables.addAll(RESEARCH);
    }
    List<String> missing = tables.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
    if (!missing.isEmpty()) {
      throw new IOException(dir + " lacks " + String.join(", ", missing) + ", which the run of " + manifest
          + " wrote; rewrite the folder with 'dateline run'");
    }
    return List.copyOf(tables);
  }

  /** The manifest's settings, text values by name; fails naming the manifest when it is no dateline manifest. */
  private static Map<String, String> settings(Path manifest, String text) throws IOException {
    Map<String, String> settings = new HashMap<>();
    boolean program = false;
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(manifest + " is not a JSON object, as dateline writes its manifest;"
            + " rewrite the folder with 'dateline run'");
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("settings".equals(name) && value == JsonToken.START_OBJECT) {
          for (JsonToken s = p.nextToken(); s == JsonToken.FIELD_NAME; s = p.nextToken()) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v.isScalarValue()) {
              settings.put(key, p.getValueAsString());
            } else {
              p.skipChildren();
            }
          }
        } else if ("program".equals(name) && value == JsonToken.VALUE_STRING) {
          program = true;
          p.skipChildren();
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IOException(manifest + " holds more than one JSON object; rewrite the folder with 'dateline run'");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IOException(manifest + " is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
          + ", column " + at.getColumnNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ")")
          + "; rewrite the folder with 'dateline run'");
    }
    if (!program) {
      throw new IOException(manifest + " names no program, so it is not a manifest of 'dateline run';"
          + " give the output folder of a finished run");
    }
    return settings;
  }
}
