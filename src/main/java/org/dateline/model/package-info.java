/**
 * The records that travel between the stages: {@link org.dateline.model.Article}, {@link
 * org.dateline.model.AnnotatedArticle} with its sentences, tokens, mentions, clauses, phrases and
 * scores, periods and problems. Immutable values.
 *
 * <p>Imports only the JDK; every other dateline package may import it.
 */
package org.dateline.model;
