package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsGrams;
import org.dateline.annotate.sentiment.VaderLexicon;
import org.dateline.eval.EvaluationException;
import org.dateline.eval.GoldFormatException;
import org.dateline.eval.NewsMtscReader;
import org.dateline.eval.RatingsReader;
import org.dateline.train.NewsExample;
import org.dateline.train.NewsExamples;
import org.dateline.train.NewsTraining;
import org.dateline.model.Gold;
import org.dateline.model.Tone;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline train-news}: computes the {@code news} engine's features on the shared
 * development sets and fits its coefficients. Exit codes: 0 ok, 1 failure, 2 bad usage.
 */
@Command(
    name = "train-news",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the news sentiment engine on rated sentences and NewsMTSC targets and writes its coefficients "
          + "(the file shipped as news-model.tsv is reproduced by the command in docs/sentiment.md). Held-out items "
          + "(every fifth sentence by a hash of its text) are left out of training and tuning."
    })
final class TrainNewsCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--ratings", paramLabel = "FILE",
      description = "Rated sentences, id TAB score TAB text per line (the NYT editorial format).")
  private Path ratings;

  @Option(names = "--newsmtsc", paramLabel = "FILE", description = "NewsMTSC JSON Lines.")
  private Path newsMtsc;

  @Option(names = "--from-features", paramLabel = "FILE",
      description = "Train from a feature table written by --features instead of annotating the gold files.")
  private Path fromFeatures;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the coefficients (TSV).")
  private Path output;

  @Option(names = "--features", paramLabel = "FILE",
      description = "Also write every item's features, n-grams, gold value and text as TSV, for study or --from-features.")
  private Path featuresFile;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "Batches annotated at once (default: ${DEFAULT-VALUE}); training itself runs on one thread.")
  private int threads;

  @Override
  public Integer call() throws IOException {
    CommandLine cmd = spec.commandLine();
    if (threads < 1) {
      throw new CommandLine.ParameterException(cmd, "--threads must be at least 1, was " + threads);
    }
    if (output == null && featuresFile == null) {
      throw new CommandLine.ParameterException(cmd, "give -o FILE for the coefficients, --features FILE, or both");
    }
    if (fromFeatures == null && (ratings == null || newsMtsc == null)) {
      throw new CommandLine.ParameterException(cmd, "give --ratings FILE and --newsmtsc FILE, or --from-features FILE");
    }
    PrintWriter out = cmd.getOut();
    PrintWriter err = cmd.getErr();
    List<NewsExample> examples;
    try {
      examples = fromFeatures != null ? readFeatures(fromFeatures) : annotate(err);
    } catch (NoSuchFileException e) {
      err.println("dateline train-news: no such file: " + e.getFile());
      return 2;
    } catch (GoldFormatException | EvaluationException | IllegalArgumentException e) {
      err.println("dateline train-news: " + e.getMessage());
      return 1;
    }
    if (featuresFile != null) {
      writeFeatures(examples, featuresFile);
      out.println("wrote " + featuresFile);
    }
    if (output != null) {
      long t0 = System.nanoTime();
      NewsTraining.Result result = NewsTraining.train(examples, SentenceEncoder.MODEL, NewsTraining.REPRODUCE, line -> {
        err.println(line);
        err.flush();
      });
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, result.model().toTsv(), StandardCharsets.UTF_8);
      out.printf(Locale.ROOT, "trained on %d items, %d held out, %d n-grams in %.1f s; n-gram penalty %s, rating weight %s%n",
          result.trainItems(), result.heldOutItems(), result.grams(), (System.nanoTime() - t0) / 1e9,
          result.gramPenalty(), result.ratingWeight());
      out.println("cross-validated: " + result.crossValidated().format());
      out.println("held out:        " + result.heldOut().format());
      out.println("wrote " + output);
    }
    return 0;
  }

  /** Annotates both gold files once and computes every item's features. */
  private List<NewsExample> annotate(PrintWriter err) throws IOException {
    var rated = RatingsReader.read(ratings);
    var targets = NewsMtscReader.read(newsMtsc);
    long t0 = System.nanoTime();
    NewsExamples builder = new NewsExamples(CoreNlpAnnotator.sentencePerLine(NewsExamples.SETTINGS, true), threads,
        new NewsFeatures(VaderLexicon.bundled(), SentenceEncoder.shared()), new NewsGrams(VaderLexicon.bundled()));
    List<NewsExample> examples = new ArrayList<>(builder.ratings(rated, ratings.toString()));
    examples.addAll(builder.targets(targets, newsMtsc.toString()));
    err.printf(Locale.ROOT, "features of %d items in %.1f s%n", examples.size(), (System.nanoTime() - t0) / 1e9);
    err.flush();
    return examples;
  }

  private static final String HEADER = "id\ttask\tgold\ttext\tgrams\t";

  /** One line per item; tabs, line breaks and backslashes in ids and texts are escaped. */
  static void writeFeatures(List<NewsExample> examples, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + String.join("\t", NewsFeatures.NAMES) + "\n");
      for (NewsExample e : examples) {
        StringBuilder line = new StringBuilder(escape(e.id())).append('\t');
        if (e.gold() instanceof Gold.Rating r) {
          line.append("ratings\t").append(r.value());
        } else if (e.gold() instanceof Gold.Label l) {
          line.append("newsmtsc\t").append(l.tone().label());
        }
        line.append('\t').append(escape(e.text())).append('\t').append(String.join("|", e.grams()));
        for (double v : e.features()) {
          line.append('\t').append(v);
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  static List<NewsExample> readFeatures(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String expected = HEADER + String.join("\t", NewsFeatures.NAMES);
    if (lines.isEmpty() || !lines.get(0).equals(expected)) {
      throw new IllegalArgumentException(file + " does not start with this version's feature header; write it again"
          + " with dateline train-news --features");
    }
    List<NewsExample> out = new ArrayList<>(lines.size());
    for (int n = 1; n < lines.size(); n++) {
      String[] f = lines.get(n).split("\t", -1);
      if (f.length != 5 + NewsFeatures.NAMES.size()) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected " + (5 + NewsFeatures.NAMES.size())
            + " fields, found " + f.length);
      }
      double[] x = new double[NewsFeatures.NAMES.size()];
      for (int j = 0; j < x.length; j++) {
        x[j] = Double.parseDouble(f[5 + j]);
      }
      Gold gold = f[1].equals("ratings") ? new Gold.Rating(Double.parseDouble(f[2]))
          : new Gold.Label(Tone.valueOf(f[2].toUpperCase(Locale.ROOT)));
      out.add(new NewsExample(unescape(f[0]), unescape(f[3]), x,
          f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|", -1)), gold));
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
