package org.dateline.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Whole processes of one command in two configurations, alternating: the first then the second
 * in odd rounds, the other way round in even ones, so that a drift of a shared machine's load
 * falls on both alike. The figure to read is the median over rounds of second / first, in wall
 * and in CPU time. The costs of a dictionary and of near-duplicate detection are measured so.
 */
public final class PairedRuns {

  /** One timed process: of the second configuration or the first, in a round. */
  public record Run(boolean second, int round, double seconds, double cpuSeconds) {}

  /** The command of a configuration, writing its reports to {@code output}. */
  @FunctionalInterface
  public interface Command {
    List<String> of(boolean second, Path output);
  }

  private PairedRuns() {}

  /**
   * Runs each configuration {@code rounds} times, alternating; each writes to {@code work/LABEL}
   * and logs to {@code work/LABEL-ROUND.log}. Returns the runs in the order run.
   *
   * @throws IOException when a process fails, naming its log
   */
  public static List<Run> alternate(int rounds, Path work, String first, String second, Command command,
      Consumer<String> log) throws IOException, InterruptedException {
    List<Run> runs = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      boolean[] order = round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false};
      for (boolean isSecond : order) {
        String label = isSecond ? second : first;
        long[] t = time(command.of(isSecond, work.resolve(label)), work.resolve(label + "-" + round + ".log"));
        Run r = new Run(isSecond, round, t[0] / 1e9, t[1] / 1e9);
        log.accept(String.format(Locale.ROOT, "round %d %s: %.2f s (CPU %.2f s)", round, label, r.seconds(),
            r.cpuSeconds()));
        runs.add(r);
      }
    }
    return runs;
  }

  /** Wall and CPU nanoseconds of a process; throws when it fails. */
  static long[] time(List<String> command, Path logFile) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    long cpu = -1;
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      cpu = Math.max(cpu, ColdBenchmark.cpuNanos(stat));
    }
    long nanos = System.nanoTime() - t0;
    if (p.exitValue() != 0) {
      throw new IOException("run failed (exit " + p.exitValue() + "); see " + logFile);
    }
    return new long[] {nanos, cpu};
  }

  /** The median over rounds of (seconds of the second configuration / seconds of the first). */
  public static double medianRatio(List<Run> runs, boolean cpu) {
    List<Double> ratios = new ArrayList<>();
    for (Run a : runs) {
      if (!a.second()) {
        continue;
      }
      runs.stream().filter(b -> !b.second() && b.round() == a.round()).findFirst()
          .ifPresent(b -> ratios.add(cpu ? a.cpuSeconds() / b.cpuSeconds() : a.seconds() / b.seconds()));
    }
    return ColdBenchmark.median(ratios);
  }

  /** The median seconds (or CPU seconds) of the runs of one configuration. */
  public static double median(List<Run> runs, boolean second, boolean cpu) {
    return ColdBenchmark.median(runs.stream().filter(r -> r.second() == second)
        .map(r -> cpu ? r.cpuSeconds() : r.seconds()).toList());
  }

  /**
   * Prints each run, the two medians and the median ratio.
   *
   * @param column the heading of the configuration column
   * @param first the first configuration's label in the table, and {@code firstMedian} its median's
   */
  public static void print(PrintWriter out, List<Run> runs, String column, String first, String second,
      String firstMedian, String secondMedian) {
    int width = Math.max(column.length(), Math.max(first.length(), second.length()));
    out.printf(Locale.ROOT, "%-" + width + "s %5s %9s %9s%n", column, "round", "seconds", "CPU s");
    for (Run r : runs) {
      out.printf(Locale.ROOT, "%-" + width + "s %5d %9.2f %9.2f%n", r.second() ? second : first, r.round(),
          r.seconds(), r.cpuSeconds());
    }
    out.printf(Locale.ROOT, "%-64s %8.2f s (CPU %.2f s)%n", firstMedian, median(runs, false, false),
        median(runs, false, true));
    out.printf(Locale.ROOT, "%-64s %8.2f s (CPU %.2f s)%n", secondMedian, median(runs, true, false),
        median(runs, true, true));
    out.printf(Locale.ROOT, "%-64s %8.3fx (CPU %.3fx)%n", "median ratio, " + second + " / " + first + " (same round)",
        medianRatio(runs, false), medianRatio(runs, true));
    out.flush();
  }
}
