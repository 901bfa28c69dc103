package org.dateline.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.dateline.clean.Deduplicator;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.InputFile;
import org.dateline.corpus.RecordSink;
import org.dateline.corpus.TextInput;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.clean.near.Fingerprint;
import org.dateline.clean.near.Shingler;
import org.dateline.pipeline.RecordIntake;
import org.dateline.pipeline.RunCounts;

/**
 * Reads one input file on an executor: the loaders and {@link RecordIntake} of a run on one
 * machine, each record's dedup key and near-duplicate fingerprint made where its text is.
 */
final class UnitLoader {

  private UnitLoader() {}

  static LoadedUnit load(InputUnit unit, PipelineConfig config, HadoopConf hadoop) {
    Objects.requireNonNull(unit, "unit");
    RunCounts counts = new RunCounts();
    RecordIntake intake = new RecordIntake(config, counts);
    List<ReadEvent> events = new ArrayList<>();
    Shingler shingler = config.nearDuplicates().enabled() ? new Shingler() : null;
    RecordSink sink = new RecordSink() {
      @Override
      public void accept(Article raw) {
        RecordIntake.Outcome outcome = intake.accept(raw);
        Article article = outcome.article();
        events.add(article == null
            ? new ReadEvent(events.size(), outcome.problem(), null, null, null, null)
            : new ReadEvent(events.size(), outcome.problem(), Deduplicator.Key.of(article), article.origin(), article,
                shingler == null ? null : Fingerprint.of(article, shingler)));
      }

      @Override
      public void problem(Problem problem) {
        events.add(new ReadEvent(events.size(), problem, null, null, null, null));
      }
    };
    CorpusReader reader = new CorpusReader(config.load());
    Optional<InputFile> file = switch (unit.store()) {
      case LOCAL -> reader.read(new CorpusReader.Listed(Path.of(unit.location()), unit.displayName(), null,
          unit.idName()), sink);
      case HADOOP -> readHadoop(reader, unit, hadoop, sink);
    };
    return new LoadedUnit(unit.index(), file.orElse(null), counts.entries(), events);
  }

  private static Optional<InputFile> readHadoop(CorpusReader reader, InputUnit unit, HadoopConf hadoop,
      RecordSink sink) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(unit.location());
    FileSystem fs;
    try {
      fs = path.getFileSystem(hadoop.get());
    } catch (IOException e) {
      sink.problem(new Problem(Origin.line(unit.displayName(), 0), ProblemKind.UNREADABLE_FILE,
          "cannot be read (" + e + "); skipped"));
      return Optional.empty();
    }
    // Opened twice by the reader (a scan, then the loader), never held in memory whole.
    TextInput input = new TextInput(unit.displayName(), path.getName(), () -> fs.open(path),
        TextInput.Encoding.UTF_8_REPAIRING);
    return reader.read(input, sink);
  }
}
