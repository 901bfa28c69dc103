/**
 * Training the {@code news} engine: turning the shared gold sets into examples
 * ({@link org.dateline.train.NewsExamples}), fitting the regression with its optimiser and
 * writing the model ({@link org.dateline.train.NewsTraining}). Used by {@code dateline
 * train-news} only: a run scores with {@link org.dateline.annotate.sentiment.NewsModel} and
 * never loads these classes.
 *
 * <p>May import {@code org.dateline.annotate} (the annotator, the engine's features, n-grams and
 * model), {@code org.dateline.eval} (gold readers, the split, correlations) and
 * {@code org.dateline.model}; nothing of the product imports it but the CLI command.
 */
package org.dateline.train;
