package org.dateline.annotate.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  private static double cosine(double[] a, double[] b) {
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  @Test
  void sentencesOfLikeMeaningLieNearerThanOthers() {
    double[] talks = SentenceEncoder.shared().vector("The two leaders held friendly talks in Pyongyang.");
    double[] meeting = SentenceEncoder.shared().vector("A cordial meeting took place between the heads of state.");
    double[] harvest = SentenceEncoder.shared().vector("Farmers brought in a rich harvest of rice this autumn.");
    assertEquals(SentenceEncoder.DIMENSIONS, talks.length);
    double norm = Math.sqrt(dot(talks, talks));
    assertEquals(1, norm, 0.01, "unit length, but for rounding");
    assertTrue(cosine(talks, meeting) > cosine(talks, harvest) + 0.1,
        cosine(talks, meeting) + " against " + cosine(talks, harvest));
    for (double v : talks) {
      assertEquals(v, Math.rint(v * 1e4) / 1e4, "rounded to 4 decimals: " + v);
    }
    assertArrayEquals(new double[SentenceEncoder.DIMENSIONS], SentenceEncoder.shared().vector(" "), "no words, no direction");
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  @Test
  void theVectorOfATextIsTheSameAloneAndBesideOtherCalls() throws Exception {
    List<String> texts = List.of("The enemy staged provocative war drills.", "Workers overfulfilled the plan.",
        "", "Sanctions were condemned as a crime against humanity, and the talks broke down without result.");
    List<double[]> alone = new ArrayList<>();
    for (String t : texts) {
      alone.add(SentenceEncoder.shared().vector(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<double[]>> side = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          side.add(pool.submit(() -> SentenceEncoder.shared().vector(t)));
        }
      }
      for (int i = 0; i < side.size(); i++) {
        assertArrayEquals(alone.get(i % texts.size()), side.get(i).get(), texts.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
