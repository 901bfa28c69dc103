package org.dateline.report.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.Reference;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.clean.FixedLanguage;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;
import org.dateline.model.Token;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import org.dateline.testing.FakeAnnotator;

/**
 * A run over a made-up corpus, annotated without models, whose output folder (tables, manifest,
 * report.html) the page tests read. Four months of 20 stories; "Kim Jong Un" is named in every
 * story, "Pyongyang" in two of three, "Moscow" in one of three, and "Seoul" only in April's
 * burst, so the ranking of entities has a clear head and tail.
 */
final class ReportFixture {

  private ReportFixture() {}

  private static final List<String> PERSONS = List.of("Kim Jong Un");
  private static final List<String> PLACES = List.of("Pyongyang", "Moscow", "Seoul");

  /** Whole capitalised names are single entities; a sentence holding "failed" is negative, "praised" positive. */
  static AnnotatedArticle names(Article article) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (String text : article.text().split(" \\. ")) {
      for (String p : PERSONS) {
        if (text.contains(p)) {
          mentions.add(new EntityMention(p, EntityType.PERSON, sentences.size()));
        }
      }
      for (String p : PLACES) {
        if (text.contains(p)) {
          mentions.add(new EntityMention(p, EntityType.LOCATION, sentences.size()));
        }
      }
      List<Token> tokens = new ArrayList<>();
      for (String w : (text + " .").split(" ")) {
        tokens.add(new Token(w, w, "NN", "O"));
      }
      Sentiment s = text.contains("failed") ? Sentiment.NEGATIVE
          : text.contains("praised") ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
      sentences.add(new Sentence(tokens, s));
    }
    return new AnnotatedArticle(article, sentences, mentions);
  }

  /** Writes the corpus and runs it into {@code dir/out}; returns that folder. */
  static Path run(Path dir) throws Exception {
    return run(dir, true);
  }

  /** As {@link #run(Path)}, writing report.html only when {@code page} is true. */
  static Path run(Path dir, boolean page) throws Exception {
    return run(dir, page, new ResearchOptions(3, Reference.REST, List.of(2)));
  }

  /** As {@link #run(Path, boolean)}, with the research tables made as {@code research} says. */
  static Path run(Path dir, boolean page, ResearchOptions research) throws Exception {
    return run(dir, page, research, 1);
  }

  /** As {@link #run(Path, boolean, ResearchOptions)}, annotating and writing on {@code threads} threads. */
  static Path run(Path dir, boolean page, ResearchOptions research, int threads) throws Exception {
    StringBuilder json = new StringBuilder("[");
    int id = 0;
    for (int month = 1; month <= 4; month++) {
      for (int day = 1; day <= 20; day++) {
        String place = day % 3 == 0 ? "Moscow" : "Pyongyang";
        String text = month == 4 && day <= 12
            ? "Kim Jong Un watched the satellite launch near Seoul . The satellite failed over Seoul . Kim Jong Un praised the engineers"
            : "Kim Jong Un visited the harvest in " + place + " . Farmers praised the harvest in " + place;
        json.append(id > 0 ? ",\n" : "").append(String.format(
            "{\"id\": \"s%d\", \"date\": \"2024-%02d-%02d\", \"text\": \"%s serial%d\"}", id, month, day, text, id));
        id++;
      }
    }
    Path input = Files.writeString(dir.resolve("stories.json"), json.append("]").toString());
    PipelineConfig defaults = PipelineConfig.defaults();
    PipelineConfig config = defaults.withThreads(threads).withAggregate(defaults.aggregate().withPeriod(Period.MONTH));
    Pipeline pipeline = new Pipeline(config,
        FakeAnnotator.of(new AnnotatorSettings(Layers.SENTIMENT, Profile.FAST, false, 80), ReportFixture::names),
        FixedLanguage.english(), ProgressListener.NONE);
    Path out = dir.resolve("out");
    RunReports.write(pipeline.run(List.of(input)), pipeline.settings(), out, research, page);
    return out;
  }
}
