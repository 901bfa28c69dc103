package org.dateline.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a run ran, as its manifest records it beside the settings: on this machine, or on Spark
 * with the executors and cores that ran its tasks.
 *
 * @param settings name and value pairs, in the manifest's order; the first is {@code execution}
 */
public record Execution(List<Map.Entry<String, String>> settings) {

  /** A run of {@code dateline run}: its threads are recorded among the settings already. */
  public static final Execution LOCAL = new Execution(List.of(Map.entry("execution", "local")));

  public Execution {
    settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A run of {@code dateline-spark}.
   *
   * @param version Spark's version on the driver
   * @param master the master URL the context was given ({@code local[2]}, {@code spark://host:7077}, ...)
   * @param executors the executors that ran at least one task ({@code 1} in local mode: the driver)
   * @param cores the cores of those executors
   * @param partitions the partitions the records were annotated in
   */
  public static Execution spark(String version, String master, int executors, int cores, int partitions) {
    return new Execution(List.of(
        Map.entry("execution", "spark"),
        Map.entry("spark_version", version),
        Map.entry("spark_master", master),
        Map.entry("spark_executors", Integer.toString(executors)),
        Map.entry("spark_cores", Integer.toString(cores)),
        Map.entry("spark_partitions", Integer.toString(partitions))));
  }
}
