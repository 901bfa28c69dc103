package org.dateline.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class GangTest {

  @Test
  void everyTaskOfEveryPhaseRunsOnceAndThePhaseEndsAfterAll() {
    try (Gang gang = new Gang(3, "gang-test")) {
      for (int phase = 0; phase < 2000; phase++) {
        int n = 1 + phase % 9;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        // a phase now and then longer than the spin, so that the helpers park and are woken
        long work = phase % 500 == 0 ? 300_000 : 0;
        gang.run(n, i -> {
          long start = System.nanoTime();
          while (System.nanoTime() - start < work) {
            Thread.onSpinWait();
          }
          runs.incrementAndGet(i);
        });
        for (int i = 0; i < n; i++) {
          assertEquals(1, runs.get(i), "phase " + phase + ", task " + i);
        }
      }
    }
  }

  @Test
  void aTaskThatFailsFailsThePhaseAndTheGangRunsTheNextOne() {
    try (Gang gang = new Gang(1, "gang-test")) {
      IllegalArgumentException boom = new IllegalArgumentException("boom");
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> gang.run(8, i -> {
        if (i == 5) {
          throw boom;
        }
      }));
      assertSame(boom, thrown);
      AtomicIntegerArray runs = new AtomicIntegerArray(4);
      gang.run(4, runs::incrementAndGet);
      for (int i = 0; i < 4; i++) {
        assertEquals(1, runs.get(i));
      }
    }
  }

  @Test
  void onlyTheThreadThatMadeItRunsIt() throws Exception {
    try (Gang gang = new Gang(1, "gang-test")) {
      Throwable[] seen = new Throwable[1];
      Thread other = new Thread(() -> {
        try {
          gang.run(1, i -> { });
        } catch (Throwable e) {
          seen[0] = e;
        }
      });
      other.start();
      other.join();
      assertTrue(seen[0] instanceof IllegalStateException, String.valueOf(seen[0]));
    }
  }
}
