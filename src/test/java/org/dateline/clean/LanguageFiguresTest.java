package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The language rule on the development sets, with the loader and the cleaner in front of it as
 * in a run but without annotation. kcna-daily is read one day file in twenty by default, so
 * that the suite stays fast; {@code -Ddateline.languages.all=true} reads all 1,543 files
 * (about a minute) for the figures in docs/inputs.md.
 */
@Tag("slow")
class LanguageFiguresTest {

  private static final Path SHARED = Path.of("../shared");
  private static final Set<String> EN = Set.of("en");
  private static final LanguageIdentifier ID = new LinguaLanguageIdentifier();
  private static final TextCleaner CLEANER = new TextCleaner();

  @Test
  void noLineOfTheNytEditorialsIsDropped() throws IOException {
    Path dev = SHARED.resolve("gold/nyt-editorials/dev.tsv");
    assumeTrue(Files.isRegularFile(dev), "../shared is absent");
    int lines = 0;
    int undetermined = 0;
    List<String> dropped = new ArrayList<>();
    for (String line : Files.readAllLines(dev)) {
      String[] cells = line.split("\t", 3);
      if (cells.length < 3) {
        continue;
      }
      lines++;
      LanguageVerdict v = ID.judge(CLEANER.clean(cells[2]), EN);
      if (!v.kept()) {
        dropped.add(cells[2]);
      } else if (v.language().equals(LanguageIdentifier.UNDETERMINED)) {
        undetermined++;
      }
    }
    System.out.printf("nyt-editorials dev: %d lines, %d dropped, %d kept as und%n", lines, dropped.size(), undetermined);
    assertEquals(2616, lines);
    assertEquals(List.of(), dropped);
  }

  @Test
  void spanishKcnaStoriesAreDroppedAndEnglishOnesKept() throws IOException {
    Path folder = SHARED.resolve("corpora/kcna-daily/juche");
    assumeTrue(Files.isDirectory(folder), "../shared is absent");
    boolean all = Boolean.getBoolean("dateline.languages.all");
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> sorted = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      files = new ArrayList<>();
      for (int i = 0; i < sorted.size(); i++) {
        if (all || i % 20 == 0) {
          files.add(sorted.get(i));
        }
      }
    }
    long[] acnc = new long[2];
    long[] kcna = new long[2];
    new CorpusReader(LoadOptions.defaults()).read(files, new RecordSink() {
      @Override
      public void accept(Article article) {
        String text = CLEANER.clean(article.text());
        boolean spanish = text.contains("(ACNC)");
        if (!spanish && !text.contains("(KCNA)")) {
          return;
        }
        long[] tally = spanish ? acnc : kcna;
        tally[0]++;
        if (!ID.judge(text, EN).kept()) {
          tally[1]++;
        }
      }

      @Override
      public void problem(Problem problem) {}
    });
    System.out.printf("kcna-daily (%d files): (ACNC) %d stories, %d dropped (%.2f%%); (KCNA) %d stories, %d dropped%n",
        files.size(), acnc[0], acnc[1], 100.0 * acnc[1] / acnc[0], kcna[0], kcna[1]);
    assertTrue(acnc[0] > 100, "too few Spanish stories to judge: " + acnc[0]);
    assertTrue(acnc[1] >= 0.99 * acnc[0], acnc[1] + " of " + acnc[0] + " Spanish stories dropped");
    assertEquals(0, kcna[1], "English KCNA stories dropped");
  }
}
