package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;
import org.dateline.model.Token;

/** Hand-built annotated articles for tests: tokens are space-separated words, lemma = lower-cased word. */
public final class TestArticles {
  private TestArticles() {}

  /** An article (id "doc", date source FIELD unless date is null) with one sentence per string, no sentiment. */
  public static AnnotatedArticle annotated(LocalDate date, String... sentences) {
    Builder b = builder(date);
    for (String s : sentences) {
      b.sentence(s);
    }
    return b.build();
  }

  public static Builder builder(LocalDate date) {
    return new Builder(date);
  }

  public static List<Token> tokens(String words) {
    List<Token> tokens = new ArrayList<>();
    for (String w : words.split(" ")) {
      if (!w.isEmpty()) {
        tokens.add(new Token(w, w.toLowerCase(Locale.ROOT), "NN", "O"));
      }
    }
    return tokens;
  }

  public static final class Builder {
    private final Article.Builder article;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();

    private Builder(LocalDate date) {
      article = Article.builder()
          .id("doc")
          .date(date, DateSource.FIELD)
          .text("text")
          .origin(Origin.line("in.txt", 1));
    }

    public Builder id(String id) {
      article.id(id);
      return this;
    }

    public Builder article(java.util.function.Consumer<Article.Builder> edit) {
      edit.accept(article);
      return this;
    }

    public Builder sentence(String words) {
      sentences.add(new Sentence(tokens(words), null));
      return this;
    }

    public Builder sentence(Sentiment sentiment, String words) {
      sentences.add(new Sentence(tokens(words), sentiment));
      return this;
    }

    /** Sentences with the given sentiment classes (0 to 4), one word each. */
    public Builder sentiments(int... classes) {
      for (int c : classes) {
        sentence(Sentiment.ofClass(c), "word");
      }
      return this;
    }

    /** A mention in the last sentence added (sentence 0 when none). */
    public Builder mention(String text, EntityType type) {
      mentions.add(new EntityMention(text, type, Math.max(0, sentences.size() - 1)));
      return this;
    }

    /** Lemmas set explicitly: pairs of word form and lemma, as one sentence. */
    public Builder lemmaSentence(String... wordLemmaPairs) {
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < wordLemmaPairs.length; i += 2) {
        tokens.add(new Token(wordLemmaPairs[i], wordLemmaPairs[i + 1], "NN", "O"));
      }
      sentences.add(new Sentence(tokens, null));
      return this;
    }

    public AnnotatedArticle build() {
      return new AnnotatedArticle(article.build(), sentences, mentions);
    }
  }
}
