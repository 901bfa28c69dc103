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
 * reading's cost, JVM start and everything else the two share taken out.
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
   */
  public record Settings(Path pages, Path launcher, Path work, int runs) {
    public Settings {
      Objects.requireNonNull(pages, "pages");
      Objects.requireNonNull(work, "work");
      if (runs < 1) {
        throw new IllegalArgumentException("runs must be at least 1");
      }
    }
  }

  /**
   * The figures.
   *
   * @param pages pages read
   * @param warmMsPerPage median over the warm passes of the CPU milliseconds per page, one JVM
   * @param htmlProcessCpu median CPU seconds of {@code extract} of the pages, whole process; -1 without a launcher
   * @param textProcessCpu median CPU seconds of {@code extract} of their texts, whole process; -1 without a launcher
   */
  public record Result(int pages, double warmMsPerPage, double htmlProcessCpu, double textProcessCpu) {
    /** The whole-process cost of reading a page as HTML rather than as text, in CPU milliseconds. */
    public double processMsPerPage() {
      return (htmlProcessCpu - textProcessCpu) * 1000 / pages;
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
    double htmlCpu = -1;
    double textCpu = -1;
    if (settings.launcher() != null) {
      List<Double> html = new ArrayList<>();
      List<Double> text = new ArrayList<>();
      for (int run = 0; run < settings.runs(); run++) {
        html.add(extractCpu(settings.pages(), "html"));
        text.add(extractCpu(texts, "text"));
      }
      htmlCpu = median(html);
      textCpu = median(text);
    }
    return new Result(pages.size(), median(warm), htmlCpu, textCpu);
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
