package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Runs a function over a list on several threads and returns the results in input order. */
final class ParallelBatches {

  private ParallelBatches() {}

  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn, int threads) {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(fn, "fn");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (threads == 1 || items.size() <= 1) {
      List<R> out = new ArrayList<>(items.size());
      for (T item : items) {
        out.add(fn.apply(item));
      }
      return out;
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread t = new Thread(r, "eval-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<? extends R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> fn.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<? extends R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new EvaluationException("evaluation worker failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvaluationException("interrupted while waiting for evaluation workers", e);
    } finally {
      // Workers still running after a failure would keep annotating for nothing.
      pool.shutdownNow();
    }
  }
}
