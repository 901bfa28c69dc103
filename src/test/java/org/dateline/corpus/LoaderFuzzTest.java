package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of every loader and the date parser: thousands of inputs made by
 * mutating real samples (flipped bytes, cuts, stray quotes, braces, NULs, windows-1252 bytes,
 * byte-order marks), from a fixed seed so a failure can be replayed. The properties: a loader
 * ends, lets no exception but {@link IOException} escape, names the file
 * it was given in every origin, and keeps only dates within the accepted years. A crashing input
 * found here becomes an explicit regression test below.
 */
// A loader that loops forever on some input fails the build instead of stalling it. The bound
// is far above any machine's time for these runs: speed is not a property tested here.
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class LoaderFuzzTest {

  // A longer hunt: mvn test -Dtest=LoaderFuzzTest -Ddateline.fuzz.runs=50000 -Ddateline.fuzz.seed=7
  static final long SEED = Long.getLong("dateline.fuzz.seed", 20260127L);
  static final int RUNS_PER_LOADER = Integer.getInteger("dateline.fuzz.runs", 600);
  static final DateParser DATES = new DateParser();

  static final String PAGE = "Rally held in Pyongyang\n\nPyongyang, January 24 (KCNA) -- A rally was held.\n"
      + "It was attended by officials.\n\nBy Un Jong Chol\n\nMore From Naenara (En)\n"
      + "Farmers sow early\nJanuary 26, 2026\nFarmers sow early\nMore Articles\n";
  static final String JSON = "[{\"id\": \"a1\", \"date\": \"2024-03-14\", \"title\": \"T\", \"text\": \"Story one.\"},\n"
      + " null, {\"date_str\": \"December 31, 2017 \", \"story_text\": \"Story \\\"two\\\".\"},\n"
      + " {\"date\": 1703376000000, \"body\": \"Story three.\", \"source\": \"KCNA\"}]";
  static final String WRAPPED = "{\"date\": \"2016-05-01\", \"articles\": [{\"text\": \"One.\"}, null, {\"text\": \"Two.\"}]}";
  static final String JSONL = "{\"date\": \"2024-03-14\", \"text\": \"Line one.\"}\n"
      + "{\"date\": \"not a date\", \"text\": \"Line two.\"}\nnull\n{\"text\": \"Line four.\"}\n";
  static final String CSV = "date,title,text\n\"December 31, 2017 \",\"A, title\",\"Text \"\"quoted\"\" here.\"\n"
      + "2024-03-14,Short,Plain text.\n,,\n";

  private static final byte[][] INSERTS = {
    {'"'}, {'{'}, {'}'}, {'['}, {']'}, {','}, {'\n'}, {'\r'}, {0}, {'\\'}, {(byte) 0x93}, {(byte) 0xFF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC3}, "null".getBytes(StandardCharsets.US_ASCII),
    "More From X (En)\n".getBytes(StandardCharsets.US_ASCII), "January 26, 2026\n".getBytes(StandardCharsets.US_ASCII),
  };

  @TempDir Path dir;

  /** Executions per loader, for the record. */
  static long executions;

  @Test
  void pageTextLoader() throws IOException {
    fuzz(new PageTextLoader(DATES), PAGE, "page.txt");
  }

  @Test
  void jsonDocumentLoader() throws IOException {
    fuzz(new JsonLoader(JsonLoader.Mode.DOCUMENT, DATES), JSON, "records.json");
    fuzz(new JsonLoader(JsonLoader.Mode.DOCUMENT, DATES), WRAPPED, "day.json");
  }

  @Test
  void jsonLinesLoader() throws IOException {
    fuzz(new JsonLoader(JsonLoader.Mode.LINES, DATES), JSONL, "records.jsonl");
  }

  @Test
  void csvLoader() throws IOException {
    fuzz(new CsvLoader(DATES), CSV, "table.csv");
  }

  @Test
  void tsvLoader() throws IOException {
    fuzz(CsvLoader.tsv(DATES), CSV.replace(',', '\t'), "table.tsv");
  }

  @Test
  void dateParser() {
    String[] seeds = {"2024-03-14", "2024-03-14T10:00:00Z", "December 31, 2017 ", "Dec 31, 2017", "31 December 2017",
        "26-FEB-1987 15:01:01.79", "Tue, 3 Jun 2008 11:05:30 GMT", "1703376000000", "1703376000", "0001-01-01",
        "9999-12-31", "Pyongyang, March 14 (KCNA) --", "2024-02-30"};
    Random random = new Random(SEED);
    int runs = RUNS_PER_LOADER * 40;
    for (int i = 0; i < runs; i++) {
      String s = new String(mutate(seeds[random.nextInt(seeds.length)].getBytes(StandardCharsets.UTF_8), random),
          StandardCharsets.UTF_8);
      try {
        checkYear(DATES.parse(s), s);
        checkYear(DATES.parseDateline(s, 1 + random.nextInt(3000)), s);
        DATES.isDateLine(s);
        checkYear(DATES.fromFileName(s), s);
      } catch (RuntimeException e) {
        fail("date parser threw on " + escape(s), e);
      }
    }
    executions += runs;
  }

  private void checkYear(Optional<LocalDate> date, String input) {
    date.ifPresent(d -> assertTrue(d.getYear() >= 1800 && d.getYear() <= DATES.maxYear(),
        d + " from " + escape(input)));
  }

  private void fuzz(Loader loader, String sample, String name) throws IOException {
    Random random = new Random(SEED ^ name.hashCode());
    byte[] seed = sample.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve(name);
    for (int i = 0; i < RUNS_PER_LOADER; i++) {
      byte[] input = mutate(seed, random);
      Files.write(file, input);
      check(loader, file, input);
    }
    executions += RUNS_PER_LOADER;
  }

  /** Loads {@code file} and checks the properties; names the input when one fails. */
  static void check(Loader loader, Path file, byte[] input) {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    String display = "fuzz/" + file.getFileName();
    try {
      loader.load(file, display, LoadOptions.defaults(), c);
    } catch (IOException e) {
      // Documented: an I/O failure of the file itself; the reader lists it as unreadable.
      return;
    } catch (RuntimeException | StackOverflowError e) {
      fail(loader.format() + " threw on " + escape(input), e);
    }
    for (Article a : c.articles) {
      assertOrigin(a.origin(), display, input);
      assertNotNull(a.text());
      assertTrue(!a.text().isBlank(), "blank text from " + escape(input));
      a.optionalDate().ifPresent(d -> assertTrue(d.getYear() >= 1800 && d.getYear() <= DATES.maxYear(),
          d + " from " + escape(input)));
    }
    for (Problem p : c.problems) {
      assertOrigin(p.origin(), display, input);
      assertNotNull(p.kind());
      assertTrue(p.message() != null && !p.message().isBlank());
    }
  }

  private static void assertOrigin(Origin origin, String display, byte[] input) {
    assertEquals(display, origin.file());
    long lines = 1;
    for (byte b : input) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    // Records are never more than bytes; lines never more than line breaks plus one.
    long bound = origin.unit() == Origin.Unit.LINE ? lines : input.length + 1;
    assertTrue(origin.position() <= bound, origin + " beyond the input: " + escape(input));
  }

  /** One to four random mutations of {@code seed}. */
  static byte[] mutate(byte[] seed, Random random) {
    byte[] b = seed.clone();
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      switch (random.nextInt(6)) {
        case 0 -> {
          if (b.length > 0) {
            int i = Math.min(at, b.length - 1);
            b[i] = (byte) (b[i] ^ (1 << random.nextInt(8)));
          }
        }
        case 1 -> b = Arrays.copyOf(b, at);
        case 2 -> b = splice(b, at, INSERTS[random.nextInt(INSERTS.length)]);
        case 3 -> {
          int len = Math.min(b.length - at, random.nextInt(16));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        case 4 -> {
          int len = Math.min(b.length - at, random.nextInt(32));
          b = splice(b, at, Arrays.copyOfRange(b, at, at + len));
        }
        default -> {
          byte[] r = new byte[1 + random.nextInt(8)];
          random.nextBytes(r);
          b = splice(b, at, r);
        }
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }

  static String escape(byte[] input) {
    return escape(new String(input, StandardCharsets.ISO_8859_1));
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
