package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.clean.FixedLanguage;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.AnnotatorUnavailableException;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record the annotator fails on, at the start, in the middle or at the end of the input,
 * with 1, 2 or 8 threads: the run ends, lists that record as {@code annotation_failed} and
 * keeps every other one. Each case runs several times, since a hang is a matter of timing.
 */
class FailingWorkerTest {

  static final int RECORDS = 24;
  static final int REPEATS = 3;

  @TempDir static Path dir;

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (int failing : new int[] {1, RECORDS / 2, RECORDS}) {
      for (int threads : new int[] {1, 2, 8}) {
        for (String error : List.of("exception", "stack overflow")) {
          out.add(Arguments.of(failing, threads, error));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "record {0} fails with a {2}, {1} thread(s)")
  @MethodSource("cases")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void failureStaysWithItsRecord(int failing, int threads, String error) throws IOException {
    Path input = corpus("corpus-" + failing + "-" + threads + "-" + error.replace(' ', '-'));
    String marker = "story " + failing + " ";
    Function<String, RuntimeException> fail = text -> {
      if (error.equals("exception")) {
        throw new IllegalStateException("scripted failure");
      }
      return recurse(0);
    };
    for (int i = 0; i < REPEATS; i++) {
      RunResult result = run(input, threads, FakeAnnotator.terms().failingOn(marker, fail), false);
      assertEquals(RECORDS - 1, result.documents().size(), "documents");
      List<Problem> failed = result.problems().stream()
          .filter(p -> p.kind() == ProblemKind.ANNOTATION_FAILED).toList();
      assertEquals(1, failed.size(), "annotation_failed rows: " + result.problems());
      assertEquals(failing, failed.get(0).origin().position(), "the failing record's line");
      assertTrue(failed.get(0).message().contains(error.equals("exception") ? "scripted failure" : "StackOverflowError"),
          failed.get(0).message());
      assertEquals(1, result.counts().problems(ProblemKind.ANNOTATION_FAILED));
      assertTrue(result.documents().stream().map(DocumentRow::origin).noneMatch(o -> o.endsWith(":" + failing)));
    }
  }

  static Stream<Arguments> doomed() {
    List<Arguments> out = new ArrayList<>();
    for (int failing : new int[] {1, RECORDS / 2, RECORDS}) {
      for (int threads : new int[] {1, 2, 8}) {
        out.add(Arguments.of(failing, threads));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "out of memory at record {0}, {1} thread(s)")
  @MethodSource("doomed")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void outOfMemoryStopsTheRunWithAClearMessage(int failing, int threads) throws IOException {
    String message = stops(PipelineException.class, "oom", failing, threads, false, () -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertTrue(message.startsWith("out of memory while annotating"), message);
    assertTrue(message.contains("-Xmx4g"), message);
  }

  @ParameterizedTest(name = "broken cache at record {0}, {1} thread(s)")
  @MethodSource("doomed")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anUnavailableAnnotatorStopsTheRun(int failing, int threads) throws IOException {
    String message = stops(AnnotatorUnavailableException.class, "unavailable", failing, threads, false, () -> {
      throw new AnnotatorUnavailableException("cannot read the annotation cache x.db: disk I/O error", null);
    });
    assertTrue(message.contains("x.db"), message);
  }

  @ParameterizedTest(name = "--strict at record {0}, {1} thread(s)")
  @MethodSource("doomed")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void strictStopsAtTheFailingRecord(int failing, int threads) throws IOException {
    String message = stops(PipelineException.class, "strict", failing, threads, true, () -> {
      throw new IllegalStateException("scripted failure");
    });
    assertTrue(message.contains("line " + failing + "): annotation_failed"), message);
  }

  /**
   * Runs {@link #REPEATS} times with {@code failure} thrown on record {@code failing}; each run
   * must end with an exception of {@code type}, whose message is returned.
   */
  private static <T extends Throwable> String stops(Class<T> type, String name, int failing, int threads,
      boolean strict, Runnable failure) throws IOException {
    Path input = corpus(name + "-" + failing + "-" + threads);
    String message = null;
    for (int i = 0; i < REPEATS; i++) {
      message = assertThrows(type, () -> run(input, threads, FakeAnnotator.terms().failingOn("story " + failing + " ", text -> {
        failure.run();
        return new IllegalStateException("unreachable");
      }), strict)).getMessage();
    }
    return message;
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFailureWhileTheQueueIsFullStillEnds() throws IOException {
    // Every record fails: the queue is full of doomed work when the first failure lands.
    Path input = corpus("all-fail");
    RunResult result = run(input, 2, FakeAnnotator.terms().failingOn("story ", text -> {
      throw new IllegalStateException("scripted failure");
    }), false);
    assertEquals(0, result.documents().size());
    assertEquals(RECORDS, result.counts().problems(ProblemKind.ANNOTATION_FAILED));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void rowsAndProblemsDoNotDependOnTheThreadCount() throws IOException {
    Path input = corpus("threads");
    // Records 3, 13 and 23 fail; the rest are annotated.
    FakeAnnotator annotator = FakeAnnotator.terms().failingOn("3 in", text -> new IllegalStateException("scripted failure"));
    RunResult one = run(input, 1, annotator, false);
    assertEquals(RECORDS - 3, one.documents().size());
    for (int threads : new int[] {2, 8}) {
      RunResult many = run(input, threads, annotator, false);
      assertEquals(one.documents(), many.documents(), threads + " threads");
      assertEquals(one.problems(), many.problems(), threads + " threads");
      assertEquals(one.tables().terms().rows(), many.tables().terms().rows(), threads + " threads");
    }
  }

  private static RuntimeException recurse(int depth) {
    // A real overflow, as CoreNLP's recursion gives, not a constructed error.
    return recurse(depth + 1);
  }

  static Path corpus(String name) throws IOException {
    Path file = dir.resolve(name + ".jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= RECORDS; i++) {
      b.append("{\"date\": \"2024-01-").append(String.format("%02d", 1 + i % 28))
          .append("\", \"text\": \"The committee met on story ").append(i).append(" in Pyongyang.\"}\n");
    }
    Files.writeString(file, b.toString());
    return file;
  }

  static RunResult run(Path input, int threads, FakeAnnotator annotator, boolean strict) throws IOException {
    PipelineConfig config = PipelineConfig.defaults().withThreads(threads).withStrict(strict);
    // A small stack overflows in milliseconds; the real size is chosen by measurement, see Pipeline.
    return new Pipeline(config, annotator, FixedLanguage.english(), ProgressListener.NONE, 256 * 1024).run(List.of(input));
  }

}
