package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.dateline.pipeline.Execution;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;
import org.dateline.pipeline.RunSettings;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone Spark cluster on this machine: a Master and a Worker in JVMs of their own, started
 * from Spark's own classes and bound to the loopback address, the Worker starting its executor as
 * a process of its own. The jars are named in place, as docs/spark.md's shared-folder form names a
 * folder every node mounts: the Worker's {@code SPARK_HOME/jars} and the executors'
 * {@code spark.executor.extraClassPath} point at a folder of links to this JVM's jars. The sample
 * corpus at {@code --layers terms} (the tokenizer only: a small executor heap) gives the tables of
 * a run on one machine, byte for byte.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkClusterTest {

  private static final Path SAMPLE = Path.of("input");
  private static final Duration START = Duration.ofSeconds(120);

  @TempDir static Path tmp;

  private final List<Process> daemons = new ArrayList<>();
  private String master;

  @BeforeAll
  void startCluster() throws Exception {
    Path lib = Files.createDirectories(tmp.resolve("shared/lib"));
    Path sparkHome = Files.createDirectories(tmp.resolve("spark-home"));
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    List<String> classes = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry).toAbsolutePath();
      if (Files.isDirectory(p)) {
        classes.add(p.toString());
      } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        String name = p.getFileName().toString();
        if (!Files.exists(lib.resolve(name))) {
          Files.createSymbolicLink(lib.resolve(name), p);
          Files.createSymbolicLink(jars.resolve(name), p);
        }
      }
    }
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    daemons.add(daemon("master", sparkHome, "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort())));
    awaitPort(port);
    daemons.add(daemon("worker", sparkHome, "org.apache.spark.deploy.worker.Worker",
        "--host", "127.0.0.1", "--cores", "2", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
        "--work-dir", Files.createDirectories(tmp.resolve("work")).toString(), master));
    executorClassPath = lib + "/*" + File.pathSeparator + String.join(File.pathSeparator, classes);
  }

  private String executorClassPath;

  @AfterAll
  void stopCluster() throws InterruptedException {
    // executors first: they are the Worker's children
    for (Process p : daemons) {
      p.descendants().forEach(ProcessHandle::destroy);
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aStandaloneClusterGivesTheTablesOfOneMachine() throws IOException {
    AnnotatorSettings settings = AnnotatorSettings.defaults().withLayers(Layers.TERMS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(2);
    Annotator annotator = SharedAnnotators.get(Layers.TERMS);
    assertEquals(settings, annotator.settings());
    Pipeline pipeline = new Pipeline(config, annotator, ExecutorModels.languages(), ProgressListener.NONE);
    RunResult local = pipeline.run(List.of(SAMPLE));
    Path single = tmp.resolve("single");
    RunReports.write(local, pipeline.settings(), single, ResearchOptions.defaults(), false);

    SparkConf conf = SparkWatch.register(new SparkConf().setMaster(master).setAppName("dateline-cluster-test"))
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.executor.memory", "768m")
        .set("spark.executor.cores", "2")
        .set("spark.cores.max", "2")
        .set("spark.executor.extraClassPath", executorClassPath)
        .set("spark.executorEnv.SPARK_LOCAL_IP", "127.0.0.1");
    Path out = tmp.resolve("cluster");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      SparkRun run = new SparkRun(spark, config, settings, 3, SparkRun.Steps.NONE);
      RunResult result = run.run(List.of(SAMPLE.toString()));
      RunReports.write(result, new RunSettings(config, settings, CoreNlpAnnotator.ENGINE, run.execution()), out,
          ResearchOptions.defaults(), false);
      assertEquals(Execution.spark(spark.version(), master, 1, 2, 3), run.execution());
    }
    List<String> csv = csvNames(single);
    assertTrue(csv.size() >= 10, "every table: " + csv);
    assertEquals(csv, csvNames(out));
    for (String name : csv) {
      assertArrayEquals(Files.readAllBytes(single.resolve(name)), Files.readAllBytes(out.resolve(name)),
          name + " differs on the cluster");
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"execution\" : \"spark\"") || manifest.contains("\"execution\": \"spark\""), manifest);
  }

  /** A JVM of Spark's own class {@code main}, on this JVM's class path, logging to a file. */
  private Process daemon(String name, Path sparkHome, String main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("--add-exports")) {
        command.add(a);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve(name + ".log").toFile());
    b.environment().put("SPARK_HOME", sparkHome.toString());
    b.environment().put("SPARK_SCALA_VERSION", "2.13");
    b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    b.environment().put("SPARK_CONF_DIR", Files.createDirectories(sparkHome.resolve("conf")).toString());
    return b.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    long until = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < until) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("the Spark master did not listen on port " + port + " within " + START);
  }

  private static List<String> csvNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }
}
