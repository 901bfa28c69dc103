package org.dateline.tools.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.corenlp.CoreNlpBaseline;
import org.dateline.clean.GluedNames;
import org.dateline.model.Article;

/**
 * Times whole processes, as a user meets them: {@code dateline run} through its launcher
 * against CoreNLP's own command line on the same texts, each a cold JVM that loads its models,
 * reads its input and writes its output. The two alternate (A B, B A, A B, ...), so that a
 * change in the machine's load falls on both alike; the medians of the runs are compared.
 *
 * <p>Also timed, each as separate processes: {@code --layers terms} (tokens per second of the
 * whole process) and a warm re-run, every text already in the annotation cache.
 */
public final class ColdBenchmark {

  /**
   * Heap and collector of CoreNLP's command line: those the launcher gives a run of all
   * layers, so that neither side gets more memory or a different collector.
   */
  public static final List<String> CORENLP_JVM_OPTIONS = coreNlpJvmOptions();

  /**
   * Transparent huge pages too where the launcher asks for them (the kernel gives them on
   * request): they spare a run of all layers most of its page faults, and CoreNLP's command line
   * gains as much from them; the comparison is of the programs, not of the JVM's settings.
   */
  private static List<String> coreNlpJvmOptions() {
    List<String> options = new ArrayList<>(List.of("-Xmx4g", "-XX:+UseParallelGC"));
    try {
      Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
      if (Files.isReadable(thp) && Files.readString(thp).contains("[madvise]")) {
        options.add("-XX:+UseTransparentHugePages");
      }
    } catch (IOException | RuntimeException e) {
      // no huge pages for either side then: the launcher reads the same file
    }
    return List.copyOf(options);
  }

  private static final long POLL_MILLIS = 100;
  /** Linux's USER_HZ, the unit of the times in /proc/PID/stat: 100 on every common platform. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  /**
   * @param corpus a file or folder of articles; its distinct articles are the input
   * @param launcher the {@code dateline} launcher script
   * @param jar {@code dateline.jar}, whose {@code lib/} folder beside it holds CoreNLP
   * @param work a folder for the inputs, outputs and logs of every run
   * @param threads threads of both tools
   * @param runs runs of each configuration; the median is reported
   * @param stories at most this many distinct articles, from the start of the corpus
   */
  public record Settings(Path corpus, Path launcher, Path jar, Path work, int threads, int runs, int stories) {
    public Settings {
      Objects.requireNonNull(corpus, "corpus");
      Objects.requireNonNull(launcher, "launcher");
      Objects.requireNonNull(jar, "jar");
      Objects.requireNonNull(work, "work");
      if (threads < 1 || runs < 1 || stories < 1) {
        throw new IllegalArgumentException("threads, runs and stories must be at least 1, were "
            + threads + ", " + runs + " and " + stories);
      }
    }
  }

  /** The configurations timed. */
  public enum Config {
    DATELINE_FULL("dateline run, all layers, cache on (cold)"),
    CORENLP_CLI("CoreNLP's command line, same annotators"),
    DATELINE_WARM("dateline run, all layers, warm re-run"),
    DATELINE_TERMS("dateline run --layers terms, cache on (cold)");

    private final String label;

