package org.dateline.pipeline;

import java.util.Objects;
import org.dateline.clean.RecordCleaner;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * What happens to each record as it is read, before dedup: it is counted and cleaned, and a
 * record left without text, or whose glued names were repaired, gets its problem. The
 * single-machine pipeline calls it on its reading thread, a Spark job on the executors; both
 * count into the {@link RunCounts} they pass. Not thread-safe (the counts are).
 */
public final class RecordIntake {

  /**
   * One record after intake.
   *
   * @param article the cleaned record, or null when it was skipped
   * @param problem why it was skipped (when {@code article} is null, a {@code --strict} stop),
   *     or the repair made to it (never a stop), or null
   */
  public record Outcome(Article article, Problem problem) {
    /** True when the record goes on to dedup. */
    public boolean kept() {
      return article != null;
    }
  }

  private final RecordCleaner cleaner;
  private final RunCounts counts;

  public RecordIntake(PipelineConfig config, RunCounts counts) {
    this.cleaner = new RecordCleaner(Objects.requireNonNull(config, "config").gluedNames());
    this.counts = Objects.requireNonNull(counts, "counts");
  }

  public Outcome accept(Article raw) {
    Objects.requireNonNull(raw, "raw");
    counts.increment(raw.kind() == ArticleKind.TEASER ? Counter.READ_TEASERS : Counter.READ_ARTICLES);
    RecordCleaner.Cleaned cleaned = cleaner.clean(raw);
    if (cleaned.empty()) {
      return new Outcome(null, new Problem(raw.origin(), ProblemKind.EMPTY_TEXT,
          "no text left after whitespace repair; record skipped"));
    }
    Problem repaired = null;
    if (cleaned.gluedNameSpaces() > 0) {
      counts.add(Counter.GLUED_NAME_SPACES_INSERTED, cleaned.gluedNameSpaces());
      repaired = new Problem(raw.origin(), ProblemKind.REPAIRED_GLUED_NAME,
          "inserted " + cleaned.gluedNameSpaces() + " space(s) around names glued to their neighbours");
    }
    return new Outcome(cleaned.article(), repaired);
  }
}
