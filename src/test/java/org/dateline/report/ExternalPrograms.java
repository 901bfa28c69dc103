package org.dateline.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tests tagged {@code external} need programs outside the JVM (R, pandas, Chromium). On a
 * developer's machine a missing one skips the test with a message; under {@code CI=true} it
 * fails it, so a CI machine whose install broke does not stay green by skipping.
 */
public final class ExternalPrograms {
  private ExternalPrograms() {}

  /** Skips (or, under CI=true, fails) the calling test unless {@code present}. */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (onCi()) {
      fail(missing + " (CI=true: the tests that need it must run)");
    }
    assumeTrue(false, missing);
  }

  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