    Config(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One process, timed.
   *
   * @param round the round it ran in, from 1
   * @param tokens tokens the run counted (for CoreNLP, those of the same texts by our run)
   * @param peakRssBytes the process's peak resident set size, -1 where unknown
   * @param cpuNanos the CPU time (user and system) of the process, every thread, -1 where
   *     unknown: on a machine others share, it tells the work done better than the wall time
   */
  public record ProcessRun(Config config, int round, long nanos, long documents, long tokens, long peakRssBytes,
      long cpuNanos) {
    public ProcessRun {
      Objects.requireNonNull(config, "config");
    }

    public double seconds() {
      return nanos / 1e9;
    }

    public double tokensPerSecond() {
      return tokens / Math.max(seconds(), 1e-9);
    }

    public double cpuSeconds() {
      return cpuNanos / 1e9;
    }
  }

  /** The texts both tools get: a JSON array for dateline and one file per text for CoreNLP. */
  public record Input(Path json, Path fileList, int documents) {
    public Input {
      Objects.requireNonNull(json, "json");
      Objects.requireNonNull(fileList, "fileList");
    }
  }

  private final Settings settings;
  private final Consumer<String> log;

  public ColdBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  /** Prepares the input, then runs every configuration {@code runs} times; returns the runs in order. */
  public List<ProcessRun> run() throws IOException, InterruptedException {
    Input input = prepare(settings.corpus(), settings.work().resolve("input"), settings.stories());
    log.accept(input.documents() + " distinct articles in " + input.json() + " and " + input.fileList());
    Path props = settings.work().resolve("corenlp.properties");
    CoreNlpBaseline.writeCliProperties(AnnotatorSettings.defaults(), props);
    List<ProcessRun> out = new ArrayList<>();
    long tokens = -1;
    Path firstOutput = null;
    for (int round = 1; round <= settings.runs(); round++) {
      Path ours = settings.work().resolve("dateline-full-" + round);
      // A B, B A, A B: neither always runs second, after the other has warmed the page cache.
      // Ours opens round 1, so CoreNLP's runs know the token count.
      boolean oursFirst = round % 2 == 1;
      for (int k = 0; k < 2; k++) {
        if ((k == 0) == oursFirst) {
          ProcessRun r = ours(Config.DATELINE_FULL, round, input, ours, List.of());
          tokens = r.tokens();
          firstOutput = firstOutput == null ? ours : firstOutput;
          out.add(r);
        } else {
          out.add(coreNlp(round, input, props, tokens));
        }
      }
    }
    for (int round = 1; round <= settings.runs(); round++) {
      // The first cold run's output folder holds its cache: every text is found there.
      out.add(ours(Config.DATELINE_WARM, round, input, firstOutput, List.of()));
    }
    for (int round = 1; round <= settings.runs(); round++) {
      out.add(ours(Config.DATELINE_TERMS, round, input, settings.work().resolve("dateline-terms-" + round),
          List.of("--layers", "terms")));
    }
    return out;
  }

  /**
   * Writes the distinct articles of {@code corpus} (cleaned, glued names split, duplicates
   * dropped, as a run does) to {@code dir}: {@code uniq.json} for dateline, and {@code
   * texts/NNNNN.txt} with {@code filelist.txt} for CoreNLP. A run of dateline on {@code
   * uniq.json} annotates exactly the texts CoreNLP gets.
   */
  public static Input prepare(Path corpus, Path dir, int limit) throws IOException {
    List<Article> articles = Benchmark.distinctArticles(corpus, limit, GluedNames.builtIn());
    Path texts = dir.resolve("texts");
    Files.createDirectories(texts);
    Path json = dir.resolve("uniq.json");
    Path fileList = dir.resolve("filelist.txt");
    StringBuilder list = new StringBuilder();
    try (OutputStream os = Files.newOutputStream(json);
        JsonGenerator g = new JsonFactory().createGenerator(os)) {
      g.writeStartArray();
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        g.writeStartObject();
        g.writeStringField("id", a.id());
        if (a.date() != null) {
          g.writeStringField("date", a.date().toString());
        }
        if (a.title() != null) {
          g.writeStringField("title", a.title());
        }
        g.writeStringField("text", a.text());
        g.writeEndObject();
        Path text = texts.resolve(String.format(Locale.ROOT, "%05d.txt", i + 1));
        Files.writeString(text, a.text(), StandardCharsets.UTF_8);
        list.append(text.toAbsolutePath()).append('\n');
      }
      g.writeEndArray();
    }
    Files.writeString(fileList, list.toString(), StandardCharsets.UTF_8);
    return new Input(json, fileList, articles.size());
  }

