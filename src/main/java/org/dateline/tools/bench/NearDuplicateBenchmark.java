package org.dateline.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What near-duplicate detection costs a run: terms-only runs of one corpus from a warm annotation
 * cache, as whole processes of the launcher, with {@code --near-duplicates off} and with {@code
 * report}, alternating, the order swapped every round. The first, untimed run fills the cache.
 */
public final class NearDuplicateBenchmark {

  /**
   * @param corpus the corpus to run over
   * @param launcher the dateline launcher
   * @param work folder for the outputs and, without {@code cache}, the cache
   * @param cache the annotation cache to use (warmed by the first run), or null for one in {@code work}
   * @param runs timed runs of each configuration
   */
  public record Settings(Path corpus, Path launcher, Path work, Path cache, int runs) {
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(launcher, "launcher");
      Objects.requireNonNull(work, "work");
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1");
      }
    }
  }

  private final Settings settings;
  private final Consumer<String> log;

  public NearDuplicateBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Warms the cache, then times the runs; returns them in the order run, the second
   * configuration being {@code report}.
   */
  public List<PairedRuns.Run> run() throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    Path cache = settings.cache() != null ? settings.cache() : settings.work().resolve("cache.db");
    PairedRuns.time(command(cache, settings.work().resolve("warm"), false), settings.work().resolve("warm.log"));
    return PairedRuns.alternate(settings.runs(), settings.work(), "off", "report",
        (report, out) -> command(cache, out, report), log);
  }

  private List<String> command(Path cache, Path output, boolean withNearDuplicates) {
    return List.of("sh", settings.launcher().toString(), "run", "-q", "--layers", "terms", "--no-report",
        "--near-duplicates", withNearDuplicates ? "report" : "off", "--cache", cache.toString(), "-o",
        output.toString(), settings.corpus().toString());
  }
}
