package org.dateline.analysis.topics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The calling thread and a few helper threads running one phase of numbered tasks after another.
 * The sampler's phases are short (a round of a K = 20 model of a thousand documents is about a
 * millisecond on two threads) and come 8 to an iteration, so the hand-over matters: a thread
 * that has run out of tasks waits for the others, and a helper for the next phase, by spinning
 * for up to {@link #SPIN_NANOS} before parking, rather than by a queue's wake-up, which costs tens
 * of microseconds each way.
 *
 * <p>Not thread-safe: one thread calls {@link #run} and {@link #close}.
 */
final class Gang implements AutoCloseable {
  static final long SPIN_NANOS = 100_000;

  private final Thread caller;
  private final Thread[] helpers;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private volatile int phase;
  private volatile boolean closed;
  private volatile int count;
  private volatile IntConsumer task;
  private volatile Throwable failure;

  /** Starts {@code helpers} daemon threads named {@code name-1}, {@code name-2}, .... */
  Gang(int helpers, String name) {
    this.caller = Thread.currentThread();
    this.helpers = new Thread[helpers];
    for (int i = 0; i < helpers; i++) {
      Thread t = new Thread(this::help, name + "-" + (i + 1));
      t.setDaemon(true);
      this.helpers[i] = t;
    }
    for (Thread t : this.helpers) {
      t.start();
    }
  }

  /**
   * Runs {@code task} for 0 to {@code n - 1}, each number once, on the calling thread and the
   * helpers, and returns when all are done; rethrows the first failure (as is when unchecked).
   */
  void run(int n, IntConsumer task) {
    if (Thread.currentThread() != caller) {
      throw new IllegalStateException("a gang is run by the thread that made it");
    }
    this.task = task;
    this.count = n;
    this.failure = null;
    next.set(0);
    finished.set(0);
    phase = phase + 1;
    for (Thread t : helpers) {
      LockSupport.unpark(t);
    }
    drain();
    long start = System.nanoTime();
    while (finished.get() < helpers.length) {
      if (System.nanoTime() - start < SPIN_NANOS) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
      }
    }
    Throwable f = failure;
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error e) {
      throw e;
    }
    if (f != null) {
      throw new IllegalStateException(f);
    }
  }

  private void drain() {
    IntConsumer t = task;
    int n = count;
    try {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        t.accept(i);
      }
    } catch (Throwable e) {
      if (failure == null) {
        failure = e;
      }
      // the others stop taking tasks
      next.set(n);
    }
  }

  private void help() {
    int seen = 0;
    while (true) {
      long start = System.nanoTime();
      while (phase == seen && !closed) {
        if (System.nanoTime() - start < SPIN_NANOS) {
          Thread.onSpinWait();
        } else {
          LockSupport.park(this);
        }
      }
      if (closed) {
        return;
      }
      seen = phase;
      drain();
      if (finished.incrementAndGet() == helpers.length) {
        LockSupport.unpark(caller);
      }
    }
  }

  /** Stops the helpers (after the phase in hand, if any). */
  @Override
  public void close() {
    closed = true;
    for (Thread t : helpers) {
      LockSupport.unpark(t);
    }
  }
}
