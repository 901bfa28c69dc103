package org.dateline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;

class ModelLoaderTest {

  @Test
  void startedLoadingRunsOnItsOwnThreadOnceAndEveryCallerGetsTheSameAnnotator() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    String[] thread = new String[1];
    ModelLoader loader = new ModelLoader(() -> {
      builds.incrementAndGet();
      thread[0] = Thread.currentThread().getName();
      try {
        assertTrue(release.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return FakeAnnotator.unused();
    });
    assertFalse(loader.started());
    loader.start();
    loader.start();
    assertTrue(loader.started());
    // The caller goes on while the models load.
    release.countDown();
    Annotator a = loader.get();
    assertSame(a, loader.get());
    assertEquals(1, builds.get());
    assertEquals("dateline-load-models", thread[0]);
  }

  @Test
  void withoutStartTheFirstCallerLoadsOnItsOwnThread() {
    String[] thread = new String[1];
    ModelLoader loader = new ModelLoader(() -> {
      thread[0] = Thread.currentThread().getName();
      return FakeAnnotator.unused();
    });
    loader.get();
    assertEquals(Thread.currentThread().getName(), thread[0]);
  }

  @Test
  void aFailureReachesEveryCallerAsThrown() {
    ModelLoader loader = new ModelLoader(() -> {
      throw new IllegalStateException("model file missing: englishSR.ser.gz");
    });
    loader.start();
    IllegalStateException e = assertThrows(IllegalStateException.class, loader::get);
    assertEquals("model file missing: englishSR.ser.gz", e.getMessage());
    assertThrows(IllegalStateException.class, loader::get);
  }
}
