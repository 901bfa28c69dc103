package org.dateline.annotate;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Builds an annotator (loads its models) once, either when first asked for it or earlier, on a
 * thread of its own, after {@link #start()}: a run that will surely annotate starts loading at
 * once, and reads its input, cleans and deduplicates it and detects languages meanwhile.
 *
 * <p>Thread-safe. A failure to build is thrown to every caller of {@link #get()}, as it was
 * thrown by the factory.
 */
public final class ModelLoader implements Supplier<Annotator> {

  private final FutureTask<Annotator> task;
  private final AtomicBoolean started = new AtomicBoolean();

  public ModelLoader(Supplier<Annotator> factory) {
    Objects.requireNonNull(factory, "factory");
    this.task = new FutureTask<>(() -> Objects.requireNonNull(factory.get(), "factory returned null"));
  }

  /** Starts loading on a background thread, unless it has started already. */
  public void start() {
    if (started.compareAndSet(false, true)) {
      Thread t = new Thread(task, "dateline-load-models");
      // Loading must not keep the JVM alive after a run that failed early.
      t.setDaemon(true);
      t.start();
    }
  }

  /** Whether loading has started. */
  public boolean started() {
    return started.get();
  }

  /** The annotator, loaded on this thread if nobody started loading it yet; waits for it otherwise. */
  @Override
  public Annotator get() {
    if (started.compareAndSet(false, true)) {
      task.run();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the models were loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load the models: " + cause, cause);
    }
  }
}
