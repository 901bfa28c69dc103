package org.dateline.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.TextCleaner;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/** The dated records of a corpus folder, their texts cleaned as a run cleans them, in reading order. */
public final class DatedArticles {

  private DatedArticles() {}

  public static List<Article> read(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    new CorpusReader(LoadOptions.defaults()).read(List.of(folder), new RecordSink() {
      @Override
      public void accept(Article article) {
        if (article.date() != null) {
          articles.add(article.withText(new TextCleaner().clean(article.text())));
        }
      }

      @Override
      public void problem(Problem problem) {}
    });
    return articles;
  }
}
