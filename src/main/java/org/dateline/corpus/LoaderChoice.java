package org.dateline.corpus;

import java.util.Locale;
import java.util.Set;
import org.dateline.corpus.html.HtmlLoader;
import org.dateline.corpus.warc.WarcLoader;

/**
 * Which {@link Loader} reads an input, and which files found in a folder are corpora at all,
 * decided by the name's extension after removing {@code .gz}: {@code .json} as a JSON document,
 * {@code .jsonl} and {@code .ndjson} as JSON Lines, {@code .csv} as CSV, {@code .tsv} as
 * tab-separated, {@code .txt}, {@code .text} and no extension as page text. A file named as an
 * input with another extension is JSON when its first non-blank character is {@code [} or
 * <code>{</code>, else page text. {@code .html}, {@code .htm} and {@code .xhtml} are HTML pages,
 * read for their article text by {@link HtmlLoader}; {@code .warc} files are web archives whose
 * HTML pages {@link WarcLoader} reads the same way; {@code .xlsx}, {@code .xls} and {@code .ods}
 * files are spreadsheets, each sheet's rows read as records by {@link SpreadsheetLoader}.
 *
 * <p>Immutable and thread-safe, as its loaders are.
 */
final class LoaderChoice {

  /** Extensions of the corpus formats, after any {@code .gz}. */
  private static final Set<String> CORPUS_EXTENSIONS =
      Set.of("json", "jsonl", "ndjson", "csv", "tsv", "txt", "text", "", "html", "htm", "xhtml", "warc", "xlsx", "xls", "ods");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final Set<String> SPREADSHEET_EXTENSIONS = Set.of("xlsx", "xls", "ods");
  /** Files without extension that come with software and data sets rather than news. */
  private static final Set<String> PROJECT_FILES =
      Set.of("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CHANGELOG", "CHANGES", "MAKEFILE", "DOCKERFILE");

  private final PageTextLoader page;
  private final JsonLoader json;
  private final JsonLoader jsonLines;
  private final CsvLoader csv;
  private final CsvLoader tsv;
  private final HtmlLoader html;
  private final WarcLoader warc;
  private final SpreadsheetLoader xlsx;
  private final SpreadsheetLoader xls;
  private final SpreadsheetLoader ods;

  LoaderChoice(DateParser dates) {
    this.page = new PageTextLoader(dates);
    this.json = new JsonLoader(JsonLoader.Mode.DOCUMENT, dates);
    this.jsonLines = new JsonLoader(JsonLoader.Mode.LINES, dates);
    this.csv = new CsvLoader(dates);
    this.tsv = CsvLoader.tsv(dates);
    this.html = new HtmlLoader(dates);
    this.warc = new WarcLoader(dates);
    this.xlsx = new SpreadsheetLoader(dates, "xlsx");
    this.xls = new SpreadsheetLoader(dates, "xls");
    this.ods = new SpreadsheetLoader(dates, "ods");
  }

  /**
   * The loader for an input.
   *
   * @param innerName the file name without {@code .gz}
   * @param firstChar the first non-blank character of the text, or -1
   */
  Loader choose(String innerName, int firstChar) {
    return switch (extension(innerName)) {
      case "json" -> json;
      case "jsonl", "ndjson" -> jsonLines;
      case "csv" -> csv;
      case "tsv" -> tsv;
      case "html", "htm", "xhtml" -> html;
      case "warc" -> warc;
      case "xlsx" -> xlsx;
      case "xls" -> xls;
      case "ods" -> ods;
      case "", "txt", "text" -> page;
      default -> firstChar == '[' || firstChar == '{' ? json : page;
    };
  }

  /** True when {@code innerName} (without {@code .gz}) names an HTML page. */
  static boolean isHtml(String innerName) {
    return HTML_EXTENSIONS.contains(extension(innerName));
  }

  /** True when {@code innerName} (without {@code .gz}) names a web archive, whose records may be binary. */
  static boolean isWarc(String innerName) {
    return extension(innerName).equals("warc");
  }

  /** True when {@code innerName} (without {@code .gz}) names a spreadsheet, a ZIP or OLE2 file. */
  static boolean isSpreadsheet(String innerName) {
    return SPREADSHEET_EXTENSIONS.contains(extension(innerName));
  }

  /** True for the formats whose files are binary by nature, which the scan for text must let through. */
  static boolean readsBinary(String innerName) {
    return isWarc(innerName) || isSpreadsheet(innerName);
  }

  /**
   * True when {@code innerName} (without {@code .gz}) names a format read whole, one page per
   * file, whose text is then bounded as one record's; a name without a known extension may be
   * JSON, which streams, so it is not.
   */
  static boolean readWhole(String innerName) {
    return switch (extension(innerName)) {
      case "", "txt", "text", "html", "htm", "xhtml" -> true;
      default -> false;
    };
  }

  /** True for the formats that decode their own bytes (HTML pages declare their charset). */
  static boolean decodesItself(String innerName) {
    return isHtml(innerName) || isWarc(innerName) || isSpreadsheet(innerName);
  }

  /**
   * Why a file found in a folder is not read as a corpus (its extension, a project file such as
   * {@code LICENSE}), or null when it is one.
   */
  static String notACorpus(String fileName) {
    String inner = stripGz(fileName);
    String ext = extension(inner);
    String readAsText = "; skipped (name the file as an input to read it as text)";
    if (!CORPUS_EXTENSIONS.contains(ext)) {
      return "not a corpus format (." + ext + "; read are .json, .jsonl, .ndjson, .csv, .tsv, .txt, .html, .warc, .xlsx, .xls, .ods, optionally .gz)"
          + readAsText;
    }
    String base = ext.isEmpty() ? inner : inner.substring(0, inner.length() - ext.length() - 1);
    if (PROJECT_FILES.contains(base.toUpperCase(Locale.ROOT))) {
      return "a project file (" + inner + "), not a corpus" + readAsText;
    }
    return null;
  }

  private static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot <= 0 ? "" : lower.substring(dot + 1);
  }

  private static String stripGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
