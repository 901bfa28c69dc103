package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.bench.Benchmark;
import org.dateline.bench.Measurement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline bench}: throughput of our pipeline against CoreNLP's own, side by side. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures, in one run on the same texts: CoreNLP's StanfordCoreNLP pipeline with default and with",
      "tuned properties, our pipeline on 1 and N threads, a cold and a warm annotation cache, terms only,",
      "aggregation alone, and --layers entities runs without and with the research tables.",
      "Prints tokens/s, ratios and peak heap. Needs about 4 GB of heap."
    })
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "PATH",
      defaultValue = "../shared/corpora/kcna-2024/headlines_2024-11-11.json",
      description = "Articles to annotate (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = {"-n", "--stories"}, paramLabel = "N", defaultValue = "200",
      description = "Articles with text, from the start of the corpus (default: ${DEFAULT-VALUE}).")
  int stories;

  @Option(names = "--default-stories", paramLabel = "N", defaultValue = "5",
      description = "How many of them CoreNLP with default properties annotates; 0 skips it (default: ${DEFAULT-VALUE}).")
  int defaultStories;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Threads of the parallel runs (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--engines-only",
      description = "Only the sentiment layer with --sentiment corenlp and with --sentiment vader, side by side, and their ratio.")
  private boolean enginesOnly;

  @Option(names = "--research-only",
      description = "Only the --layers entities runs without and with the research tables, and their ratio.")
  boolean researchOnly;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the temporary corpus and cache (default: a new temporary folder).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such corpus: " + corpus + " (use --corpus)");
    }
    Path dir = work != null ? work : Files.createTempDirectory("dateline-bench");
    Benchmark bench = new Benchmark(new Benchmark.Settings(corpus, stories, defaultStories, threads, dir, researchOnly),
        line -> { err.println("bench: " + line); err.flush(); });
    List<Measurement> results = enginesOnly ? bench.runEngines() : bench.run();
    print(out, results);
    return 0;
  }

  void print(PrintWriter out, List<Measurement> results) {
    Measurement base = find(results, "corenlp-tuned 1 thread");
    out.printf(Locale.ROOT, "%-44s %6s %9s %9s %11s %8s %10s%n",
        "configuration", "docs", "tokens", "seconds", "tokens/s", "x tuned", "peak heap");
    for (Measurement m : results) {
      // Without the CoreNLP baseline (--research-only) there is nothing to divide by.
      String times = base == null ? "-"
          : String.format(Locale.ROOT, "%.2f", m.tokensPerSecond() / base.tokensPerSecond());
      out.printf(Locale.ROOT, "%-44s %6d %9d %9.2f %11.0f %8s %7d MiB%n", m.name(), m.documents(), m.tokens(),
          m.seconds(), m.tokensPerSecond(), times, m.peakHeapBytes() / (1024 * 1024));
    }
    out.println();
    Measurement def = find(results, "corenlp-default");
    Measurement tuned2 = find(results, "corenlp-tuned " + threads + " threads");
    Measurement ours1 = find(results, "dateline full 1 thread");
    Measurement ours2 = find(results, "dateline full " + threads + " threads");
    Measurement cold = find(results, "dateline cold cache");
    Measurement warm = find(results, "dateline warm cache");
    Measurement agg = find(results, "aggregation only");
    Measurement terms = find(results, "dateline terms-only");
    Measurement coreNlpOnly = find(results, "dateline sentiment corenlp");
    Measurement vaderOnly = find(results, "dateline sentiment vader");
    ratio(out, "dateline full, " + threads + " threads / CoreNLP default, 1 thread", ours2, def);
    ratio(out, "dateline full, " + threads + " threads / CoreNLP tuned, 1 thread", ours2, base);
    ratio(out, "CoreNLP tuned, " + threads + " threads / CoreNLP tuned, 1 thread", tuned2, base);
    ratio(out, "dateline full, " + threads + " threads / dateline full, 1 thread", ours2, ours1);
    ratio(out, "dateline full, 1 thread / CoreNLP tuned, 1 thread", ours1, base);
    ratio(out, "--sentiment vader / --sentiment corenlp, " + threads + " threads", vaderOnly, coreNlpOnly);
    if (cold != null && warm != null) {
      out.printf(Locale.ROOT, "%-64s %8.1fx%n", "warm cache re-run speed-up (cold seconds / warm seconds)",
          cold.seconds() / warm.seconds());
    }
    if (agg != null && cold != null) {
      out.printf(Locale.ROOT, "%-64s %8.2f%%%n", "aggregation time / full cold run time", 100 * agg.seconds() / cold.seconds());
    }
    if (terms != null) {
      out.printf(Locale.ROOT, "%-64s %9.0f%n", "terms-only tokens/s (whole pipeline)", terms.tokensPerSecond());
    }
    Measurement without = find(results, Benchmark.ENTITIES_WITHOUT + threads);
    Measurement with = find(results, Benchmark.ENTITIES_WITH + threads);
    Measurement warmWithout = find(results, Benchmark.ENTITIES_WITHOUT + "warm");
    Measurement warmWith = find(results, Benchmark.ENTITIES_WITH + "warm");
    if (without != null && with != null) {
      out.printf(Locale.ROOT, "%-64s %8.3fx%n", "entities run time, with / without research tables", with.seconds() / without.seconds());
    }
    if (warmWithout != null && warmWith != null) {
      out.printf(Locale.ROOT, "%-64s %8.3fx%n", "same from a warm cache (no annotation)", warmWith.seconds() / warmWithout.seconds());
    }
    out.printf(Locale.ROOT, "%-64s %6d MiB%n", "peak RSS of this process", Benchmark.peakRssBytes() / (1024 * 1024));
    out.printf(Locale.ROOT, "%-64s %s%n", "JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
        + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.flush();
  }

  private static void ratio(PrintWriter out, String label, Measurement a, Measurement b) {
    if (a != null && b != null) {
      out.printf(Locale.ROOT, "%-64s %8.2fx%n", label, a.tokensPerSecond() / b.tokensPerSecond());
    }
  }

  private static Measurement find(List<Measurement> results, String prefix) {
    return results.stream().filter(m -> m.name().startsWith(prefix)).findFirst().orElse(null);
  }
}
