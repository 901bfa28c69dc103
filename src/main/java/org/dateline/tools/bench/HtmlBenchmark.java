package org.dateline.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.corpus.html.HtmlPage;

/**
 * What reading HTML costs per page, over a folder of saved pages (by default the shared
 * article-extraction pages): warmed, the CPU time of reading each page in one JVM (decoding,
 * parsing, metadata, extraction), passes repeated until the JIT has compiled the code; and as
 * whole processes, the CPU time of the launcher's {@code extract} of the pages against that of
 * {@code extract} of the same pages' texts saved as {@code .txt}, whose difference is the HTML
 * reading's cost, JVM start and everything else the two share taken out. The whole processes
 * run over the pages once and over a crawl of them copied {@code copies} times: loading and
 * compiling the HTML code is paid once per process, so its share per page depends on how many
 * pages a process reads, and the two sizes show both the fixed cost and the cost of one more page.
 */
public final class HtmlBenchmark {

  /** Passes over the pages in one JVM; the first ones compile, the median of the rest counts. */
  public static final int PASSES = 10;
  public static final int WARM_FROM = 3;

  /**
   * @param pages the folder of pages ({@code .html}, {@code .htm}, optionally {@code .gz})
   * @param launcher the dateline launcher
   * @param work a folder for the texts and the outputs
   * @param runs whole-process runs of each kind
   * @param copies the larger crawl's copies of every page; 1 for the pages once only
   */
  public record Settings(Path pages, Path launcher, Path work, int runs, int copies) {
    public Settings {
      Objects.requireNonNull(pages, "pages");
      Objects.requireNonNull(work, "work");
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1");
      }
      if (copies < 1) {
        throw new IllegalArgumentException("copies must be at least 1");
      }
    }
  }

  /**
   * Whole processes over one crawl.
   *
   * @param copies copies of every page in the crawl
   * @param pages pages in the crawl
   * @param htmlCpu median CPU seconds of {@code extract} of the pages
   * @param textCpu median CPU seconds of {@code extract} of their texts
   */
  public record ProcessFigure(int copies, int pages, double htmlCpu, double textCpu) {
    /** The whole-process cost of reading a page as HTML rather than as text, in CPU milliseconds. */
    public double msPerPage() {
      return (htmlCpu - textCpu) * 1000 / pages;
    }
  }

  /**
   * The figures.
   *
   * @param pages pages read
   * @param warmMsPerPage median over the warm passes of the CPU milliseconds per page, one JVM
   * @param processes whole processes over the pages once, then over the larger crawl; empty
   *     without a launcher
   */
  public record Result(int pages, double warmMsPerPage, List<ProcessFigure> processes) {
    public Result {
      processes = List.copyOf(processes);
    }

    /**
     * The CPU milliseconds of one more page in a whole process, from the two crawls; NaN with
     * fewer than two.
     */
    public double marginalMsPerPage() {
      if (processes.size() < 2) {
        return Double.NaN;
      }
      ProcessFigure small = processes.get(0);
      ProcessFigure large = processes.get(processes.size() - 1);
      double extra = (large.htmlCpu() - large.textCpu()) - (small.htmlCpu() - small.textCpu());
      return extra * 1000 / (large.pages() - small.pages());
    }
  }

  private final Settings settings;
  private final Consumer<String> log;

  public HtmlBenchmark(Settings settings, Consumer<String> log) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.log = Objects.requireNonNull(log, "log");
  }

  public Result run() throws IOException, InterruptedException {
    List<Path> files = pageFiles(settings.pages());
    if (files.isEmpty()) {
      throw new IOException("no .html pages in " + settings.pages());
    }
    List<byte[]> pages = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
          : Files.newInputStream(f)) {
        pages.add(in.readAllBytes());
      }
    }
    Path texts = settings.work().resolve("html-bench-texts");
    Files.createDirectories(texts);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Double> warm = new ArrayList<>();
    for (int pass = 0; pass < PASSES; pass++) {
      long cpu = 0;
      for (int i = 0; i < pages.size(); i++) {
        long t0 = mx.getCurrentThreadCpuTime();
        String text = HtmlPage.read(pages.get(i), null, null).text();
        cpu += mx.getCurrentThreadCpuTime() - t0;
        if (pass == 0) {
          Files.writeString(texts.resolve(String.format(Locale.ROOT, "page-%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
      }
      double ms = cpu / 1e6 / pages.size();
      log.accept(String.format(Locale.ROOT, "pass %d: %.2f ms of CPU per page", pass + 1, ms));
      if (pass >= WARM_FROM - 1) {
        warm.add(ms);
      }
    }
    List<ProcessFigure> processes = new ArrayList<>();
    if (settings.launcher() != null) {
      List<Integer> sizes = settings.copies() > 1 ? List.of(1, settings.copies()) : List.of(1);
      for (int copies : sizes) {
        Path htmlDir = copies == 1 ? settings.pages() : copied(files, "html-bench-pages-x" + copies, copies);
        Path textDir = copies == 1 ? texts : copied(textFiles(texts), "html-bench-texts-x" + copies, copies);
        List<Double> html = new ArrayList<>();
        List<Double> text = new ArrayList<>();
        for (int run = 0; run < settings.runs(); run++) {
          html.add(extractCpu(htmlDir, "html"));
          text.add(extractCpu(textDir, "text"));
        }
        processes.add(new ProcessFigure(copies, files.size() * copies, median(html), median(text)));
      }
    }
    return new Result(pages.size(), median(warm), processes);
  }

  /** A folder of {@code copies} copies of every file, named apart so that each is read. */
  private Path copied(List<Path> files, String name, int copies) throws IOException {
    Path dir = settings.work().resolve(name);
    Files.createDirectories(dir);
    for (int k = 1; k <= copies; k++) {
      for (Path f : files) {
        Path target = dir.resolve(String.format(Locale.ROOT, "copy%02d-%s", k, f.getFileName()));
        if (!Files.exists(target)) {
          Files.copy(f, target);
        }
      }
    }
    return dir;
  }

  private static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The CPU seconds (user and system) of the launcher's {@code extract} of {@code input}, by {@code /usr/bin/time}. */
  private double extractCpu(Path input, String name) throws IOException, InterruptedException {
    Path out = settings.work().resolve("html-bench-" + name + ".jsonl");
    Path times = settings.work().resolve("html-bench-" + name + ".time");
    Path logFile = settings.work().resolve("html-bench-" + name + ".log");
    List<String> command = List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
        "sh", settings.launcher().toString(), "extract", input.toString(), "-o", out.toString());
    log.accept("running extract of the " + name + " (load " + ColdBenchmark.loadAverage() + ")...");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (p.waitFor() != 0) {
      throw new IOException("extract of " + input + " failed; see " + logFile);
    }
    String[] f = Files.readString(times).strip().split("\\s+");
    double cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
    log.accept(String.format(Locale.ROOT, "extract of the %s: %.2f s of CPU", name, cpu));
    return cpu;
  }

  static List<Path> pageFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|xhtml)(\\.gz)?"))
          .sorted()
          .toList();
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
