package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fixed pool of threads fed from a bounded queue, each thread with a state of its own (its
 * partial tables) that no other thread touches.
 *
 * <p>Contract: one thread calls {@link #submit} for every item, then {@link #finish} once, and
 * {@link #close} in a {@code finally}. The task must deal with the failures of one item itself;
 * anything it throws dooms the run: the pool stops taking items, and the next {@code submit} or
 * {@code finish} throws it (errors first pass through {@code describe}, which turns them into an
 * exception that says what to do).
 *
 * <p>Why it cannot hang: workers never wait on the queue for longer than a poll interval, and
 * leave once the input is finished and the queue empty, or once a failure is recorded; the
 * submitting thread never waits for longer than a poll interval without looking at the failure.
 * No end-of-input marker travels through the queue, so no failure can swallow one.
 *
 * @param <S> a worker's own state
 * @param <T> an item of work
 */
final class Workers<S, T> implements AutoCloseable {

  private static final long POLL_MILLIS = 100;
  /** Short, so that an idle worker notices the end of input quickly; an idle poll costs nothing. */
  private static final long WORKER_POLL_MILLIS = 10;

  private final BiConsumer<S, T> task;
  private final Function<Throwable, RuntimeException> describe;
  private final BlockingQueue<T> queue;
  private final List<Thread> threads = new ArrayList<>();
  private final List<S> states = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean inputDone;
  private long submitted;

  /**
   * Starts {@code threadCount} threads.
   *
   * @param stackBytes each thread's stack size
   * @param newState makes one worker's state; called once per thread, on the calling thread
   * @param task processes one item with the worker's state
   * @param describe turns a throwable that escaped the task into the exception to throw
   */
  Workers(String name, int threadCount, long stackBytes, Supplier<S> newState, BiConsumer<S, T> task,
      Function<Throwable, RuntimeException> describe) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(newState, "newState");
    this.task = Objects.requireNonNull(task, "task");
    this.describe = Objects.requireNonNull(describe, "describe");
    if (threadCount < 1) {
      throw new IllegalArgumentException("threadCount must be at least 1, was " + threadCount);
    }
    this.queue = new ArrayBlockingQueue<>(threadCount * 8);
    for (int i = 0; i < threadCount; i++) {
      S state = newState.get();
      states.add(state);
      Thread t = new Thread(null, () -> work(state), name + "-" + i, stackBytes);
      // A stuck worker must not keep the JVM alive after the run has been given up.
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
  }

  /** Queues {@code item}, waiting while the queue is full; throws once the run is doomed. */
  void submit(T item) {
    Objects.requireNonNull(item, "item");
    if (inputDone) {
      throw new IllegalStateException("finish() was already called");
    }
    throwIfFailed();
    try {
      while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        throwIfFailed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while reading the input", e);
    }
    submitted++;
  }

  long submitted() {
    return submitted;
  }

  /** Waits until every item is processed; returns the workers' states, in thread order. */
  List<S> finish() {
    inputDone = true;
    try {
      for (Thread t : threads) {
        t.join(POLL_MILLIS);
        while (t.isAlive()) {
          throwIfFailed();
          t.join(POLL_MILLIS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while waiting for annotation", e);
    }
    throwIfFailed();
    return List.copyOf(states);
  }

  private void throwIfFailed() {
    Throwable t = failure.get();
    if (t == null) {
      return;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    throw describe.apply(t);
  }

  private void work(S state) {
    try {
      while (failure.get() == null) {
        T item = queue.poll(WORKER_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (item == null) {
          if (!inputDone) {
            continue;
          }
          // Every submit happened before inputDone was set, so one more look sees any item left.
          item = queue.poll();
          if (item == null) {
            return;
          }
        }
        task.accept(state, item);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
      // Frees the memory of queued items (helps after an OutOfMemoryError); nobody waits on them.
      queue.clear();
    }
  }

  /** Stops the workers when the run ended early; after {@link #finish} it does nothing. */
  @Override
  public void close() {
    inputDone = true;
    for (Thread t : threads) {
      if (t.isAlive()) {
        t.interrupt();
      }
    }
  }
}
