package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/** Helpers shared by the corpus tests. */
public final class CorpusAssertions {

  /** Parsers in tests think it is 2026-02-01, so "next year" is 2027. */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
  static final DateParser DATES = new DateParser(TODAY);

  private CorpusAssertions() {}

  /** A sink that keeps everything, in order. */
  public static class Collected implements RecordSink {
    public final List<Article> articles = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();

    @Override
    public void accept(Article article) {
      articles.add(article);
    }

    @Override
    public void problem(Problem problem) {
      problems.add(problem);
    }

    List<Problem> problemsOf(ProblemKind kind) {
      return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    Map<ProblemKind, Long> problemCounts() {
      return problems.stream()
          .collect(Collectors.groupingBy(Problem::kind, TreeMap::new, Collectors.counting()));
    }
  }

  static Collected load(Loader loader, Path file, LoadOptions options) throws IOException {
    Collected c = new Collected();
    loader.load(file, file.getFileName().toString(), options, c);
    return c;
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /**
   * One line per article: {@code kind date date-source [source] author | title | text start},
   * so a test states what a loader should produce as readable text.
   */
  static String summary(Article a) {
    String text = a.text().replace('\n', ' ');
    return a.kind().label()
        + " " + a.date()
        + " " + a.dateSource().label()
        + " [" + a.source() + "] "
        + a.author()
        + " | " + a.title()
        + " | " + (text.length() > 40 ? text.substring(0, 40) : text).strip();
  }

  /** Asserts the articles, as {@link #summary} lines, in order. */
  static void assertArticles(List<Article> actual, String... expected) {
    assertEquals(
        String.join("\n", expected),
        actual.stream().map(CorpusAssertions::summary).collect(Collectors.joining("\n")));
  }

  /** How many articles fall on each date ("null" for undated). */
  static Map<String, Long> dateHistogram(List<Article> articles) {
    return articles.stream()
        .collect(Collectors.groupingBy(a -> String.valueOf(a.date()), TreeMap::new, Collectors.counting()));
  }

  /** A file from ../shared, relative to the project folder; tests using it are skipped when absent. */
  static Path shared(String... parts) {
    return Path.of("..", "shared").resolve(Path.of("", parts));
  }
}
