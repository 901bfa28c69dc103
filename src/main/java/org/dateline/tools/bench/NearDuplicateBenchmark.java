package org.dateline.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** One timed process. */
  public record Run(boolean withNearDuplicates, int round, double seconds, double cpuSeconds) {}

  private final Settings settings;
  private final Consumer<String> log;

  public NearDuplicateBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Warms the cache, then times the runs; returns them in the order run. */
  public List<Run> run() throws IOException, InterruptedException {
    Files.createDirectories(settings.work());
    Path cache = settings.cache() != null ? settings.cache() : settings.work().resolve("cache.db");
    time(command(cache, settings.work().resolve("warm"), false), settings.work().resolve("warm.log"));
    List<Run> runs = new ArrayList<>();
    for (int round = 1; round <= settings.runs(); round++) {
      boolean[] order = round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false};
      for (boolean with : order) {
        String label = with ? "report" : "off";
        long[] t = time(command(cache, settings.work().resolve(label), with),
            settings.work().resolve(label + "-" + round + ".log"));
        Run r = new Run(with, round, t[0] / 1e9, t[1] / 1e9);
        log.accept(String.format(Locale.ROOT, "round %d near-duplicates %s: %.2f s (CPU %.2f s)", round, label,
            r.seconds(), r.cpuSeconds()));
        runs.add(r);
      }
    }
    return runs;
  }

  private List<String> command(Path cache, Path output, boolean withNearDuplicates) {
    return List.of("sh", settings.launcher().toString(), "run", "-q", "--layers", "terms", "--no-report",
        "--near-duplicates", withNearDuplicates ? "report" : "off", "--cache", cache.toString(), "-o",
        output.toString(), settings.corpus().toString());
  }

  /** Wall and CPU nanoseconds of a process; throws when it fails. */
  private static long[] time(List<String> command, Path logFile) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    long cpu = -1;
    while (!p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      cpu = Math.max(cpu, ColdBenchmark.cpuNanos(stat));
    }
    long nanos = System.nanoTime() - t0;
    if (p.exitValue() != 0) {
      throw new IOException("run failed (exit " + p.exitValue() + "); see " + logFile);
    }
    return new long[] {nanos, cpu};
  }

  /** The median over rounds of (seconds with near-duplicate detection / seconds without). */
  public static double medianRatio(List<Run> runs, boolean cpu) {
    List<Double> ratios = new ArrayList<>();
    for (Run a : runs) {
      if (!a.withNearDuplicates()) {
        continue;
      }
      runs.stream().filter(b -> !b.withNearDuplicates() && b.round() == a.round()).findFirst()
          .ifPresent(b -> ratios.add(cpu ? a.cpuSeconds() / b.cpuSeconds() : a.seconds() / b.seconds()));
    }
    return ColdBenchmark.median(ratios);
  }

  /** The median seconds (or CPU seconds) of the runs with or without near-duplicate detection. */
  public static double median(List<Run> runs, boolean withNearDuplicates, boolean cpu) {
    return ColdBenchmark.median(runs.stream().filter(r -> r.withNearDuplicates() == withNearDuplicates)
        .map(r -> cpu ? r.cpuSeconds() : r.seconds()).toList());
  }
}
