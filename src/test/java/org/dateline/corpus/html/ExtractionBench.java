package org.dateline.corpus.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The shared article-extraction pages, split into a tuning part and a held-out part. */
final class ExtractionBench {

  static final Path GOLD = Path.of("..", "shared", "gold", "article-extraction");

  /** A page is held out when its id's last hex digit is c, d, e or f (about a quarter). */
  static boolean heldOut(String id) {
    char last = id.charAt(id.length() - 1);
    return last >= 'c' && last <= 'f';
  }

  record Page(String id, byte[] html, String body, String url) {}

  static List<Page> pages() throws IOException {
    Map<String, String[]> truth = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(GOLD.resolve("ground-truth.json").toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String id = p.getCurrentName();
        p.nextToken();
        String body = null;
        String url = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String f = p.getCurrentName();
          p.nextToken();
          if (f.equals("articleBody")) {
            body = p.getValueAsString();
          } else if (f.equals("url")) {
            url = p.getValueAsString();
          } else {
            p.skipChildren();
          }
        }
        truth.put(id, new String[] {body, url});
      }
    }
    List<Page> out = new ArrayList<>();
    for (Map.Entry<String, String[]> e : truth.entrySet()) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLD.resolve("html").resolve(e.getKey() + ".html.gz")))) {
        out.add(new Page(e.getKey(), in.readAllBytes(), e.getValue()[0], e.getValue()[1]));
      }
    }
    return out;
  }

  /**
   * Prints the score of both parts and the CPU time of reading a page (decoding, parsing,
   * metadata and extraction; not the scoring), over five passes so the last ones are warm;
   * with any argument, each tuning page's own F1 too.
   */
  public static void main(String[] args) throws IOException {
    List<Page> pages = pages();
    boolean verbose = args.length > 0;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < (verbose ? 1 : 5); round++) {
      ExtractionScore tune = new ExtractionScore();
      ExtractionScore held = new ExtractionScore();
      ExtractionScore all = new ExtractionScore();
      long cpu = 0;
      for (Page page : pages) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        String text = HtmlPage.read(page.html(), null, page.url()).text();
        cpu += mx.getCurrentThreadCpuTime() - cpu0;
        double f = all.add(page.body(), text);
        (heldOut(page.id()) ? held : tune).add(page.body(), text);
        if (verbose && !heldOut(page.id())) {
          System.out.printf("%.3f %s %s%n", f, page.id(), page.url());
        }
      }
      System.out.printf("tuning %d P %.4f R %.4f F1 %.4f | held-out %d P %.4f R %.4f F1 %.4f | all F1 %.4f | %.2f ms CPU/page%n",
          tune.pages(), tune.precision(), tune.recall(), tune.f1(), held.pages(), held.precision(), held.recall(), held.f1(),
          all.f1(), cpu / 1e6 / pages.size());
    }
  }
}