  private ProcessRun ours(Config config, int round, Input input, Path output, List<String> extra)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", settings.launcher().toString(), "run", "-q",
        "--threads", Integer.toString(settings.threads()), "-o", output.toString()));
    command.addAll(extra);
    command.add(input.json().toString());
    Path logFile = settings.work().resolve(output.getFileName() + "-" + config.name().toLowerCase(Locale.ROOT)
        + "-" + round + ".log");
    // The warm runs write into the folder of an earlier run: its manifest must not pass for theirs.
    Path manifest = RunManifest.in(output);
    Files.deleteIfExists(manifest);
    Timed t = time(config.label() + ", run " + round, command, logFile);
    if (t.exitCode() != 0 || !Files.isRegularFile(manifest)) {
      throw new IOException("dateline run failed (exit " + t.exitCode() + ", "
          + (Files.isRegularFile(manifest) ? "" : "no ") + manifest + " written); see " + logFile);
    }
    RunManifest written = RunManifest.read(manifest);
    return report(new ProcessRun(config, round, t.nanos(), written.documents(), written.tokens(),
        t.peakRssBytes(), t.cpuNanos()));
  }

  private ProcessRun coreNlp(int round, Input input, Path props, long tokens) throws IOException, InterruptedException {
    Path output = settings.work().resolve("corenlp-" + round);
    Files.createDirectories(output);
    Path lib = settings.jar().toAbsolutePath().getParent().resolve("lib");
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(CORENLP_JVM_OPTIONS);
    // Our jar only for the DPRK names list that RegexNER reads as a resource.
    command.addAll(List.of("-cp", settings.jar().toAbsolutePath() + java.io.File.pathSeparator + lib + "/*",
        CoreNlpBaseline.CLI_MAIN_CLASS, "-props", props.toAbsolutePath().toString(),
        "-threads", Integer.toString(settings.threads()), "-filelist", input.fileList().toAbsolutePath().toString(),
        "-outputFormat", "json", "-outputDirectory", output.toAbsolutePath().toString()));
    Path logFile = settings.work().resolve("corenlp-" + round + ".log");
    Timed t = time(Config.CORENLP_CLI.label() + ", run " + round, command, logFile);
    long written;
    try (Stream<Path> files = Files.list(output)) {
      written = files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
    }
    if (t.exitCode() != 0 || written != input.documents()) {
      throw new IOException("CoreNLP's command line failed (exit " + t.exitCode() + ", " + written + " of "
          + input.documents() + " files written); see " + logFile);
    }
    return report(new ProcessRun(Config.CORENLP_CLI, round, t.nanos(), written, tokens, t.peakRssBytes(),
        t.cpuNanos()));
  }

  private ProcessRun report(ProcessRun r) {
    log.accept(String.format(Locale.ROOT, "  %.1f s, CPU %.1f s, %d documents, %d tokens, peak RSS %d MiB, load %s",
        r.seconds(), r.cpuSeconds(), r.documents(), r.tokens(), r.peakRssBytes() / (1024 * 1024), loadAverage()));
    return r;
  }

  private record Timed(long nanos, int exitCode, long peakRssBytes, long cpuNanos) {}

  private Timed time(String name, List<String> command, Path logFile) throws IOException, InterruptedException {
    log.accept("running " + name + " (load " + loadAverage() + ")...");
    Files.createDirectories(settings.work());
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    // The launcher execs java, so the shell's process is the JVM; its high-water mark only grows.
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    long peak = -1;
    long cpu = -1;
    while (!p.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, Benchmark.highWaterMark(status));
      // Read until the end: the last reading misses at most one poll interval of the run's end.
      cpu = Math.max(cpu, cpuNanos(stat));
    }
    long nanos = System.nanoTime() - t0;
    return new Timed(nanos, p.exitValue(), peak, cpu);
  }

  /** User and system time of a process from its {@code /proc/PID/stat}, or -1 where unreadable. */
  static long cpuNanos(Path stat) {
    try {
      String s = Files.readString(stat);
      // The fields after the command name, which is in parentheses and may hold spaces.
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The one-minute load average, or "?" where unknown. */
  static String loadAverage() {
    try {
      String s = Files.readString(Path.of("/proc/loadavg"));
      return s.split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  /** The median of the CPU seconds of {@code config}'s runs. */
  public static double medianCpuSeconds(List<ProcessRun> runs, Config config) {
    return median(runs.stream().filter(r -> r.config() == config).map(ProcessRun::cpuSeconds).toList());
  }

  /** The median of the seconds of {@code config}'s runs. */
  public static double medianSeconds(List<ProcessRun> runs, Config config) {
    return median(runs.stream().filter(r -> r.config() == config).map(ProcessRun::seconds).toList());
  }

  /** The median ratio of CoreNLP's time to ours over the rounds, each round's pair divided. */
  public static double medianRatio(List<ProcessRun> runs, Config ours, Config theirs) {
    List<Double> ratios = new ArrayList<>();
    for (ProcessRun a : runs) {
      if (a.config() != ours) {
        continue;
      }
      runs.stream().filter(b -> b.config() == theirs && b.round() == a.round()).findFirst()
          .ifPresent(b -> ratios.add(b.seconds() / a.seconds()));
    }
    return median(ratios);
  }

  /** The median (the mean of the middle two for an even count); NaN for none. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
