package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.tools.bench.Benchmark;
import org.dateline.tools.bench.ColdBenchmark;
import org.dateline.tools.bench.DictionaryBenchmark;
import org.dateline.tools.bench.HtmlBenchmark;
import org.dateline.tools.bench.Measurement;
import org.dateline.tools.bench.NearDuplicateBenchmark;
import org.dateline.tools.bench.PairedRuns;
import org.dateline.tools.bench.TopicBenchmark;
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
      "Prints tokens/s, ratios and peak heap. Needs about 4 GB of heap.",
      "With --cold: whole processes instead, each a cold JVM: the dateline launcher's run (all layers, cache on)",
      "and CoreNLP's own command line on the same distinct articles, alternately, --runs times each;",
      "then warm re-runs and --layers terms runs. Prints each run, the medians and the median ratio.",
      "With --html: the CPU cost of reading HTML pages, warmed and whole process, side by side."
    })
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "PATH",
      defaultValue = "../shared/corpora/kcna-2024/headlines_2024-11-11.json",
      description = "Articles to annotate (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = {"-n", "--stories"}, paramLabel = "N",
      description = "Articles with text, from the start of the corpus (default: 200; with --cold every distinct one).")
  Integer stories;

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

  @Option(names = "--cold",
      description = "Time whole processes (the launcher's run against CoreNLP's command line) instead of one warmed JVM.")
  boolean cold;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
      description = "With --cold: runs of each configuration (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--launcher", paramLabel = "FILE",
      description = "With --cold: the dateline launcher to time (default: the one beside the running dateline.jar).")
  Path launcher;

  @Option(names = "--dictionary-overhead",
      description = "Time terms-only runs of --corpus from a warm cache, whole processes without and with a dictionary "
          + "of --dictionary-entries entries made from the corpus's words, alternating, --runs times each; print the median ratio.")
  boolean dictionaryOverhead;

  @Option(names = "--near-duplicate-overhead",
      description = "Time terms-only runs of --corpus from a warm cache, whole processes with --near-duplicates off and "
          + "report, alternating, --runs times each; print the median ratio.")
  boolean nearDuplicateOverhead;

  @Option(names = "--dictionary-entries", paramLabel = "N", defaultValue = "5000",
      description = "With --dictionary-overhead: the dictionary's entries (default: ${DEFAULT-VALUE}).")
  int dictionaryEntries;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "With --dictionary-overhead: the annotation cache to run from (warmed first; default: one in --work). "
          + "With --topics: the annotation cache to read and fill while tokenising the corpus.")
  Path cache;

  @Option(names = "--html",
      description = "Only the cost of reading HTML over --pages: CPU ms per page warmed in one JVM, and whole processes (extract of the pages against extract of their texts).")
  boolean html;

  @Option(names = "--pages", paramLabel = "DIR", defaultValue = "../shared/gold/article-extraction/html",
      description = "With --html: the folder of saved pages (default: ${DEFAULT-VALUE}).")
  Path pages;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "50",
      description = "With --html: whole processes also over a crawl of every page copied N times (default: ${DEFAULT-VALUE}); 1 for the pages once only.")
  int copies;

  @Option(names = "--work", paramLabel = "DIR", description = "Folder for the temporary corpus and cache (default: a new temporary folder).")
  Path work;

  @Option(names = "--topics", paramLabel = "K",
      description = "Only the topic model: fit K topics on the corpus's terms for each --topic-seeds seed, timed and scored "
          + "(mean NPMI of top 10 words, diversity of top 25), beside MALLET when --mallet is given (see docs/topics.md).")
  Integer topics;

  @Option(names = "--topic-iterations", paramLabel = "N", defaultValue = "1000",
      description = "With --topics: Gibbs sampling iterations (default: ${DEFAULT-VALUE}).")
  int topicIterations;

  @Option(names = "--topic-seeds", paramLabel = "S", split = ",", defaultValue = "1,2,3",
      description = "With --topics: the seeds, one fit each (default: ${DEFAULT-VALUE}).")
  List<Long> topicSeeds;

  @Option(names = "--mallet", paramLabel = "CLASSPATH",
      description = "With --topics: the class path of MALLET 2.0.8 (its jar and dependencies), run as a separate program on "
          + "the same documents with the same K, iterations, seeds and threads: once on dateline's terms, once on the "
          + "texts as import-dir --remove-stopwords reads them.")
  String mallet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (html) {
      return html(out, err);
    }
    if (!Files.exists(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such corpus: " + corpus + " (use --corpus)");
    }
    Path dir = work != null ? work : Files.createTempDirectory("dateline-bench");
    if (cold) {
      return cold(out, err, dir);
    }
    if (topics != null) {
      return topics(out, err, dir);
    }
    if (dictionaryOverhead) {
      return dictionaryOverhead(out, err, dir);
    }
    if (nearDuplicateOverhead) {
      return nearDuplicateOverhead(out, err, dir);
    }
    Benchmark bench = new Benchmark(new Benchmark.Settings(corpus, stories == null ? 200 : stories, defaultStories,
        threads, dir, researchOnly),
        line -> { err.println("bench: " + line); err.flush(); });
    List<Measurement> results = enginesOnly ? bench.runEngines() : bench.run();
    print(out, results);
    return 0;
  }

  private int cold(PrintWriter out, PrintWriter err, Path dir) throws Exception {
    Path jar = runningJar();
    if (jar == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--cold needs dateline.jar with its lib/ folder; run the bench from target/dateline");
    }
    Path script = launcher != null ? launcher : jar.resolveSibling("dateline");
    if (!Files.isRegularFile(script)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no launcher at " + script + " (use --launcher)");
    }
    if (runs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, was " + runs);
    }
    ColdBenchmark bench = new ColdBenchmark(new ColdBenchmark.Settings(corpus, script, jar, dir, threads, runs,
        stories == null ? Integer.MAX_VALUE : stories), line -> { err.println("bench: " + line); err.flush(); });
    printCold(out, bench.run());
    return 0;
  }

  private int topics(PrintWriter out, PrintWriter err, Path dir) throws Exception {
    if (topics < 2 || topicIterations < 1 || topicSeeds.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--topics needs K of at least 2, --topic-iterations at least 1 and at least one seed");
    }
    TopicBenchmark bench = new TopicBenchmark(new TopicBenchmark.Settings(corpus, topics, topicIterations, topicSeeds,
        threads, dir, cache, mallet), line -> { err.println("bench: " + line); err.flush(); });
    printTopics(out, bench.run(), topicIterations);
    return 0;
  }

  static void printTopics(PrintWriter out, List<TopicBenchmark.Result> results, int iterations) {
    out.printf(Locale.ROOT, "%-14s %6s %6s %9s %9s %12s %8s %9s%n",
        "topic model", "seed", "docs", "tokens", "seconds", "tokens/s", "NPMI@10", "div@25");
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (TopicBenchmark.Result r : results) {
      out.printf(Locale.ROOT, "%-14s %6d %6d %9d %9.1f %12.0f %8.4f %9.4f%n", r.system(), r.seed(), r.documents(),
          r.tokens(), r.seconds(), r.tokensPerSecond(iterations), r.npmi(), r.diversity());
      double[] s = sums.computeIfAbsent(r.system(), k -> new double[4]);
      s[0] += r.tokensPerSecond(iterations);
      s[1] += r.npmi();
      s[2] += r.diversity();
      s[3]++;
    }
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      out.printf(Locale.ROOT, "%-14s %6s %6s %9s %9s %12.0f %8.4f %9.4f%n", e.getKey(), "mean", "", "", "",
          s[0] / s[3], s[1] / s[3], s[2] / s[3]);
    }
  }

  private int dictionaryOverhead(PrintWriter out, PrintWriter err, Path dir) throws Exception {
    Path script = launcherFor("--dictionary-overhead");
    if (runs < 1 || dictionaryEntries < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs and --dictionary-entries must be at least 1");
    }
    List<PairedRuns.Run> results = new DictionaryBenchmark(
        new DictionaryBenchmark.Settings(corpus, script, dir, cache, runs, dictionaryEntries),
        line -> { err.println("bench: " + line); err.flush(); }).run();
    PairedRuns.print(out, results, "dictionary", "without", "with", "median, terms only, without dictionary",
        "median, terms only, with a " + dictionaryEntries + "-entry dictionary");
    return 0;
  }



  private int html(PrintWriter out, PrintWriter err) throws Exception {
    if (!Files.isDirectory(pages)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder of pages: " + pages + " (use --pages)");
    }
    Path jar = runningJar();
    Path script = launcher != null ? launcher : jar == null ? null : jar.resolveSibling("dateline");
    if (script != null && !Files.isRegularFile(script)) {
      script = null;
    }
    if (script == null || !Files.isExecutable(Path.of("/usr/bin/time"))) {
      err.println("bench: no launcher or no /usr/bin/time: whole-process figures left out");
      script = null;
    }
    Path dir = work != null ? work : Files.createTempDirectory("dateline-bench");
    HtmlBenchmark.Result r = new HtmlBenchmark(new HtmlBenchmark.Settings(pages, script, dir, runs, copies),
        line -> { err.println("bench: " + line); err.flush(); }).run();
    printHtml(out, r);
    return 0;
  }

  void printHtml(PrintWriter out, HtmlBenchmark.Result r) {
    out.printf(Locale.ROOT, "HTML reading, %d pages of %s%n", r.pages(), pages);
    out.printf(Locale.ROOT, "%-58s %12s %12s%n", "", "CPU s", "CPU ms/page");
    out.printf(Locale.ROOT, "%-58s %12s %12.2f%n", "warmed, one JVM (median of passes " + HtmlBenchmark.WARM_FROM + "-"
        + HtmlBenchmark.PASSES + ")", "", r.warmMsPerPage());
    for (HtmlBenchmark.ProcessFigure f : r.processes()) {
      String crawl = f.copies() == 1 ? f.pages() + " pages" : f.pages() + " pages (" + f.copies() + " copies of each)";
      out.printf(Locale.ROOT, "%-58s %12.2f %12s%n", "whole process, extract of " + crawl + " (median)", f.htmlCpu(), "");
      out.printf(Locale.ROOT, "%-58s %12.2f %12s%n", "whole process, extract of their texts as .txt (median)",
          f.textCpu(), "");
      out.printf(Locale.ROOT, "%-58s %12s %12.2f%n", "whole process, pages minus texts, per page", "", f.msPerPage());
    }
    if (r.processes().size() > 1) {
      out.printf(Locale.ROOT, "%-58s %12s %12.2f%n", "whole process, one more page (from the two crawls)", "",
          r.marginalMsPerPage());
    }
    out.flush();
  }

  private int nearDuplicateOverhead(PrintWriter out, PrintWriter err, Path dir) throws Exception {
    Path script = launcherFor("--near-duplicate-overhead");
    if (runs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
    }
    List<PairedRuns.Run> results = new NearDuplicateBenchmark(
        new NearDuplicateBenchmark.Settings(corpus, script, dir, cache, runs),
        line -> { err.println("bench: " + line); err.flush(); }).run();
    PairedRuns.print(out, results, "near-duplicates", "off", "report", "median, terms only, --near-duplicates off",
        "median, terms only, --near-duplicates report");
    return 0;
  }

  /** The launcher a whole-process measurement times: --launcher, else the one beside the running jar. */
  private Path launcherFor(String option) throws java.net.URISyntaxException {
    Path jar = runningJar();
    Path script = launcher != null ? launcher : jar == null ? null : jar.resolveSibling("dateline");
    if (script == null || !Files.isRegularFile(script)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " times the launcher: run the bench from target/dateline or give --launcher");
    }
    return script;
  }


  /** The jar this program runs from, or null when it runs from classes (tests, an IDE). */
  private static Path runningJar() throws java.net.URISyntaxException {
    Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return p.toString().endsWith(".jar") ? p : null;
  }

  void printCold(PrintWriter out, List<ColdBenchmark.ProcessRun> runs) {
    out.printf(Locale.ROOT, "%-48s %5s %6s %9s %9s %9s %10s %9s%n",
        "process", "run", "docs", "tokens", "seconds", "CPU s", "tokens/s", "peak RSS");
    for (ColdBenchmark.ProcessRun r : runs) {
      out.printf(Locale.ROOT, "%-48s %5d %6d %9d %9.1f %9.1f %10.0f %5d MiB%n", r.config().label(), r.round(),
          r.documents(), r.tokens(), r.seconds(), r.cpuSeconds(), r.tokensPerSecond(), r.peakRssBytes() / (1024 * 1024));
    }
    out.println();
    for (ColdBenchmark.Config c : ColdBenchmark.Config.values()) {
      out.printf(Locale.ROOT, "%-64s %8.1f s (CPU %.1f s)%n", "median, " + c.label(), ColdBenchmark.medianSeconds(runs, c),
          ColdBenchmark.medianCpuSeconds(runs, c));
    }
    out.printf(Locale.ROOT, "%-64s %8.2fx%n", "median ratio, CoreNLP's time / dateline's time (same round)",
        ColdBenchmark.medianRatio(runs, ColdBenchmark.Config.DATELINE_FULL, ColdBenchmark.Config.CORENLP_CLI));
    out.printf(Locale.ROOT, "%-64s %8.1fx%n", "warm re-run speed-up (median cold / median warm)",
        ColdBenchmark.medianSeconds(runs, ColdBenchmark.Config.DATELINE_FULL)
            / ColdBenchmark.medianSeconds(runs, ColdBenchmark.Config.DATELINE_WARM));
    double termsSeconds = ColdBenchmark.medianSeconds(runs, ColdBenchmark.Config.DATELINE_TERMS);
    long termsTokens = runs.stream().filter(r -> r.config() == ColdBenchmark.Config.DATELINE_TERMS)
        .mapToLong(ColdBenchmark.ProcessRun::tokens).findFirst().orElse(0);
    out.printf(Locale.ROOT, "%-64s %9.0f%n", "terms-only tokens/s, whole process (median run)", termsTokens / termsSeconds);
    out.printf(Locale.ROOT, "%-64s %6d MiB%n", "highest peak RSS of any dateline run", runs.stream()
        .filter(r -> r.config() != ColdBenchmark.Config.CORENLP_CLI)
        .mapToLong(ColdBenchmark.ProcessRun::peakRssBytes).max().orElse(-1) / (1024 * 1024));
    out.flush();
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
