package org.dateline.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Listens on the driver for the cores of each executor, for the manifest, and for the tasks that
 * end, for the progress line. Executors of a cluster may register before a run starts, so
 * {@link #register} names this class in {@code spark.extraListeners}, which Spark builds before
 * any executor is announced; a context made without it gets one added when the run starts.
 */
public final class SparkWatch extends SparkListener {

  /** The one made by Spark from {@code spark.extraListeners}: one context per JVM. */
  private static volatile SparkWatch registered;

  private final Map<String, Integer> cores = new ConcurrentHashMap<>();
  private volatile Runnable onTaskEnd = () -> {};

  /** Built by Spark from {@code spark.extraListeners}. */
  public SparkWatch() {
    registered = this;
  }

  private SparkWatch(boolean unregistered) {}

  /** Adds this class to {@code conf}'s {@code spark.extraListeners}; returns {@code conf}. */
  public static SparkConf register(SparkConf conf) {
    String listeners = conf.get("spark.extraListeners", "");
    String name = SparkWatch.class.getName();
    if (!listeners.contains(name)) {
      conf.set("spark.extraListeners", listeners.isBlank() ? name : listeners + "," + name);
    }
    return conf;
  }

  /** The watch of {@code spark}'s context: the registered one, or one added now. */
  static SparkWatch of(JavaSparkContext spark) {
    SparkWatch watch = registered;
    if (watch != null && spark.getConf().get("spark.extraListeners", "").contains(SparkWatch.class.getName())) {
      return watch;
    }
    synchronized (SparkWatch.class) {
      watch = new SparkWatch(true);
      spark.sc().addSparkListener(watch);
      return watch;
    }
  }

  @Override
  public void onExecutorAdded(SparkListenerExecutorAdded added) {
    cores.put(added.executorId(), added.executorInfo().totalCores());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    onTaskEnd.run();
  }

  /** Runs {@code action} on the listener thread after every task that ends, until given another. */
  void afterEachTask(Runnable action) {
    onTaskEnd = action == null ? () -> {} : action;
  }

  /** The cores of executor {@code id}, or -1 when it was announced before this watch listened. */
  int cores(String id) {
    return cores.getOrDefault(id, -1);
  }
}
